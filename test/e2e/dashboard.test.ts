import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Consultation } from "../../shared/api/consultations";
import { ConsultationStatus } from "../../shared/api/submissions";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import { commentFragment, createComment } from "../../shared/submission/submissionDoc";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { launchBrowser, personContext } from "../helpers/browser";
import { connectClient, synced } from "../helpers/collabClient";
import { api, startServer, type TestServer } from "../helpers/startServer";

const CONSULTATION = `/api/consultations/${DEMO_CONSULTATION_ID}`;
const DASHBOARD = `/consultations/${DEMO_CONSULTATION_ID}/dashboard`;
const HOUR = 3_600_000;

async function statusOf(server: TestServer): Promise<ConsultationStatus> {
  return ConsultationStatus.parse(await (await api(server, `${CONSULTATION}/status`, { as: "coordinator" })).json());
}

const row = (page: Page, organisationId: string) => page.locator(`tr[data-organisation-id="${organisationId}"]`);
const stateOf = (page: Page, organisationId: string) => row(page, organisationId).locator(".dashboard-state").innerText();
const longDate = (iso: string, timeZone: string) => new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone }).format(new Date(iso));

/** Fills the open deadline form, saves, and confirms. */
async function enterDeadline(page: Page, local: string, timeZone: string, confirm: string, save = "Save"): Promise<void> {
  await page.getByLabel("Date and time").fill(local);
  await page.getByLabel("Time zone (e.g. America/New_York)").fill(timeZone);
  await page.getByRole("button", { name: save, exact: true }).click();
  await page.getByRole("button", { name: confirm, exact: true }).click();
}

