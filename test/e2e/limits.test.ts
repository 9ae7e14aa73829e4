import { describe, expect, it } from "vitest";
import { Consultation } from "../../shared/api/consultations";
import { readComments } from "../../shared/submission/submissionDoc";
import { seedDemoComments } from "../../server/demo/demoComments";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { launchBrowser, openReport, personContext } from "../helpers/browser";
import { api, startServer } from "../helpers/startServer";

const REPORT = `/consultations/${DEMO_CONSULTATION_ID}`;
const OPEN_NETWORKS = `submission:${DEMO_CONSULTATION_ID}:open-networks`;

describe("submission limits and package import in Chromium", () => {
  it("lets a coordinator set the limits in the dashboard's settings, by keyboard", async () => {
    const server = await startServer();
    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.coordinator)).newPage();
    await page.goto(`${server.url}${REPORT}/dashboard`);
    await page.getByText("Title, description and organisations").click();
    await page.getByLabel("Maximum characters per comment").fill("500");
    await page.getByLabel("Maximum pages of the package").fill("12");
    expect(await page.getByText("A page is 3,000 characters", { exact: false }).count()).toBe(1);
    await page.getByLabel("Plain ASCII text only", { exact: false }).check();
    await page.getByRole("button", { name: "Save settings" }).press("Enter");
    await expect
      .poll(async () => Consultation.parse(await (await api(server, `/api/consultations/${DEMO_CONSULTATION_ID}`, { as: "member" })).json()).limits)
      .toEqual({ maxCommentCharacters: 500, maxPages: 12, asciiOnly: true });
  });

  it("counts a comment against the limit live, refuses the export with the list, and imports a JSON package back", async () => {
    const server = await startServer();
    seedDemoComments(server.parley.deps.documents, DEMO_CONSULTATION_ID);
    const exported = await (await api(server, `/api/consultations/${DEMO_CONSULTATION_ID}/organisations/industry-forum/package?format=json`, { as: "coordinator" })).text();
    await api(server, `/api/consultations/${DEMO_CONSULTATION_ID}`, { as: "coordinator", method: "PATCH", body: JSON.stringify({ limits: { maxCommentCharacters: 200 } }) });

    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.lead)).newPage();
    page.on("dialog", (dialog) => void dialog.accept());
    await openReport(page, `${server.url}${REPORT}`);

    const amendment = page.locator('[data-comment-id="c-demo-on-1"]');
    await amendment.getByText(/over the limit/).waitFor();
    await amendment.getByRole("alert").filter({ hasText: "This comment is now over the character limit." }).waitFor();
    const question = page.locator('[data-comment-id="c-demo-on-3"]');
    await question.getByText(/^\d+ \/ 200 characters$/).waitFor();

    await page.getByText("Export and import", { exact: true }).click();
    const packageForm = page.locator("form", { has: page.getByRole("heading", { name: "Your organisation's comments" }) });
    await packageForm.getByLabel("Format").selectOption("docx");
    await packageForm.getByRole("button", { name: "Download" }).press("Enter");
    const list = packageForm.locator(".limit-violations");
    await list.waitFor();
    expect(await list.getByRole("listitem").allInnerTexts()).toEqual([expect.stringMatching(/^Paragraph 38: \d+ characters, \d+ over the limit of 200$/)]);

    // Another organisation's package is refused to a lead; their own organisation's is imported.
    const importForm = page.locator("form", { has: page.getByRole("heading", { name: "Import a JSON package" }) });
    await importForm.getByLabel("Parley JSON package (.json)").setInputFiles({ name: "industry.json", mimeType: "application/json", buffer: Buffer.from(exported) });
    await importForm.getByRole("button", { name: "Import" }).press("Enter");
    await importForm.getByRole("alert").filter({ hasText: "Your role does not allow this." }).waitFor();
    const own = JSON.stringify({ ...JSON.parse(exported), organisation: { id: "open-networks", name: "Open Networks Alliance" } });
    await importForm.getByLabel("Parley JSON package (.json)").setInputFiles({ name: "open-networks.json", mimeType: "application/json", buffer: Buffer.from(own) });
    await importForm.getByRole("button", { name: "Import" }).press("Enter");
    await importForm.getByRole("status").filter({ hasText: "Comments imported into the submission of Open Networks Alliance: 1." }).waitFor();
    expect(server.parley.deps.collab.rooms.read(OPEN_NETWORKS, readComments)).toHaveLength(4);
    await page.locator('[data-comment-id="c-demo-if-1"]').waitFor();
  });

  it("counts the whole submission against the page limit live, and flags characters that are not ASCII in the general remarks", async () => {
    const server = await startServer();
    await api(server, `/api/consultations/${DEMO_CONSULTATION_ID}`, { as: "coordinator", method: "PATCH", body: JSON.stringify({ limits: { maxCommentCharacters: null, maxPages: 1, asciiOnly: true } }) });
    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.member)).newPage();
    await openReport(page, `${server.url}${REPORT}`);
    await page.getByText("Your submission: 0 characters, pages: 0 of 1").waitFor();

    await page.getByText("General remarks and cover note", { exact: true }).click();
    await page.getByRole("textbox", { name: "General remarks" }).click();
    await page.keyboard.insertText(`Régime ${"x".repeat(3_000)}`);
    await page.getByText("Your submission: 3,007 characters, pages: 2 of 1 (7 characters over the limit)").waitFor();
    await page.getByRole("alert").filter({ hasText: "The submission is now over its page limit." }).waitFor();
    await page.getByText("Not plain ASCII: é").waitFor();
  });
});
