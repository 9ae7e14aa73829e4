import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { reportDocumentName, submissionDocumentName } from "../../shared/collab/documentNames";
import { VersionDiff } from "../../shared/api/versions";
import { createComment, readComments } from "../../shared/submission/submissionDoc";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { focusEndOfParagraph, launchBrowser, openReport, personContext } from "../helpers/browser";
import { connectClient, eventually, synced } from "../helpers/collabClient";
import { api, startServer, type TestServer } from "../helpers/startServer";

const REPORT = `/consultations/${DEMO_CONSULTATION_ID}`;
const REPORT_DOC = reportDocumentName(DEMO_CONSULTATION_ID);

/** The ids of the report's top-level blocks, in order, as the page shows them. */
function blockIds(page: Page): Promise<(string | null)[]> {
  return page.locator(".report-text > [data-id]").evaluateAll((elements) => elements.map((element) => element.getAttribute("data-id")));
}

/** Saves a version of the report through the REST API and returns its id. */
async function saveVersion(server: TestServer, name: string): Promise<number> {
  const response = await api(server, `/api/docs/${REPORT_DOC}/versions`, {
    as: "editor",
    method: "POST",
    body: JSON.stringify({ name }),
    headers: { "Content-Type": "application/json" },
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: number }).id;
}

/** The REST diff from a saved version to the current report. */
async function diffSince(server: TestServer, versionId: number) {
  const response = await api(server, `/api/docs/${REPORT_DOC}/diff?from=${versionId}&to=current`, { as: "reviewer" });
  expect(response.status).toBe(200);
  return VersionDiff.parse(await response.json()).diff.summary;
}

/** Selects the whole text of a top-level block (from its very start to its very end) through the real editor. */
async function selectWholeParagraph(page: Page, id: string): Promise<void> {
  await page.evaluate((paragraphId) => {
    interface EditorLike {
      commands: { setTextSelection(range: { from: number; to: number }): boolean };
      view: { focus(): void; state: { doc: { forEach(visit: (node: { attrs: Record<string, unknown>; nodeSize: number }, offset: number) => void): void } } };
    }
    const editor = (document.querySelector(".report-text") as (HTMLElement & { editor?: EditorLike }) | null)?.editor;
    let range: { from: number; to: number } | null = null;
    editor?.view.state.doc.forEach((node, offset) => {
      if (node.attrs.id === paragraphId) {
        range = { from: offset + 1, to: offset + node.nodeSize - 1 };
      }
    });
    if (!editor || !range) {
      throw new Error(`No paragraph ${paragraphId}`);
    }
    editor.commands.setTextSelection(range);
    editor.view.focus();
  }, id);
  await page.waitForFunction(() => document.activeElement?.classList.contains("report-text") ?? false);
}

async function memberComment(server: TestServer, paragraphId: string, paragraphNumber: string): Promise<void> {
  const submission = submissionDocumentName(DEMO_CONSULTATION_ID, "open-networks");
  const client = connectClient(server.collabUrl, submission, server.people.member.token);
  await synced(client.provider);
  const author = { id: server.people.member.id, name: "Test member" };
  createComment(client.doc, { paragraphId, paragraphNumber, paragraphText: "", quote: null, kind: "amendment", stance: "amend", priority: "normal", proposedText: "Say which sessions." }, author, new Date());
  await eventually(() => server.parley.deps.collab.rooms.read(submission, readComments).length === 1, "the server holds the comment");
  client.provider.destroy();
}