describe("the coordinator's submissions dashboard in Chromium", () => {
  it("shows each organisation's standing on the server's clock, extends one, moves the deadline, closes early and reopens, with a new deadline once the old one has passed", async () => {
    let current = new Date();
    const server = await startServer({ now: () => current });
    const consultation = Consultation.parse(await (await api(server, CONSULTATION, { as: "coordinator" })).json());
    const deadline = consultation.deadline;
    const year = deadline.local.slice(0, 4);
    current = new Date(Date.parse(deadline.utc) - 52.5 * HOUR);

    // A lead of Open Networks submits; a member of Digital Rights writes a comment over a real provider.
    expect((await api(server, `${CONSULTATION}/organisations/open-networks/submit`, { as: "lead", method: "POST" })).status).toBe(201);
    const partner = connectClient(server.collabUrl, submissionDocumentName(DEMO_CONSULTATION_ID, "digital-rights"), server.people.otherMember.token);
    await synced(partner.provider);
    const id = createComment(
      partner.doc,
      { paragraphId: "para-h-38", paragraphNumber: "38", paragraphText: "", quote: null, kind: "concern", stance: "oppose", priority: "normal" },
      { id: server.people.otherMember.id, name: "Test otherMember" },
      current,
    );
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("This goes too far.")]);
    commentFragment(partner.doc, id, "body")!.insert(0, [paragraph]);
    await expect.poll(async () => (await statusOf(server)).organisations.find((entry) => entry.organisation.id === "digital-rights")?.state, { timeout: 5_000 }).toBe("drafting");

    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.coordinator)).newPage();
    await page.goto(server.url);
    await page.getByRole("link", { name: "Submissions dashboard" }).click();
    await page.getByRole("heading", { name: "Submissions dashboard", level: 1 }).waitFor();

    // The deadline by the server's clock, and where each organisation stands.
    const deadlineLine = page.locator(".dashboard-deadline");
    await expect.poll(() => deadlineLine.innerText()).toContain("2 days 4 hours left");
    expect(await deadlineLine.innerText()).toMatch(new RegExp(`^Closes ${longDate(deadline.utc, "America/New_York")}, .+ New York time \\(.+ your time, 2 days 4 hours left\\)$`));
    expect(await page.locator(".dashboard-count").innerText()).toBe("1 of 3 submitted");
    expect(await stateOf(page, "open-networks")).toMatch(/^Submitted at /);
    expect(await stateOf(page, "digital-rights")).toBe("Drafting");
    expect(await stateOf(page, "industry-forum")).toBe("Not started");
    expect(await row(page, "digital-rights").locator(".dashboard-counts").innerText()).toBe("Concern: 1");
    expect(await row(page, "industry-forum").locator(".dashboard-counts").innerText()).toBe("None");
    await row(page, "open-networks").getByRole("link", { name: "Receipt of the submission of Open Networks Alliance" }).waitFor();
    await row(page, "open-networks").getByRole("link", { name: "JSON file of the submission of Open Networks Alliance" }).waitFor();
    expect(await page.locator(".dashboard-table th[scope=row]").allInnerTexts()).toEqual((await statusOf(server)).organisations.map((entry) => entry.organisation.name));

    // Extend Digital Rights' deadline through the page.
    await page.getByRole("button", { name: "Extend the deadline for Digital Rights Collective" }).click();
    await enterDeadline(page, `${year}-04-06T12:00`, "America/New_York", "Yes, extend");
    await page.getByRole("status").filter({ hasText: "Digital Rights Collective now has until" }).waitFor();
    await row(page, "digital-rights").getByText("Extended", { exact: true }).waitFor();
    expect(await row(page, "digital-rights").innerText()).toContain(`until ${longDate(`${year}-04-06T16:00:00Z`, "America/New_York")}`);

    // Move the consultation's deadline.
    await page.getByRole("button", { name: "Change the deadline" }).click();
    await enterDeadline(page, `${year}-04-05T18:00`, "Europe/Paris", "Yes, move it");
    await page.getByRole("status").filter({ hasText: "The deadline is now" }).waitFor();
    await expect.poll(() => deadlineLine.innerText()).toMatch(new RegExp(`^Closes ${longDate(`${year}-04-05T16:00:00Z`, "Europe/Paris")}, .+ Paris time`));
    expect((await statusOf(server)).deadline).toMatchObject({ local: `${year}-04-05T18:00`, timeZone: "Europe/Paris" });

    // Close early: those that did not submit are not submitted, also after a reload.
    await page.getByRole("button", { name: "Close early" }).click();
    await page.getByRole("button", { name: "Yes, close now" }).click();
    await page.getByRole("status").filter({ hasText: "The consultation is closed" }).waitFor();
    await expect.poll(() => stateOf(page, "digital-rights")).toBe("Not submitted");
    await page.reload();
    await row(page, "industry-forum").waitFor();
    expect(await stateOf(page, "industry-forum")).toBe("Not submitted");
    expect(await stateOf(page, "digital-rights")).toBe("Not submitted");
    expect(await stateOf(page, "open-networks")).toMatch(/^Submitted at /);
    expect(await page.locator(".dashboard-summary .state-badge").innerText()).toBe("Closed");
    expect(await deadlineLine.innerText()).toMatch(/^Closed early/);

    // Reopen before the deadline: the drafts are open again.
    await page.getByRole("button", { name: "Reopen" }).click();
    await page.getByRole("button", { name: "Yes, open it" }).click();
    await page.getByRole("status").filter({ hasText: "The consultation is open until" }).waitFor();
    await expect.poll(() => stateOf(page, "digital-rights")).toBe("Drafting");

    // Closed after the deadline has passed, it reopens only with a new deadline still ahead.
    current = new Date(Date.parse(`${year}-04-05T16:00:00Z`) + 1.5 * HOUR);
    expect((await api(server, CONSULTATION, { as: "coordinator", method: "PATCH", body: JSON.stringify({ state: "closed" }) })).status).toBe(200);
    await page.getByRole("button", { name: "Refresh" }).click();
    await expect.poll(() => deadlineLine.innerText()).toMatch(/\(.+ your time, 1 hour 30 minutes ago\)$/);
    await page.getByRole("button", { name: "Reopen with a new deadline" }).click();
    await page.getByLabel("Date and time").fill(`${year}-04-05T12:00`);
    await page.getByText("The new deadline must be later than now.").waitFor();
    expect(await page.getByRole("button", { name: "Reopen", exact: true }).isDisabled()).toBe(true);
    await enterDeadline(page, `${year}-04-12T12:00`, "Europe/Paris", "Yes, open it", "Reopen");
    await page.getByRole("status").filter({ hasText: "The consultation is open until" }).waitFor();
    await expect.poll(() => page.locator(".dashboard-summary .state-badge").innerText()).toBe("Open");
    expect(await deadlineLine.innerText()).toMatch(new RegExp(`^Closes ${longDate(`${year}-04-12T10:00:00Z`, "Europe/Paris")}, .+ Paris time \\(.+ your time, 6 days 16 hours left\\)$`));

    // Every change went through the audited endpoints.
    const audit = (await (await api(server, "/api/audit", { as: "coordinator" })).json()) as { events: { action: string }[] };
    expect(audit.events.map((event) => event.action)).toEqual(expect.arrayContaining(["deadline.extend", "deadline.change", "consultation.state"]));

    // Members get no dashboard.
    const memberPage = await (await personContext(browser, server.url, server.people.member)).newPage();
    await memberPage.goto(`${server.url}${DASHBOARD}`);
    await memberPage.getByRole("alert").filter({ hasText: "This page is for coordinators only." }).waitFor();
  });
});
