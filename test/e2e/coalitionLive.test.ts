import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { launchBrowser, openReport, personContext } from "../helpers/browser";
import { startServer } from "../helpers/startServer";
import { addComments } from "../helpers/submissionComments";

const REPORT = `/consultations/${DEMO_CONSULTATION_ID}`;
/** What "live" means here: well under the time anyone would think of reloading. */
const LIVE_MS = 10_000;

/** The comment card whose body holds this text. */
const card = (page: Page, text: string) => page.locator(".comment-card", { has: page.locator(".comment-text", { hasText: text }) });

describe("the coalition's comments, live, in Chromium", () => {
  it("shows a partner a comment as soon as it is shared, and takes it away when sharing stops, without a reload", async () => {
    const server = await startServer();
    await addComments(server, [{ number: "38", body: "Keep the directory up to date every year." }]);
    const browser = await launchBrowser();
    const member = await (await personContext(browser, server.url, server.people.member)).newPage();
    const partner = await (await personContext(browser, server.url, server.people.otherMember)).newPage();
    await openReport(member, server.url + REPORT);
    await openReport(partner, server.url + REPORT);
    await partner.getByLabel("Show what partners shared (0)").waitFor();

    const own = card(member, "Keep the directory up to date every year.");
    await own.getByRole("button", { name: "Share with the coalition" }).click();
    // The button now says what pressing it again does.
    await own.getByRole("button", { name: "Stop sharing" }).waitFor();
    await partner.getByLabel("Show what partners shared (1)").waitFor({ timeout: LIVE_MS });
    await partner.getByLabel("Show what partners shared (1)").check();
    await partner.getByRole("article", { name: "Comment shared by Open Networks Alliance" }).getByText("Keep the directory up to date every year.").waitFor();

    await own.getByRole("button", { name: "Stop sharing" }).click();
    await own.getByRole("button", { name: "Share with the coalition" }).waitFor();
    await partner.getByLabel("Show what partners shared (0)").waitFor({ timeout: LIVE_MS });
    expect(await partner.getByText("Keep the directory up to date every year.").count()).toBe(0);
  });

  it("shows a comment's authors a partner's endorsement without a reload", async () => {
    const server = await startServer();
    await addComments(server, [{ number: "38", body: "Publish the directory's contacts.", shared: true }]);
    const browser = await launchBrowser();
    const member = await (await personContext(browser, server.url, server.people.member)).newPage();
    const partner = await (await personContext(browser, server.url, server.people.otherMember)).newPage();
    await openReport(member, server.url + REPORT);
    await openReport(partner, server.url + REPORT);
    const own = card(member, "Publish the directory's contacts.");
    await own.getByRole("button", { name: "Stop sharing" }).waitFor();

    await partner.getByLabel("Show what partners shared (1)").check();
    const shared = partner.getByRole("article", { name: "Comment shared by Open Networks Alliance" });
    await shared.getByRole("button", { name: "Endorse for Digital Rights Collective" }).click();
    await shared.getByText("Backed by 1: Digital Rights Collective").waitFor();
    await own.getByText("Backed by 1: Digital Rights Collective").waitFor({ timeout: LIVE_MS });
  });

  it("asks before sharing a comment whose position is a red line", async () => {
    const server = await startServer();
    await addComments(server, [{ number: "38", body: "We cannot accept this paragraph.", priority: "redLine" }]);
    const browser = await launchBrowser();
    const member = await (await personContext(browser, server.url, server.people.member)).newPage();
    await openReport(member, server.url + REPORT);
    const own = card(member, "We cannot accept this paragraph.");

    const questions: string[] = [];
    member.once("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await own.getByRole("button", { name: "Share with the coalition" }).click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toMatch(/red line/i);
    // Declined: still not shared.
    await member.waitForTimeout(300);
    expect(await own.getByRole("button", { name: "Share with the coalition" }).count()).toBe(1);
    expect(await own.getByText("Shared with the coalition").count()).toBe(0);

    member.once("dialog", (dialog) => void dialog.accept());
    await own.getByRole("button", { name: "Share with the coalition" }).click();
    await own.getByRole("button", { name: "Stop sharing" }).waitFor();
    await own.getByText("Shared with the coalition").waitFor();
  });
});
