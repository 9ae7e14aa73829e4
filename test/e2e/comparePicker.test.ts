import { describe, expect, it } from "vitest";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { launchBrowser, openReport, personContext } from "../helpers/browser";
import { startServer } from "../helpers/startServer";

describe("the versions page's comparison", () => {
  it("compares the newest version with now unless the reader picks otherwise", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.reviewer)).newPage();
    await openReport(page, `${server.url}/consultations/${DEMO_CONSULTATION_ID}`);
    await page.getByRole("link", { name: "Versions" }).click();
    await page.getByRole("table").getByRole("rowheader", { name: "Zero draft" }).waitFor();

    expect(await page.getByLabel("Newer").inputValue()).toBe("current");
    expect(await page.getByLabel("Newer").locator("option:checked").innerText()).toBe("Now (the current text)");
    expect(await page.getByLabel("Older").locator("option:checked").innerText()).toMatch(/^Zero draft \(/);
    await page.getByRole("button", { name: "Show changes" }).click();
    await page.getByRole("heading", { name: /^Changes from “Zero draft” to / }).waitFor();
  });
});
