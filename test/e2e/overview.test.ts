import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CommentMatrix } from "../../shared/api/comments";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import type { Paragraph } from "../../shared/paragraphs";
import { endorse } from "../../shared/submission/endorsements";
import { commentFragment, createComment, updateComment } from "../../shared/submission/submissionDoc";
import type { NewComment } from "../../shared/submission/comment";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { launchBrowser, personContext } from "../helpers/browser";
import { connectClient, synced } from "../helpers/collabClient";
import { api, startServer, type TestServer } from "../helpers/startServer";

const OVERVIEW = `/consultations/${DEMO_CONSULTATION_ID}/overview`;
const H38 = "para-h-38";
const now = new Date("2026-03-30T10:00:00Z");

/** Writes a comment with a body into a submission document, as a member's editor would. */
function comment(doc: Y.Doc, paragraph: Paragraph, settings: Omit<NewComment, "paragraphId" | "paragraphNumber" | "paragraphText" | "quote">, body: string, author: { id: string; name: string }): string {
  const id = createComment(doc, { paragraphId: paragraph.id, paragraphNumber: paragraph.number, paragraphText: paragraph.text, quote: null, ...settings }, author, now);
  const element = new Y.XmlElement("paragraph");
  element.insert(0, [new Y.XmlText(body)]);
  commentFragment(doc, id, "body")?.insert(0, [element]);
  return id;
}

async function matrixOf(server: TestServer): Promise<CommentMatrix> {
  return CommentMatrix.parse(await (await api(server, `/api/consultations/${DEMO_CONSULTATION_ID}/comment-matrix`, { as: "coordinator" })).json());
}

/** The report's paragraphs as the server numbers them now, so the test does not depend on the demo's numbering. */
async function reportParagraphs(server: TestServer): Promise<Paragraph[]> {
  return (await matrixOf(server)).rows.map((row) => row.paragraph);
}

const cellOf = (page: Page, paragraphId: string, organisationId: string) => page.locator(`tr[data-paragraph-id="${paragraphId}"] td[data-organisation-id="${organisationId}"]`);

