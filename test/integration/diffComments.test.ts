import JSZip from "jszip";
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { DiffComments, SubmissionVersionDiff } from "../../shared/api/diffs";
import { ErrorBody } from "../../shared/api/errors";
import { VersionContent, VersionList, type Version } from "../../shared/api/versions";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import type { NewComment } from "../../shared/submission/comment";
import { createComment, deleteComment, readComments, updateComment } from "../../shared/submission/submissionDoc";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { appendParagraph, connectClient, eventually, synced } from "../helpers/collabClient";
import { api, startServer, type TestServer } from "../helpers/startServer";
import type { TestRole } from "../helpers/testPeople";

const REPORT = `report:${DEMO_CONSULTATION_ID}`;
const OPEN_NETWORKS = submissionDocumentName(DEMO_CONSULTATION_ID, "open-networks");
const DIGITAL_RIGHTS = submissionDocumentName(DEMO_CONSULTATION_ID, "digital-rights");
const now = new Date("2026-03-30T10:00:00Z");

async function get<T>(server: TestServer, path: string, schema: { parse(body: unknown): T }, as: TestRole): Promise<T> {
  const response = await api(server, path, { as });
  const body: unknown = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(200);
  return schema.parse(body);
}

/** The demo report's two versions, and the zero draft's text of each paragraph. */
async function demoVersions(server: TestServer) {
  const { versions } = await get(server, `/api/docs/${REPORT}/versions`, VersionList, "reviewer");
  const [zero, preDraft] = versions as [Version, Version];
  const { content } = await get(server, `/api/docs/${REPORT}/versions/${zero.id}`, VersionContent, "reviewer");
  const zeroText = new Map(content.paragraphs.map((paragraph) => [paragraph.id, paragraph.text]));
  return { zero, preDraft, zeroText };
}

/** Adds comments to a submission over a real provider and waits until the server holds them. */
async function comment(server: TestServer, document: string, as: TestRole, comments: (Partial<NewComment> & { paragraphId: string })[]): Promise<{ ids: string[]; doc: Y.Doc }> {
  const client = connectClient(server.collabUrl, document, server.people[as].token);
  await synced(client.provider);
  const author = { id: server.people[as].id, name: `Test ${as}` };
  const ids = comments.map((input) =>
    createComment(client.doc, { paragraphNumber: "", paragraphText: "", quote: null, kind: "concern", stance: "oppose", priority: "normal", ...input }, author, now),
  );
  const held = () => server.parley.deps.collab.rooms.read(document, readComments).map((stored) => stored.id);
  await eventually(() => ids.every((id) => held().includes(id)), "the server holds the comments");
  return { ids, doc: client.doc };
}

describe("comments through diffs", () => {
  it("gives each organisation only its own comments, and coordinators the organisation they pick", async () => {
    const server = await startServer();
    const { zero, preDraft } = await demoVersions(server);
    const ours = await comment(server, OPEN_NETWORKS, "member", [{ paragraphId: "para-c-14" }]);
    const theirs = await comment(server, DIGITAL_RIGHTS, "otherMember", [{ paragraphId: "para-c-14", kind: "support", stance: "support" }]);
    const path = `/api/docs/${REPORT}/diff/comments?from=${preDraft.id}&to=${zero.id}`;

    const mine = await get(server, path, DiffComments, "member");
    expect(mine.organisation.id).toBe("open-networks");
    expect(mine.choices.map((organisation) => organisation.id)).toEqual(["open-networks"]);
    expect(mine.comments.map((entry) => entry.id)).toEqual(ours.ids);
    expect(mine.outcomes).toMatchObject([{ commentId: ours.ids[0], fate: "modified" }]);
    expect(JSON.stringify(mine)).not.toContain(theirs.ids[0]);
    expect(JSON.stringify(mine)).not.toContain("Test member");

    const refused = await api(server, `${path}&organisation=digital-rights`, { as: "member" });
    expect(refused.status).toBe(403);
    expect(ErrorBody.parse(await refused.json()).error.code).toBe("forbidden");
    expect((await api(server, path, { as: "reviewer" })).status).toBe(403);
    expect((await api(server, `${path}&organisation=nobody`, { as: "coordinator" })).status).toBe(404);

    const picked = await get(server, `${path}&organisation=digital-rights`, DiffComments, "coordinator");
    expect(picked.comments.map((entry) => entry.id)).toEqual(theirs.ids);
    expect(picked.choices.length).toBeGreaterThan(1);
  });

  it("labels every comment from the pre-draft to the zero draft and measures each amendment's uptake", async () => {
    const server = await startServer();
    const { zero, preDraft, zeroText } = await demoVersions(server);
    const amend = (paragraphId: string, proposedText: string) => ({ paragraphId, kind: "amendment" as const, stance: "amend" as const, proposedText });
    const { ids } = await comment(server, OPEN_NETWORKS, "member", [
      { paragraphId: "para-a-1" },
      amend("para-c-14", zeroText.get("para-c-14") ?? ""),
      amend("para-e-23", `${zeroText.get("para-e-23") ?? ""} Entries should be reviewed every year.`),
      amend("para-h-38", "The working group recommends nothing at all on this point whatsoever."),
      { paragraphId: "para-g-34" },
      { paragraphId: "para-g-32" },
      { paragraphId: "pre-b-glossary", stance: "delete" },
      { paragraphId: "para-b-9" },
    ]);
    const { outcomes } = await get(server, `/api/docs/${REPORT}/diff/comments?from=${preDraft.id}&to=${zero.id}`, DiffComments, "member");
    // Comments come oldest first; these were all written at once, so the table is read by id.
    const byComment = new Map(outcomes.map((outcome) => [outcome.commentId, outcome]));
    const table = ids.map((id) => [byComment.get(id)?.fate, byComment.get(id)?.uptake?.status ?? null]);
    expect(table).toEqual([
      ["unchanged", null],
      ["modified", "adopted"],
      ["modified", "partlyAdopted"],
      ["unchanged", "notAdopted"],
      ["moved", null],
      ["split", null],
      ["removed", "adopted"],
      ["absent", null],
    ]);
    expect(outcomes).toHaveLength(ids.length);
    const partly = byComment.get(ids[2] ?? "")?.uptake?.percent ?? 0;
    expect(partly).toBeGreaterThan(0);
    expect(partly).toBeLessThan(100);
    expect(byComment.get(ids[4] ?? "")).toMatchObject({ moved: true, oldNumber: "5", newParagraphId: "para-g-34" });
  });

  it("compares two submits of a submission comment by comment", async () => {
    const server = await startServer();
    const { ids, doc } = await comment(server, OPEN_NETWORKS, "lead", [{ paragraphId: "para-h-38" }, { paragraphId: "para-h-39" }]);
    const submit = () => api(server, `/api/consultations/${DEMO_CONSULTATION_ID}/organisations/open-networks/submit`, { as: "lead", method: "POST" });
    expect((await submit()).status).toBe(201);
    const author = { id: server.people.lead.id, name: "Test lead" };
    updateComment(doc, ids[0] ?? "", { priority: "redLine", status: "ready" }, author, now);
    deleteComment(doc, ids[1] ?? "");
    const added = await comment(server, OPEN_NETWORKS, "member", [{ paragraphId: "para-h-40", kind: "question", stance: "question" }]);
    await eventually(() => server.parley.deps.collab.rooms.read(OPEN_NETWORKS, readComments).length === 2, "the deletion reaches the server");
    expect((await submit()).status).toBe(201);

    const { versions } = await get(server, `/api/docs/${OPEN_NETWORKS}/versions`, VersionList, "member");
    expect(versions.map((version) => version.kind)).toEqual(["submission", "submission"]);
    const [second, first] = versions as [Version, Version];
    const { diff } = await get(server, `/api/docs/${OPEN_NETWORKS}/comment-diff?from=${first.id}&to=${second.id}`, SubmissionVersionDiff, "coordinator");
    expect(diff.summary).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 0 });
    const changes = diff.comments.map((change) => [change.id, change.change, change.fields]);
    expect(changes).toHaveLength(3);
    expect(changes).toEqual(
      expect.arrayContaining([
        [ids[0], "changed", ["priority", "status"]],
        [added.ids[0], "added", []],
        [ids[1], "removed", []],
      ]),
    );
    expect((await api(server, `/api/docs/${OPEN_NETWORKS}/comment-diff?from=${first.id}`, { as: "otherMember" })).status).toBe(403);
    expect((await api(server, `/api/docs/${OPEN_NETWORKS}/comment-diff?from=1`, { as: "member" })).status).toBe(404);
  });
});

