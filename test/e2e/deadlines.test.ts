import { describe, expect, it } from "vitest";
import { Consultation } from "../../shared/api/consultations";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { launchBrowser, openReport, personContext } from "../helpers/browser";
import { connectClient, eventually, synced } from "../helpers/collabClient";
import { api, startServer } from "../helpers/startServer";

const REPORT = `/consultations/${DEMO_CONSULTATION_ID}`;

describe("deadlines in Chromium", () => {
  it("counts down, lets the lead submit with a receipt, and locks every open editor at the deadline", async () => {
    let current = new Date();
    const server = await startServer({ now: () => current });
    const consultation = Consultation.parse(await (await api(server, REPORT.replace("/consultations", "/api/consultations"), { as: "coordinator" })).json());
    const deadline = new Date(consultation.deadline.utc);
    current = new Date(deadline.getTime() - 2 * 3_600_000 - 5 * 60_000);

    const browser = await launchBrowser();
    const lead = await (await personContext(browser, server.url, server.people.lead)).newPage();
    const member = await (await personContext(browser, server.url, server.people.member)).newPage();
    const leadQuestions: string[] = [];
    lead.on("dialog", (dialog) => {
      leadQuestions.push(dialog.message());
      void dialog.accept();
    });
    member.on("dialog", (dialog) => void dialog.accept());
    await openReport(lead, server.url + REPORT);
    await openReport(member, server.url + REPORT);

    // The page keeps the server's time and moves on from it: a few seconds may pass in between.
    await lead.getByText(/^Closes .* \(.+, \d\d?:\d\d.* time.*, 2 hours [45] minutes left\)$/).first().waitFor();
    await lead.getByRole("status").filter({ hasText: /^The deadline is close: 2 hours [45] minutes left to submit\.$/ }).waitFor();

    await member.getByRole("button", { name: "Comment on paragraph 38" }).click();
    await member.getByRole("form", { name: "New comment" }).getByRole("combobox", { name: /^Position/ }).selectOption("oppose");
    await member.getByRole("form", { name: "New comment" }).getByRole("button", { name: "Add comment" }).click();
    await member.waitForFunction(() => document.activeElement?.closest(".comment-card .comment-text") !== null);
    await member.keyboard.type("Sent in time.");
    await lead.locator(".comment-card .comment-text", { hasText: "Sent in time." }).waitFor();

    // The files' language follows the page's until the lead picks one: here Spanish, on an English page.
    const fileLanguage = lead.getByLabel("Language of the submitted files");
    expect(await fileLanguage.inputValue()).toBe("en");
    await lead.getByRole("banner").getByLabel("Language").selectOption("fr");
    expect(await lead.getByLabel("Langue des fichiers soumis").inputValue()).toBe("fr");
    await lead.getByRole("banner").getByLabel("Langue").selectOption("en");
    await fileLanguage.selectOption("es");
    await lead.getByRole("button", { name: "Submit", exact: true }).click();
    await lead.getByText("Submitted. The receipt is linked above.").waitFor();
    expect(leadQuestions.at(-1)).toMatch(/Language of the files: Español\.$/);
    const panel = lead.getByRole("region", { name: "Submission" });
    await panel.getByText("Submitted", { exact: true }).waitFor();
    await panel.getByRole("link", { name: "Receipt" }).click();
    await lead.getByRole("heading", { name: "Submission receipt" }).waitFor();
    await lead.locator("dd", { hasText: "Español" }).waitFor();
    const hash = await lead.locator("dd code.hash").textContent();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await lead.getByRole("link", { name: "JSON", exact: true }).waitFor();
    await lead.goBack();
    await lead.locator(".report-text [data-paragraph-number]").first().waitFor();

    current = new Date(deadline.getTime() + 1_000);
    for (const page of [lead, member]) {
      await page.getByText("Locked: the deadline has passed, and this submission can no longer change.").waitFor();
      await expect.poll(() => page.locator(".comment-card .comment-text").first().getAttribute("contenteditable")).toBe("false");
      await page.getByText(/^Closed: comments were due/).waitFor();
    }
    expect(await member.getByRole("button", { name: "Comment", exact: true }).count()).toBe(0);
  });

  it("ignores a lock another member writes into presence: the lead's editor stays editable, with no lock notice", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const lead = await (await personContext(browser, server.url, server.people.lead)).newPage();
    await openReport(lead, server.url + REPORT);
    await lead.getByRole("button", { name: "Comment on paragraph 38" }).waitFor();

    // A member of the same organisation (a script with their token) announces a lock in presence,
    // which every member's browser receives; a second client shows when it has been relayed.
    const submission = submissionDocumentName(DEMO_CONSULTATION_ID, "open-networks");
    const forger = connectClient(server.collabUrl, submission, server.people.member.token);
    const witness = connectClient(server.collabUrl, submission, server.people.lead.token);
    await Promise.all([synced(forger.provider), synced(witness.provider)]);
    forger.provider.awareness.setLocalState({ lock: { reason: "deadline_passed" }, user: { name: "Test member", color: "#1f6feb" } });
    await eventually(() => witness.provider.awareness.getStates().has(forger.provider.awareness.clientID), "the forged presence is relayed");
    await lead.waitForTimeout(1_000);

    expect(await lead.getByText(/^Locked:/).count()).toBe(0);
    await lead.getByRole("button", { name: "Comment on paragraph 38" }).click();
    await lead.getByRole("form", { name: "New comment" }).getByRole("combobox", { name: /^Position/ }).selectOption("oppose");
    await lead.getByRole("form", { name: "New comment" }).getByRole("button", { name: "Add comment" }).click();
    await lead.waitForFunction(() => document.activeElement?.closest(".comment-card .comment-text") !== null);
    await lead.keyboard.type("Still open.");
    const comment = lead.locator(".comment-card .comment-text", { hasText: "Still open." });
    await comment.waitFor();
    expect(await comment.getAttribute("contenteditable")).toBe("true");
    expect(await lead.getByText(/^Locked:/).count()).toBe(0);
  });
});
