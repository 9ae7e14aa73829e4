import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, personContext } from "../helpers/browser";
import { startServer, type TestServer } from "../helpers/startServer";

async function coordinatorPage(browser: Browser, server: TestServer, path: string): Promise<Page> {
  const context = await personContext(browser, server.url, server.people.coordinator);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

const signIn = (server: TestServer, email: string, password: string) =>
  fetch(`${server.url}/api/auth/sign-in`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ email, password }) });

describe("the account page in Chromium", () => {
  it("creates an API token that works until it is revoked, and changes the password", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const page = await coordinatorPage(browser, server, "/");
    await page.getByRole("link", { name: "Signed in as Test coordinator" }).click();
    await page.getByRole("heading", { name: "Your account", level: 1 }).waitFor();
    await page.getByRole("row").filter({ hasText: "this device" }).waitFor();

    await page.getByLabel("What it is for").fill("nightly export");
    await page.getByRole("button", { name: "Create token" }).click();
    await page.getByRole("status").filter({ hasText: "Copy it now" }).waitFor();
    await page.getByRole("button", { name: "Copy", exact: true }).click();
    const token = await page.evaluate(() => navigator.clipboard.readText());
    expect(token).toMatch(/^parley_/);
    const me = () => fetch(`${server.url}/api/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await me()).status).toBe(200);
    const row = page.getByRole("row").filter({ hasText: "nightly export" });
    await page.reload();
    await row.getByRole("cell").nth(2).filter({ hasNotText: "never" }).waitFor();
    await row.getByRole("button", { name: "Revoke token “nightly export”" }).click();
    await page.getByRole("status").filter({ hasText: "Token “nightly export” was revoked." }).waitFor();
    await row.getByText("revoked", { exact: true }).waitFor();
    expect((await me()).status).toBe(401);

    await page.getByLabel("Current password").fill("not my password");
    await page.getByLabel("New password (at least 10 characters)").fill("a brand new password");
    await page.getByLabel("Repeat the new password").fill("a brand new password");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByRole("alert").filter({ hasText: "The current password is not right." }).waitFor();
    await page.getByLabel("Current password").fill(server.people.coordinator.password);
    await page.getByLabel("Repeat the new password").fill("a different new password");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByRole("alert").filter({ hasText: "The two passwords are not the same." }).waitFor();
    await page.getByLabel("Repeat the new password").fill("a brand new password");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByRole("status").filter({ hasText: "Your password was changed." }).waitFor();
    expect((await signIn(server, server.people.coordinator.email, server.people.coordinator.password)).status).toBe(401);
    expect((await signIn(server, server.people.coordinator.email, "a brand new password")).status).toBe(200);

    // That sign-in made a second session; signing out everywhere else leaves only this browser.
    await page.reload();
    await page.getByRole("heading", { name: "Where you are signed in" }).waitFor();
    await expect.poll(() => page.locator("section", { hasText: "Where you are signed in" }).getByRole("row").count()).toBe(3);
    await page.getByRole("button", { name: "Sign out everywhere else" }).click();
    await page.getByRole("status").filter({ hasText: "Every other browser was signed out." }).waitFor();
    await expect.poll(() => page.locator("section", { hasText: "Where you are signed in" }).getByRole("row").count()).toBe(2);
  });

  it("changes the display name shown in the header", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.member)).newPage();
    await page.goto(`${server.url}/account`);
    await page.getByLabel("Your name, as others see it").fill("Mina Renamed");
    await page.getByRole("button", { name: "Save name" }).click();
    await page.getByRole("status").filter({ hasText: "Your name was saved." }).waitFor();
    await page.getByRole("link", { name: "Signed in as Mina Renamed" }).waitFor();
    expect(await page.getByRole("heading", { name: "API tokens" }).count()).toBe(0);
  });
});

describe("the audit log page in Chromium", () => {
  it("lists events with readable actions and filters them by action, person and date", async () => {
    const server = await startServer();
    await signIn(server, server.people.editor.email, "a wrong password");
    await signIn(server, server.people.reviewer.email, server.people.reviewer.password);
    const browser = await launchBrowser();
    const page = await coordinatorPage(browser, server, "/");
    await page.getByRole("link", { name: "Audit log" }).click();
    await page.getByRole("heading", { name: "Audit log", level: 1 }).waitFor();
    const rows = page.locator("tbody tr");
    await rows.filter({ hasText: "Failed sign-in" }).filter({ hasText: "editor@test.example" }).waitFor();
    await rows.filter({ hasText: "Test reviewer" }).filter({ hasText: "Signed in" }).waitFor();

    await page.getByLabel("Action").selectOption({ label: "Failed sign-in" });
    await page.getByRole("status").filter({ hasText: "Events shown: 1" }).waitFor();
    expect(await rows.getAttribute("data-action")).toBe("person.sign_in_failed");

    await page.getByLabel("Action").selectOption({ label: "any action" });
    await page.getByLabel("Person").selectOption({ label: "Test reviewer (reviewer@test.example)" });
    await page.getByRole("status").filter({ hasText: "Events shown: 1" }).waitFor();
    expect(await rows.getAttribute("data-action")).toBe("person.sign_in");

    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const date = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, "0")}-${String(tomorrow.getDate()).padStart(2, "0")}`;
    await page.getByLabel("Since").fill(date);
    await page.getByText("No events match these filters.").waitFor();
    await page.getByRole("button", { name: "Clear filters" }).click();
    await rows.filter({ hasText: "Failed sign-in" }).waitFor();
  });
});
