import { describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { eventually } from "../helpers/collabClient";
import { launchBrowser, openReport, personContext } from "../helpers/browser";
import { tempDataDir } from "../helpers/startServer";
import { startServerProcess } from "../helpers/startServerProcess";
import { startTestMailServer, unfoldedBody } from "../helpers/testMailServer";

const REPORT_TITLE = "Initial pre-draft: consultation on the draft report";

/** A fresh browser profile that may use the clipboard, as a person copying a link would. */
async function clipboardPage(browser: Browser, url: string): Promise<Page> {
  const context = await personContext(browser, url);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: url });
  return context.newPage();
}

/** Fills the invitation form, creates it, presses Copy and returns what landed on the clipboard. */
async function invite(page: Page, fields: { email: string; workspaceRole?: string; organisation?: string; organisationRole?: string }): Promise<string> {
  const form = page.locator("form", { has: page.getByRole("button", { name: "Create invitation" }) });
  await form.getByLabel("Email").fill(fields.email);
  await form.getByLabel("Workspace role").selectOption({ label: fields.workspaceRole ?? "none (organisations only)" });
  await form.getByLabel("Organisation", { exact: true }).selectOption({ label: fields.organisation ?? "none" });
  if (fields.organisationRole) {
    await form.getByLabel("Role in the organisation").selectOption({ label: fields.organisationRole });
  }
  await form.getByRole("button", { name: "Create invitation" }).click();
  await page.getByRole("status").filter({ hasText: `Invitation created for ${fields.email}.` }).waitFor();
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "Copied to the clipboard." }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(await page.getByLabel("Single-use link (valid 7 days)").inputValue()).toBe(copied);
  return copied;
}

/** Opens an invitation link in its own browser profile and accepts it with a name and password. */
async function accept(browser: Browser, serverUrl: string, link: string, name: string, expectedOffer: string): Promise<Page> {
  const page = await (await personContext(browser, serverUrl)).newPage();
  await page.goto(link);
  await page.getByRole("heading", { name: "Join Parley" }).waitFor();
  await page.getByText(expectedOffer).waitFor();
  await page.getByLabel("Your name, as others will see it").fill(name);
  await page.getByLabel("Password (at least 10 characters)").fill("an invitee's long password");
  await page.getByLabel("Repeat the password").fill("an invitee's long password");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("link", { name: `Signed in as ${name}` }).waitFor();
  return page;
}

/** The report opens read-only and the coordinators' pages stay closed. */
async function expectReaderOnly(page: Page, serverUrl: string): Promise<void> {
  await page.getByRole("link", { name: REPORT_TITLE }).waitFor();
  expect(await page.getByRole("link", { name: "People", exact: true }).count()).toBe(0);
  expect(await page.getByRole("link", { name: "Audit log" }).count()).toBe(0);
  await openReport(page, `${serverUrl}/consultations/${DEMO_CONSULTATION_ID}`);
  await page.getByText("Read only").waitFor();
  expect(await page.locator(".report-text").getAttribute("contenteditable")).toBe("false");
  expect(await page.getByRole("toolbar", { name: "Formatting" }).count()).toBe(0);
  for (const path of ["/people", "/audit"]) {
    await page.goto(`${serverUrl}${path}`);
    await page.getByRole("alert").filter({ hasText: "This page is for coordinators only." }).waitFor();
  }
}