describe("moving paragraphs in Chromium", () => {
  it("moves a commented paragraph with the keyboard and the toolbar, keeping its id, its comment and a diff that says moved", async () => {
    const server = await startServer();
    await memberComment(server, "para-a-2", "2");
    const before = await saveVersion(server, "Before the move");
    const browser = await launchBrowser();
    const editor = await (await personContext(browser, server.url, server.people.editor)).newPage();
    const member = await (await personContext(browser, server.url, server.people.member)).newPage();
    await openReport(editor, server.url + REPORT);
    await openReport(member, server.url + REPORT);
    const group = member.locator('.comment-group[data-paragraph-id="para-a-2"]');
    await group.locator(".comment-card").waitFor();
    const text = await editor.locator('[data-id="para-a-2"]').textContent();

    await focusEndOfParagraph(editor, "para-a-2");
    await editor.keyboard.press("Alt+Shift+ArrowDown");
    await editor.keyboard.press("Alt+Shift+ArrowDown");
    await expect.poll(async () => (await blockIds(editor)).filter((id) => id?.startsWith("para-a-"))).toEqual(["para-a-1", "para-a-3", "para-a-4", "para-a-2", "para-a-5"]);
    await editor.getByRole("toolbar", { name: "Formatting" }).getByRole("button", { name: "Move paragraph up" }).click();
    await expect.poll(async () => (await blockIds(editor)).filter((id) => id?.startsWith("para-a-"))).toEqual(["para-a-1", "para-a-3", "para-a-2", "para-a-4", "para-a-5"]);
    // The caret went along: typing lands at the end of the moved paragraph.
    await editor.keyboard.type(" Moved twice.");
    expect(await editor.locator('[data-id="para-a-2"]').textContent()).toBe(`${text} Moved twice.`);
    expect(await editor.locator('[data-id="para-a-2"]').getAttribute("data-paragraph-number")).toBe("3");

    await expect.poll(async () => (await blockIds(member)).filter((id) => id?.startsWith("para-a-"))).toEqual(["para-a-1", "para-a-3", "para-a-2", "para-a-4", "para-a-5"]);
    await group.getByRole("button", { name: "Paragraph 3", exact: true }).waitFor();
    expect(await group.locator(".comment-card").count()).toBe(1);
    expect(await member.getByRole("region", { name: "Comments on removed paragraphs" }).count()).toBe(0);

    const summary = await diffSince(server, before);
    expect(summary).toMatchObject({ moved: 1, added: 0, removed: 0, changed: 1 });
  });

  it("moves a commented paragraph by its drag handle, keeping its id and its comment", async () => {
    const server = await startServer();
    const before = await saveVersion(server, "Before the drag");
    const browser = await launchBrowser();
    const editor = await (await personContext(browser, server.url, server.people.editor)).newPage();
    const member = await (await personContext(browser, server.url, server.people.member)).newPage();
    await openReport(editor, server.url + REPORT);
    await openReport(member, server.url + REPORT);

    await member.getByRole("button", { name: "Comment on paragraph 12" }).click();
    await member.getByRole("form", { name: "New comment" }).getByRole("combobox", { name: /^Position/ }).selectOption("support");
    await member.getByRole("form", { name: "New comment" }).getByRole("button", { name: "Add comment" }).click();
    await member.waitForFunction(() => document.activeElement?.closest(".comment-card .comment-text") !== null);
    await member.keyboard.type("Keep this paragraph near the start.");
    const group = member.locator('.comment-group[data-paragraph-id="para-c-12"]');
    await group.getByText("Keep this paragraph near the start.").waitFor();

    const handle = editor.getByRole("button", { name: "Drag to move paragraph 12" });
    const target = editor.locator('[data-id="para-c-14"]');
    const box = await target.boundingBox();
    if (!box) {
      throw new Error("Paragraph 14 is not on screen");
    }
    // Dropped on the lower half of paragraph 14: it lands after it.
    await handle.dragTo(target, { targetPosition: { x: box.width / 2, y: box.height - 4 } });
    const order = ["para-c-11", "para-c-13", "para-c-14", "para-c-12", "para-c-15"];
    await expect.poll(async () => (await blockIds(editor)).filter((id) => id?.startsWith("para-c-"))).toEqual(order);
    expect(await editor.locator('[data-id="para-c-12"]').getAttribute("data-paragraph-number")).toBe("14");

    await expect.poll(async () => (await blockIds(member)).filter((id) => id?.startsWith("para-c-"))).toEqual(order);
    await group.getByRole("button", { name: "Paragraph 14", exact: true }).waitFor();
    await group.getByText("Keep this paragraph near the start.").waitFor();
    expect(await member.getByRole("region", { name: "Comments on removed paragraphs" }).count()).toBe(0);

    const summary = await diffSince(server, before);
    expect(summary).toMatchObject({ moved: 1, added: 0, removed: 0, changed: 0 });
  });

  it("keeps a paragraph's id through cut and paste, and gives a pasted copy a new one", async () => {
    const server = await startServer();
    const before = await saveVersion(server, "Before cut and paste");
    const browser = await launchBrowser();
    const context = await personContext(browser, server.url, server.people.editor);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    const editor = await context.newPage();
    await openReport(editor, server.url + REPORT);
    const text = (await editor.locator('[data-id="para-a-2"]').textContent()) ?? "";

    await selectWholeParagraph(editor, "para-a-2");
    await editor.keyboard.press("Control+X");
    await expect.poll(() => editor.locator('[data-id="para-a-2"]').count()).toBe(0);
    await focusEndOfParagraph(editor, "para-a-4");
    await editor.keyboard.press("Control+V");
    await expect.poll(async () => (await blockIds(editor)).filter((id) => id?.startsWith("para-a-"))).toEqual(["para-a-1", "para-a-3", "para-a-4", "para-a-2", "para-a-5"]);
    expect(await editor.locator('[data-id="para-a-2"]').textContent()).toBe(text);
    expect(await diffSince(server, before)).toMatchObject({ moved: 1, added: 0, removed: 0 });

    await selectWholeParagraph(editor, "para-a-2");
    await editor.keyboard.press("Control+C");
    await focusEndOfParagraph(editor, "para-a-5");
    await editor.keyboard.press("Control+V");
    const copies = editor.locator(".report-text > p", { hasText: text });
    await expect.poll(() => copies.count()).toBe(2);
    const ids = await copies.evaluateAll((elements) => elements.map((element) => element.getAttribute("data-id")));
    expect(ids[0]).toBe("para-a-2");
    expect(ids[1]).toMatch(/^p-/);
  });
});
