import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import { createComment, readComments } from "../../shared/submission/submissionDoc";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { launchBrowser, openReport, personContext } from "../helpers/browser";
import { connectClient, eventually, synced } from "../helpers/collabClient";
import { startServer } from "../helpers/startServer";

describe("versions in Chromium", () => {
  it("shows a reviewer the redline between the two demo versions, with a moved paragraph read as a move", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.reviewer)).newPage();
    await openReport(page, `${server.url}/consultations/${DEMO_CONSULTATION_ID}`);
    await page.getByRole("link", { name: "Versions" }).click();

    const history = page.getByRole("table");
    await history.getByRole("rowheader", { name: "Zero draft" }).waitFor();
    await history.getByRole("rowheader", { name: /Initial pre-draft/ }).waitFor();
    expect(await page.getByRole("button", { name: /^Restore/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Save version" }).count()).toBe(0);

    await page.getByLabel("Older").selectOption({ label: await optionLabel(page, "Older", "Initial pre-draft") });
    await page.getByLabel("Newer").selectOption({ label: await optionLabel(page, "Newer", "Zero draft") });
    await page.getByRole("button", { name: "Show changes" }).click();
    await page.getByRole("heading", { name: "Changes from “Initial pre-draft” to “Zero draft”" }).waitFor();

    expect(await page.locator('[data-count="moved"] dd').textContent()).toBe("1");
    expect(await page.locator('[data-count="split"] dd').textContent()).toBe("1");
    const reworded = page.locator('.paragraph-diff[data-id="para-c-14"]');
    expect(await reworded.locator("ins").count()).toBeGreaterThan(0);
    expect(await reworded.locator("del").count()).toBeGreaterThan(0);
    expect(await reworded.locator("ins").first().textContent()).toMatch(/^inserted text:/);
    const moved = page.locator('.paragraph-diff[data-id="para-g-34"]');
    await moved.getByText("Moved from after paragraph 4").waitFor();
    expect(await moved.locator("ins, del").count()).toBe(0);
    await page.locator('.paragraph-diff[data-id="para-g-33"]').getByText("Split from paragraph 32").waitFor();
    await page.getByText("Heading “F. Capacity building and cooperation” is now “F. Capacity-building”").waitFor();

    await page.getByLabel("Side by side").check();
    await reworded.getByText("Before").waitFor();
    await page.getByLabel("Changed paragraphs only").uncheck();
    await page.locator('.paragraph-diff[data-id="para-a-1"]').waitFor();

    await page.getByRole("button", { name: "Open “Initial pre-draft”" }).click();
    await page.getByRole("heading", { name: "“Initial pre-draft”, read only" }).waitFor();
    await page.locator('.version-text [data-id="pre-b-glossary"]').waitFor();
  });

  it("lets an editor save a version and restore one after confirming, by keyboard", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.editor)).newPage();
    await page.goto(`${server.url}/consultations/${DEMO_CONSULTATION_ID}/versions`);
    await page.getByLabel("Name", { exact: true }).fill("Before the retreat");
    await page.getByLabel("Note (optional)").fill("Agreed text at the end of the week");
    await page.getByLabel("Name", { exact: true }).press("Enter");
    await page.getByRole("status").filter({ hasText: "Saved “Before the retreat”." }).waitFor();
    await page.getByRole("rowheader", { name: /Before the retreat/ }).waitFor();

    await page.getByRole("button", { name: "Restore “Initial pre-draft”" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("alertdialog").waitFor();
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "“Initial pre-draft” is now the current text." }).waitFor();
    await page.getByRole("rowheader", { name: "Before restore" }).waitFor();

    await openReport(page, `${server.url}/consultations/${DEMO_CONSULTATION_ID}`);
    await page.locator('[data-id="pre-b-glossary"]').waitFor();
  });
});

describe("our comments through a diff in Chromium", () => {
  it("flags a changed paragraph a member's organisation commented on, with the comment beside it, and lists what happened", async () => {
    const server = await startServer();
    const submission = submissionDocumentName(DEMO_CONSULTATION_ID, "open-networks");
    const client = connectClient(server.collabUrl, submission, server.people.member.token);
    await synced(client.provider);
    const author = { id: server.people.member.id, name: "Test member" };
    const base = { paragraphNumber: "14", paragraphText: "", quote: null, priority: "redLine" as const };
    createComment(client.doc, { ...base, paragraphId: "para-c-14", kind: "amendment", stance: "amend", proposedText: "States should publish their national positions." }, author, new Date());
    createComment(client.doc, { ...base, paragraphId: "pre-b-glossary", kind: "support", stance: "support", priority: "normal" }, author, new Date());
    await eventually(() => server.parley.deps.collab.rooms.read(submission, readComments).length === 2, "the server holds both comments");
    client.provider.destroy();

    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.member)).newPage();
    await page.goto(`${server.url}/consultations/${DEMO_CONSULTATION_ID}/versions`);
    await page.getByRole("rowheader", { name: "Zero draft" }).waitFor();
    await page.getByLabel("Older").selectOption({ label: await optionLabel(page, "Older", "Initial pre-draft") });
    await page.getByLabel("Newer").selectOption({ label: await optionLabel(page, "Newer", "Zero draft") });
    await page.getByRole("button", { name: "Show changes" }).click();

    const flagged = page.locator('.paragraph-diff[data-id="para-c-14"][data-ours="true"]');
    const beside = flagged.getByRole("complementary", { name: "Comments from Open Networks Alliance" });
    await beside.getByText("We commented").waitFor();
    await beside.getByText("States should publish their national positions.").waitFor();
    await beside.getByText("Red line").waitFor();
    expect(await flagged.locator("ins").count()).toBeGreaterThan(0);

    await page.getByLabel("Only paragraphs we commented on").check();
    expect(await page.locator(".paragraph-diff").count()).toBe(2);

    const table = page.getByRole("table").filter({ hasText: "What happened" });
    await table.waitFor();
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBe(2);
    await table.locator('tr[data-fate="modified"]').getByText("Modified").waitFor();
    expect(await table.locator('tr[data-fate="modified"] td[data-uptake]').getAttribute("data-uptake")).toMatch(/^(partlyAdopted|notAdopted)$/);
    await table.locator('tr[data-fate="removed"]').getByText("Removed").waitFor();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download as CSV" }).click();
    expect((await download).suggestedFilename()).toBe("uptake-open-networks.csv");
    await page.getByRole("link", { name: "Word (tracked changes)" }).waitFor();
  });
});

/** The full label of the option of a select whose text starts with `name` (options also show a date). */
async function optionLabel(page: Page, select: string, name: string): Promise<string> {
  const labels = await page.getByLabel(select).locator("option").allTextContents();
  const found = labels.find((label) => label.startsWith(name));
  if (!found) {
    throw new Error(`No option ${name} in ${select}: ${labels.join(", ")}`);
  }
  return found;
}
