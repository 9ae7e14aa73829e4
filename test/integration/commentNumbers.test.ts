import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CommentMatrix, SharedCommentList } from "../../shared/api/comments";
import { DocumentParagraphs } from "../../shared/api/documents";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import { createComment, updateComment } from "../../shared/submission/submissionDoc";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { appendParagraph, connectClient, synced } from "../helpers/collabClient";
import { api, startServer, type TestServer } from "../helpers/startServer";

const REPORT = `report:${DEMO_CONSULTATION_ID}`;
const BASE = `/api/consultations/${DEMO_CONSULTATION_ID}`;
const now = new Date("2026-03-30T10:00:00Z");

function paragraphAt(report: Y.XmlFragment, id: string): { element: Y.XmlElement; index: number } {
  const index = report.toArray().findIndex((node) => node instanceof Y.XmlElement && node.getAttribute("id") === id);
  return { element: report.get(index) as Y.XmlElement, index };
}

function newParagraph(id: string, text: string): Y.XmlElement {
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.setAttribute("id", id);
  paragraph.insert(0, [new Y.XmlText(text)]);
  return paragraph;
}

async function until(check: () => Promise<boolean>, message: string): Promise<void> {
  for (let attempt = 0; attempt < 250; attempt += 1) {
    if (await check()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Timed out: ${message}`);
}

async function reportParagraphs(server: TestServer) {
  return DocumentParagraphs.parse(await (await api(server, `/api/docs/${REPORT}/paragraphs`, { as: "editor" })).json()).paragraphs;
}

describe("paragraph numbers in the coalition's views", () => {
  it("shows the report's current numbers, and for a deleted paragraph its last number and wording from the saved versions", async () => {
    const server = await startServer();
    const editor = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    const member = connectClient(server.collabUrl, submissionDocumentName(DEMO_CONSULTATION_ID, "open-networks"), server.people.member.token);
    await Promise.all([synced(editor.provider), synced(member.provider)]);
    appendParagraph(editor.report, "para-x-41", "States should share threat information through trusted channels.");
    appendParagraph(editor.report, "para-x-42", "The group should meet again before the end of the year.");
    await until(async () => (await reportParagraphs(server)).length === 42, "the server numbers the new paragraphs");

    // Comments written on paragraphs 39 and 42, as numbered when they were written.
    const author = { id: server.people.member.id, name: "Member" };
    const comment = (paragraphId: string, paragraphNumber: string, paragraphText: string) => {
      const id = createComment(member.doc, { paragraphId, paragraphNumber, paragraphText, quote: null, kind: "question", stance: "question", priority: "normal" }, author, now);
      updateComment(member.doc, id, { shared: true }, author, now);
      return id;
    };
    const on39 = comment("para-h-39", "39", "");
    const on42 = comment("para-x-42", "42", "The group should meet again before the end of the year.");

    // Editors insert two paragraphs before them, reword 42 (now 44), save a version, then delete it.
    const at39 = paragraphAt(editor.report, "para-h-39").index;
    editor.report.insert(at39, [newParagraph("para-new-1", "A first new paragraph."), newParagraph("para-new-2", "A second new paragraph.")]);
    const text44 = paragraphAt(editor.report, "para-x-42").element.get(0) as Y.XmlText;
    text44.delete(0, text44.length);
    text44.insert(0, "The group should meet twice more, in Geneva and in New York.");
    await until(async () => (await reportParagraphs(server)).some((paragraph) => paragraph.number === "44" && paragraph.text.includes("twice more")), "the server has the rewording");
    expect((await api(server, `/api/docs/${REPORT}/versions`, { as: "editor", method: "POST", body: JSON.stringify({ name: "Before the cut" }) })).status).toBe(201);
    appendParagraph(editor.report, "para-x-passing", "A passing paragraph that no saved version will ever hold.");
    const on46 = comment("para-x-passing", "46", "A passing paragraph that no saved version will ever hold.");
    editor.report.delete(paragraphAt(editor.report, "para-x-42").index, 1);
    editor.report.delete(paragraphAt(editor.report, "para-x-passing").index, 1);
    await until(async () => (await reportParagraphs(server)).length === 43, "the server has the deletions");

    const readMatrix = async () => CommentMatrix.parse(await (await api(server, `${BASE}/comment-matrix`, { as: "coordinator" })).json());
    // The comments travel over the member's socket: wait until the server holds all three.
    await until(async () => {
      const { rows, detached } = await readMatrix();
      return detached.length === 2 && rows.some((candidate) => candidate.comments.length > 0);
    }, "the server has the comments");
    const matrix = await readMatrix();
    const row = matrix.rows.find((candidate) => candidate.comments.some((placed) => placed.comment.id === on39));
    expect(row?.paragraph.number).toBe("41");
    expect(row?.comments.find((placed) => placed.comment.id === on39)?.comment.paragraphNumber).toBe("41");
    const detached = (id: string) => matrix.detached.find((placed) => placed.comment.id === id);
    expect(detached(on42)?.comment.paragraphNumber).toBe("44");
    expect(detached(on42)?.lastSeen).toMatchObject({ number: "44", text: "The group should meet twice more, in Geneva and in New York." });
    // No saved version ever held the passing paragraph: the comment's own record is all there is, and it says so.
    expect(detached(on46)).toMatchObject({ comment: { paragraphNumber: "46" }, lastSeen: null });

    const shared = SharedCommentList.parse(await (await api(server, `${BASE}/shared-comments`, { as: "otherMember" })).json()).comments;
    const sharedComment = (id: string) => shared.find((placed) => placed.comment.id === id);
    expect(sharedComment(on39)).toMatchObject({ comment: { paragraphNumber: "41" }, lastSeen: null });
    expect(sharedComment(on42)).toMatchObject({ comment: { paragraphNumber: "44" }, lastSeen: { number: "44", text: "The group should meet twice more, in Geneva and in New York." } });
    editor.provider.destroy();
    member.provider.destroy();
  });
});