describe("people and access in Chromium", () => {
  it("lets the demo coordinator invite a member and a reviewer, who then can do exactly what their roles allow", async () => {
    const mail = await startTestMailServer();
    const server = await startServerProcess(tempDataDir(), { DEMO_DATA: "true", SMTP_URL: mail.url, SMTP_FROM: "Parley <parley@test.example>" });
    await eventually(() => /\/welcome\/\S+/.test(server.output()), "the first-start sign-in link is printed");
    const firstLink = /(http:\/\/\S+\/welcome\/\S+)/.exec(server.output())?.[1] ?? "";
    const browser = await launchBrowser();

    // The demo coordinator sets a password through the printed link, then signs in with it.
    const coordinator = await clipboardPage(browser, server.url);
    await coordinator.goto(firstLink.replace(/^http:\/\/[^/]+/, server.url));
    await coordinator.getByLabel("Password (at least 10 characters)").fill("the coordinator's password");
    await coordinator.getByLabel("Repeat the password").fill("the coordinator's password");
    await coordinator.getByRole("button", { name: "Continue" }).click();
    await coordinator.getByRole("button", { name: "Sign out" }).click();
    await coordinator.getByLabel("Email").fill("coordinator@parley.example");
    await coordinator.getByLabel("Password").fill("the coordinator's password");
    await coordinator.getByRole("button", { name: "Sign in" }).click();

    await coordinator.getByRole("link", { name: "People", exact: true }).click();
    await coordinator.getByRole("heading", { name: "People and organisations", level: 1 }).waitFor();
    const memberLink = await invite(coordinator, { email: "mina@member.example", organisation: "Open Networks Alliance", organisationRole: "member" });
    await coordinator.getByText("The link was also sent to that address by email.").waitFor();
    const reviewerLink = await invite(coordinator, { email: "ravi@reviewer.example", workspaceRole: "reviewer" });
    expect(memberLink).toMatch(/\/welcome\/[A-Za-z0-9_-]+$/);
    expect(reviewerLink).not.toBe(memberLink);
    const pending = coordinator.getByRole("table").filter({ hasText: "Expires" });
    await pending.getByRole("row").filter({ hasText: "mina@member.example" }).filter({ hasText: "member of Open Networks Alliance" }).waitFor();
    await pending.getByRole("row").filter({ hasText: "ravi@reviewer.example" }).filter({ hasText: "reviewer" }).waitFor();
    await eventually(() => mail.received.length === 2, "both invitations were emailed");
    expect(unfoldedBody(mail.received.find((message) => message.to.includes("mina@member.example"))?.raw ?? "")).toContain(memberLink);

    const member = await accept(browser, server.url, memberLink, "Mina Member", "You are invited to join Open Networks Alliance as member.");
    await expectReaderOnly(member, server.url);
    const reviewer = await accept(browser, server.url, reviewerLink, "Ravi Reviewer", "You are invited as reviewer.");
    await expectReaderOnly(reviewer, server.url);

    // Each link worked once.
    const again = await (await personContext(browser, server.url)).newPage();
    await again.goto(memberLink);
    await again.getByRole("alert").filter({ hasText: "expired or has already been used" }).waitFor();

    // The coordinator sees both people with their roles, and nothing pending.
    await coordinator.reload();
    const minaCard = coordinator.getByRole("listitem").filter({ has: coordinator.getByRole("heading", { name: "Mina Member" }) });
    expect(await minaCard.getByLabel("Open Networks Alliance").inputValue()).toBe("member");
    expect(await minaCard.getByLabel("Workspace role").inputValue()).toBe("");
    const raviCard = coordinator.getByRole("listitem").filter({ has: coordinator.getByRole("heading", { name: "Ravi Reviewer" }) });
    expect(await raviCard.getByLabel("Workspace role").inputValue()).toBe("reviewer");
    await coordinator.getByText("No invitations are waiting to be accepted.").waitFor();

    // Making the member a lead takes effect and is announced.
    await minaCard.getByLabel("Open Networks Alliance").selectOption("lead");
    await coordinator.getByRole("status").filter({ hasText: "Mina Member is now lead of Open Networks Alliance." }).waitFor();

    // Removing someone asks first (Cancel has the focus), then signs them out at once.
    await raviCard.getByRole("button", { name: "Remove from Parley" }).click();
    await raviCard.getByText("Remove Ravi Reviewer?").waitFor();
    expect(await coordinator.evaluate(() => document.activeElement?.textContent)).toBe("Cancel");
    await raviCard.getByRole("button", { name: "Yes, remove" }).click();
    await coordinator.getByRole("status").filter({ hasText: "Ravi Reviewer was removed." }).waitFor();
    await coordinator.getByRole("heading", { name: "Removed people" }).waitFor();
    await reviewer.goto(server.url);
    await reviewer.getByRole("heading", { name: "Sign in to Parley" }).waitFor();

    // A new organisation can be created and invited to straight away.
    await coordinator.getByLabel("Name", { exact: true }).fill("Youth Caucus");
    await coordinator.getByLabel("Short id").fill("youth-caucus");
    await coordinator.getByRole("button", { name: "Add organisation" }).click();
    await coordinator.getByRole("status").filter({ hasText: "Youth Caucus was added." }).waitFor();
    await coordinator.locator("form", { has: coordinator.getByRole("button", { name: "Create invitation" }) }).getByLabel("Organisation", { exact: true }).selectOption({ label: "Youth Caucus" });
  });
});