describe("the coordinator's overview in Chromium", () => {
  it("shows every organisation's comments side by side, the tally and the heat map, filters them, and is for coordinators only", async () => {
    const server = await startServer();
    const paragraphs = await reportParagraphs(server);
    const h38 = paragraphs.find((paragraph) => paragraph.id === H38)!;
    const other = paragraphs.find((paragraph) => paragraph.section === "B")!;
    const openNetworks = connectClient(server.collabUrl, submissionDocumentName(DEMO_CONSULTATION_ID, "open-networks"), server.people.member.token);
    const digitalRights = connectClient(server.collabUrl, submissionDocumentName(DEMO_CONSULTATION_ID, "digital-rights"), server.people.otherMember.token);
    await Promise.all([synced(openNetworks.provider), synced(digitalRights.provider)]);
    const member = { id: server.people.member.id, name: "Test member" };
    const partner = { id: server.people.otherMember.id, name: "Test otherMember" };

    const proposedText = `${h38.text.split(" ").slice(0, 4).join(" ")} every six months`;
    const amendment = comment(openNetworks.doc, h38, { kind: "amendment", stance: "amend", priority: "redLine", proposedText }, "Name who keeps the directory.", member);
    updateComment(openNetworks.doc, amendment, { shared: true, status: "ready" }, member, now);
    endorse(digitalRights.doc, { organisationId: "open-networks", commentId: amendment }, partner, now);
    comment(digitalRights.doc, h38, { kind: "support", stance: "support", priority: "normal" }, "We back this recommendation.", partner);
    comment(digitalRights.doc, other, { kind: "concern", stance: "oppose", priority: "normal" }, "This goes too far.", partner);
    await expect
      .poll(async () => (await matrixOf(server)).rows.find((row) => row.paragraph.id === H38)?.comments.map((placed) => `${placed.organisationId}: ${placed.endorsedBy.join()}`).sort(), { timeout: 5_000 })
      .toEqual(["digital-rights: ", "open-networks: digital-rights"]);

    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.coordinator)).newPage();
    await page.goto(`${server.url}/consultations/${DEMO_CONSULTATION_ID}`);
    await page.getByRole("link", { name: "Coalition overview" }).click();
    await page.getByRole("heading", { name: "Coalition overview", level: 1 }).waitFor();

    // Both organisations' comments side by side in paragraph 38's row.
    const theirs = cellOf(page, H38, "open-networks");
    await theirs.getByText("Name who keeps the directory.").waitFor();
    expect(await theirs.locator(".chip").allInnerTexts()).toEqual(["Amendment", "! Red line", "Ready"]);
    expect((await theirs.locator(".redline ins").allInnerTexts()).join(" ")).toBe("every six months");
    expect(await theirs.locator(".redline del").count()).toBeGreaterThan(0);
    await theirs.getByText("Backed by: Digital Rights Collective").waitFor();
    const partners = cellOf(page, H38, "digital-rights");
    await partners.getByText("We back this recommendation.").waitFor();
    expect(await partners.locator(".chip").allInnerTexts()).toEqual(["Support", "Draft"]);
    expect(await cellOf(page, H38, "industry-forum").innerText()).toBe("");
    expect(await page.locator(`tr[data-paragraph-id="${H38}"] th[scope="row"]`).innerText()).toContain(`Paragraph ${h38.number}`);

    // The tally counts across organisations.
    const tally = page.locator(`tr[data-paragraph-id="${H38}"] .matrix-tally`);
    for (const line of ["Organisations: 2", "Red lines: 1", "Amendment: 1", "Support: 1", "Amend: 1"]) {
      expect(await tally.innerText()).toContain(line);
    }

    // The heat map's cell: an accessible name that says it all, a red-line mark, and a link to the row.
    const cell = page.getByRole("link", { name: `Paragraph ${h38.number} — Organisations: 2, Support: 1, Amend: 1, Amendments: 1, Red lines: 1` });
    expect(await cell.getAttribute("data-tone")).toBe("amend");
    expect(await cell.getAttribute("data-level")).toBe("2");
    expect(await cell.locator(".red-line-marker").isVisible()).toBe(true);
    await page.getByRole("radio", { name: "Support" }).check();
    expect(await cell.getAttribute("data-tone")).toBe("support");
    expect(await cell.getAttribute("data-level")).toBe("1");
    const quiet = page.getByRole("link", { name: `Paragraph ${paragraphs[0]!.number} — no comments` });
    expect(await quiet.getAttribute("data-tone")).toBe("none");
    await cell.click();
    await page.waitForFunction((id) => document.activeElement?.closest("tr")?.dataset.paragraphId === id, H38);

    // Filters narrow the matrix.
    const listed = () => page.locator(".comment-matrix tbody tr").evaluateAll((rows) => rows.map((element) => (element as HTMLElement).dataset.paragraphId));
    expect(await listed()).toEqual([other.id, H38]);
    await page.getByRole("combobox", { name: "Kind", exact: true }).selectOption("concern");
    await expect.poll(listed).toEqual([other.id]);
    await page.getByRole("combobox", { name: "Kind", exact: true }).selectOption("all");
    await page.getByRole("checkbox", { name: "Red lines only", exact: true }).check();
    await expect.poll(listed).toEqual([H38]);
    expect(await partners.innerText()).toBe("");
    await page.getByRole("checkbox", { name: "Red lines only", exact: true }).uncheck();
    await page.getByRole("checkbox", { name: "Ready only", exact: true }).check();
    await expect.poll(listed).toEqual([H38]);
    await page.getByRole("checkbox", { name: "Ready only", exact: true }).uncheck();
    await page.getByRole("combobox", { name: "Organisation", exact: true }).selectOption("digital-rights");
    await expect.poll(() => page.locator(".comment-matrix thead th").allInnerTexts()).toEqual(["Paragraph", "Digital Rights Collective", "Tally"]);
    await page.getByRole("checkbox", { name: "Show all paragraphs", exact: true }).check();
    await expect.poll(async () => (await listed()).length).toBe(paragraphs.length);

    // New comments arrive on refresh, and when the window regains focus.
    comment(openNetworks.doc, other, { kind: "question", stance: "question", priority: "normal" }, "Which states does this cover?", member);
    await page.getByRole("combobox", { name: "Organisation", exact: true }).selectOption("all");
    await page.getByRole("button", { name: "Refresh" }).click();
    await cellOf(page, other.id, "open-networks").getByText("Which states does this cover?").waitFor();
    comment(openNetworks.doc, other, { kind: "editorial", stance: "amend", priority: "normal" }, "A typo in the second line.", member);
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await cellOf(page, other.id, "open-networks").getByText("A typo in the second line.").waitFor();

    // A member of an organisation sees neither the link nor the page.
    const memberPage = await (await personContext(browser, server.url, server.people.member)).newPage();
    await memberPage.goto(`${server.url}${OVERVIEW}`);
    await memberPage.getByRole("alert").filter({ hasText: "This page is for coordinators only." }).waitFor();
    await memberPage.goto(`${server.url}/consultations/${DEMO_CONSULTATION_ID}`);
    await memberPage.getByRole("link", { name: "Versions" }).waitFor();
    expect(await memberPage.getByRole("link", { name: "Coalition overview" }).count()).toBe(0);
  });

  it("lists a comment on a deleted paragraph with the number and wording the report last had, not the comment's copy", async () => {
    const server = await startServer();
    const h40 = (await reportParagraphs(server)).find((paragraph) => paragraph.id === "para-h-40")!;
    const editor = connectClient(server.collabUrl, `report:${DEMO_CONSULTATION_ID}`, server.people.editor.token);
    const openNetworks = connectClient(server.collabUrl, submissionDocumentName(DEMO_CONSULTATION_ID, "open-networks"), server.people.member.token);
    await Promise.all([synced(editor.provider), synced(openNetworks.provider)]);
    comment(openNetworks.doc, h40, { kind: "question", stance: "question", priority: "normal" }, "Who reports to whom?", { id: server.people.member.id, name: "Test member" });

    // Editors insert two paragraphs before it (40 becomes 42), a version is saved, then it is deleted.
    const index = (id: string) => editor.report.toArray().findIndex((node) => node instanceof Y.XmlElement && node.getAttribute("id") === id);
    const inserted = ["para-new-1", "para-new-2"].map((id) => {
      const element = new Y.XmlElement("paragraph");
      element.setAttribute("id", id);
      element.insert(0, [new Y.XmlText(`A new paragraph ${id}.`)]);
      return element;
    });
    editor.report.insert(index("para-h-38"), inserted);
    await expect.poll(async () => (await reportParagraphs(server)).find((paragraph) => paragraph.id === "para-h-40")?.number, { timeout: 5_000 }).toBe("42");
    expect((await api(server, `/api/docs/report:${DEMO_CONSULTATION_ID}/versions`, { as: "editor", method: "POST", body: JSON.stringify({ name: "Second reading" }) })).status).toBe(201);
    editor.report.delete(index("para-h-40"), 1);
    await expect.poll(async () => (await matrixOf(server)).detached.length, { timeout: 5_000 }).toBe(1);

    const browser = await launchBrowser();
    const page = await (await personContext(browser, server.url, server.people.coordinator)).newPage();
    await page.goto(`${server.url}${OVERVIEW}`);
    const detached = page.getByRole("region", { name: "Comments on removed paragraphs" });
    const item = detached.getByRole("listitem").filter({ hasText: "Who reports to whom?" });
    await item.waitFor();
    expect(await item.locator(".detached-where").innerText()).toMatch(/last numbered 42$/);
    expect(await item.getByRole("figure").innerText()).toBe(`Its last wording in the report's saved versions:\n${h40.text}`);
    editor.provider.destroy();
    openNetworks.provider.destroy();
  });
});