describe("diff exports", () => {
  it("writes Word tracked changes by Parley that read back, the same bytes every time", async () => {
    const server = await startServer();
    const { zero, preDraft } = await demoVersions(server);
    const download = async () => {
      const response = await api(server, `/api/docs/${REPORT}/diff/export?from=${preDraft.id}&to=${zero.id}&format=docx`, { as: "reviewer" });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="?ict-security-changes-1-to-2\.docx"?$/);
      return Buffer.from(await response.arrayBuffer());
    };
    const bytes = await download();
    expect((await download()).equals(bytes)).toBe(true);
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toMatch(/<w:ins [^>]*w:author="Parley"/);
    expect(xml).toMatch(/<w:del [^>]*w:author="Parley"/);
    expect(xml).toContain("<w:delText");
    expect(xml).not.toContain("Test ");
    expect(await zip.file("docProps/core.xml")?.async("string")).toContain("2000-01-01T00:00:00Z");
    // Mammoth reads a document as if every change were accepted: the newer text, no deletions.
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(value).toContain("F. Capacity-building");
    expect(value).toContain("5 (was 6). The sections that follow");
    expect(xml).toContain("common glossary of technical terms");
    expect(value).not.toContain("common glossary of technical terms");
  });

  it("writes a self-contained HTML page with every text escaped, and a PDF", async () => {
    const server = await startServer();
    const { zero } = await demoVersions(server);
    const editor = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    await synced(editor.provider);
    appendParagraph(editor.report, "para-escape", `A <script>alert("x")</script> & 'quoted' text.`);
    appendParagraph(editor.report, "para-unicode", "Ответ 答复 réponse");
    await eventually(() => server.parley.deps.documents.logLength(REPORT) > 0, "the edit is stored");

    const response = await api(server, `/api/docs/${REPORT}/diff/export?from=${zero.id}&to=current&format=html`, { as: "member" });
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain("<ins>A &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; text.</ins>");
    expect(html).not.toContain("<script>");
    expect(html).not.toMatch(/(src|href)=/);

    const pdf = await api(server, `/api/docs/${REPORT}/diff/export?from=${zero.id}&to=current&format=pdf`, { as: "member" });
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const again = Buffer.from(await (await api(server, `/api/docs/${REPORT}/diff/export?from=${zero.id}&to=current&format=pdf`, { as: "member" })).arrayBuffer());
    expect(again.equals(bytes)).toBe(true);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    expect(text).toContain("Ответ");
    expect(text).toContain("答复");
    expect(text).toContain("réponse");
    expect((await api(server, `/api/docs/${REPORT}/diff/export?from=${zero.id}&format=odt`, { as: "member" })).status).toBe(400);
  });
});
