import { describe, it } from "vitest";
import { eventually } from "../helpers/collabClient";
import { launchBrowser, personContext } from "../helpers/browser";
import { tempDataDir } from "../helpers/startServer";
import { startServerProcess } from "../helpers/startServerProcess";

describe("first start with an empty data dir", () => {
  it("prints a single-use link that signs the demo coordinator in and sets a password", async () => {
    const server = await startServerProcess(tempDataDir(), { DEMO_DATA: "true" });
    await eventually(() => /\/welcome\/\S+/.test(server.output()), "the sign-in link is printed");
    const path = /(\/welcome\/\S+)/.exec(server.output())?.[1] ?? "";

    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url)).newPage();
    await page.goto(`${server.url}${path}`);
    await page.getByRole("heading", { name: "Choose your password" }).waitFor();
    await page.getByLabel("Password (at least 10 characters)").fill("a long demo password");
    await page.getByLabel("Repeat the password").fill("a long demo password");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByText("Signed in as Demo Coordinator").waitFor();
    await page.getByRole("link", { name: "Initial pre-draft: consultation on the draft report" }).waitFor();

    // The link works once only.
    const again = await (await personContext(browser, server.url)).newPage();
    await again.goto(`${server.url}${path}`);
    await again.getByRole("alert").filter({ hasText: "expired or has already been used" }).waitFor();
  });
});
