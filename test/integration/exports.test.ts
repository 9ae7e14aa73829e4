import ExcelJS from "exceljs";
import JSZip from "jszip";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { DocumentParagraphs } from "../../shared/api/documents";
import { CommentMatrix } from "../../shared/api/comments";
import { ExportJob, ImportResult, ReportImportPreview } from "../../shared/api/exports";
import { VersionList } from "../../shared/api/versions";
import { seedDemoComments } from "../../server/demo/demoComments";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { draftReportDocx } from "../fixtures/draftReportDocx";
import { connectClient, eventually, reportText, synced } from "../helpers/collabClient";
import { api, startServer, type TestServer } from "../helpers/startServer";

const BASE = `/api/consultations/${DEMO_CONSULTATION_ID}`;
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async function demoServer(): Promise<TestServer> {
  const server = await startServer();
  seedDemoComments(server.parley.deps.documents, DEMO_CONSULTATION_ID);
  return server;
}

async function pollUntilFinished(server: TestServer, jobId: string): Promise<{ job: ExportJob; seen: number[] }> {
  const seen: number[] = [];
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const job = ExportJob.parse(await (await api(server, `${BASE}/exports/${jobId}`, { as: "coordinator" })).json());
    seen.push(job.done);
    if (job.state !== "running") {
      return { job, seen };
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("the export did not finish");
}

async function reportNumbers(server: TestServer): Promise<string[]> {
  const body = DocumentParagraphs.parse(await (await api(server, `/api/docs/report:${DEMO_CONSULTATION_ID}/paragraphs`, { as: "editor" })).json());
  return body.paragraphs.map((paragraph) => paragraph.number);
}

async function commentMatrix(server: TestServer): Promise<CommentMatrix> {
  return CommentMatrix.parse(await (await api(server, `${BASE}/comment-matrix`, { as: "coordinator" })).json());
}

describe("exports", () => {
  it("gives a member their organisation's draft as a Word file with tracked changes by the organisation", async () => {
    const server = await demoServer();
    const response = await api(server, `${BASE}/organisations/open-networks/package?format=docx&discussion=false`, { as: "member" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(DOCX_TYPE);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="ict-security-open-networks-draft.docx"; filename*=UTF-8''ict-security-open-networks-draft.docx`,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = (await mammoth.extractRawText({ buffer: bytes })).value;
    expect(text).toContain("DRAFT: not submitted");
    expect(text).toContain("Paragraph 38");
    const documentXml = (await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string")) ?? "";
    expect(documentXml).toMatch(/<w:ins [^>]*w:author="Open Networks Alliance"/);
    expect(documentXml).not.toContain("drafting team");
  });

  it("refuses an unknown format and an organisation outside the consultation", async () => {
    const server = await demoServer();
    expect((await api(server, `${BASE}/organisations/open-networks/package?format=exe`, { as: "member" })).status).toBe(400);
    expect((await api(server, `${BASE}/organisations/nobody/package?format=json`, { as: "coordinator" })).status).toBe(404);
  });

  it("builds the coalition package with progress: every organisation's files and the comment matrix", async () => {
    const server = await demoServer();
    const started = await api(server, `${BASE}/exports`, { as: "coordinator", method: "POST", body: JSON.stringify({ formats: ["docx", "csv"] }) });
    expect(started.status).toBe(202);
    const { job, seen } = await pollUntilFinished(server, ExportJob.parse(await started.json()).id);
    expect(job).toMatchObject({ state: "done", done: 5, total: 5, fileName: "ict-security-coalition-draft.zip" });
    expect(seen.at(-1)).toBe(5);
    expect((await api(server, `${BASE}/exports/${job.id}`, { as: "lead" })).status).toBe(403);

    const download = await api(server, `${BASE}/exports/${job.id}/file`, { as: "coordinator" });
    expect(download.headers.get("content-type")).toBe("application/zip");
    const zip = await JSZip.loadAsync(Buffer.from(await download.arrayBuffer()));
    expect(Object.keys(zip.files).sort()).toEqual([
      "comment-matrix.docx",
      "comment-matrix.xlsx",
      ...["digital-rights", "industry-forum", "open-networks"].flatMap((id) => [`packages/ict-security-${id}-draft.csv`, `packages/ict-security-${id}-draft.docx`]),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await zip.file("comment-matrix.xlsx")?.async("arraybuffer")) ?? new ArrayBuffer(0));
    const sheet = workbook.getWorksheet("Comment matrix");
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      "Organisation",
      "Paragraph number",
      "Clause / section",
      "Paragraph text",
      "Type of comment",
      "Comment",
      "Proposed change",
      "Observations of the secretariat",
    ]);
    const numbers: number[] = [];
    sheet?.eachRow((row, index) => index > 1 && numbers.push(Number(row.getCell(2).value)));
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it("cancels a running coalition export", async () => {
    const server = await demoServer();
    const started = await api(server, `${BASE}/exports`, { as: "coordinator", method: "POST", body: JSON.stringify({ formats: ["pdf", "docx", "xlsx"] }) });
    const { id } = ExportJob.parse(await started.json());
    expect((await api(server, `${BASE}/exports/${id}`, { as: "coordinator", method: "DELETE" })).status).toBe(204);
    expect((await api(server, `${BASE}/exports/${id}`, { as: "coordinator" })).status).toBe(404);
    expect((await api(server, `${BASE}/exports/${id}/file`, { as: "coordinator" })).status).toBe(404);
  });
});

describe("importing a draft report", () => {
  it("previews a Word file, then replaces the report live for a connected editor and saves versions", async () => {
    const server = await demoServer();
    const editor = connectClient(server.collabUrl, `report:${DEMO_CONSULTATION_ID}`, server.people.editor.token);
    await synced(editor.provider);
    const file = await draftReportDocx();
    const send = (path: string) => api(server, `${BASE}/report/${path}?fileName=draft.docx`, { as: "coordinator", method: "POST", body: new Uint8Array(file), headers: { "Content-Type": DOCX_TYPE } });

    const preview = ReportImportPreview.parse(await (await send("import-preview")).json());
    // Its footnote is a footnote, not a sixth paragraph.
    expect(preview).toMatchObject({ format: "docx", paragraphCount: 5, firstNumber: "1", lastNumber: "40" });
    expect(preview.sections.map((section) => section.label)).toEqual(["A", "B", "H"]);
    expect(await reportNumbers(server)).toHaveLength(40);

    const imported = await send("import");
    expect(imported.status).toBe(200);
    const result = ImportResult.parse(await imported.json());
    await eventually(() => reportText(editor.report).includes("Ransomware groups increasingly target supply chains."), "the editor sees the import live");
    expect(await reportNumbers(server)).toEqual(["1", "2", "14", "14 bis", "40"]);
    // The file's paragraphs 1 and 40 share only their numbers with the report's: no stable id crosses to them.
    const ids = DocumentParagraphs.parse(await (await api(server, `/api/docs/report:${DEMO_CONSULTATION_ID}/paragraphs`, { as: "editor" })).json()).paragraphs.map((paragraph) => paragraph.id);
    expect(ids.filter((id) => id.startsWith("para-"))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    const versions = VersionList.parse(await (await api(server, `/api/docs/report:${DEMO_CONSULTATION_ID}/versions`, { as: "editor" })).json()).versions;
    expect(versions.slice(0, 2).map((version) => [version.kind, version.name])).toEqual([
      ["import", "Imported “draft.docx”"],
      ["import", "Before import"],
    ]);
    expect(versions[0]?.id).toBe(result.versionId);
    editor.provider.destroy();
  });

  it("detaches the comments when the imported text is unrelated, and says so in the preview", async () => {
    const server = await demoServer();
    const send = (path: string) => api(server, `${BASE}/report/${path}?fileName=draft.docx`, { as: "coordinator", method: "POST", body: new Uint8Array(file), headers: { "Content-Type": DOCX_TYPE } });
    const file = await draftReportDocx();
    const matrixBefore = await commentMatrix(server);
    const attached = matrixBefore.rows.flatMap((row) => row.comments.map((placed) => `${placed.organisationId}/${placed.comment.id}`));
    expect(attached.length).toBeGreaterThan(3);

    const { mapping } = ReportImportPreview.parse(await (await send("import-preview")).json());
    expect(mapping.paragraphs).toEqual({ kept: 0, reattached: 0, detached: 40 });
    expect(mapping.comments).toEqual({ kept: 0, reattached: 0, detached: attached.length });
    expect(mapping.affectedComments.map((affected) => `${affected.organisationId}/${affected.commentId}`).sort()).toEqual([...attached].sort());
    expect(mapping.affectedComments.find((affected) => affected.number === "40")).toMatchObject({ newNumber: null, outcome: "detached" });

    expect((await send("import")).status).toBe(200);
    const matrix = await commentMatrix(server);
    expect(matrix.rows.flatMap((row) => row.comments)).toEqual([]);
    expect(matrix.detached.map((placed) => `${placed.organisationId}/${placed.comment.id}`).sort()).toEqual(expect.arrayContaining([...attached].sort()));
  });

  it("keeps every id and comment when a lightly edited version of the same text is imported", async () => {
    const server = await demoServer();
    const current = DocumentParagraphs.parse(await (await api(server, `/api/docs/report:${DEMO_CONSULTATION_ID}/paragraphs`, { as: "editor" })).json()).paragraphs;
    // The secretariat's revision: typed numbers, a few words changed here and there, lists run into their paragraphs.
    const markdown = current
      .map((paragraph, index) => `${paragraph.number}. ${paragraph.text.replace(/\n/g, " ").replace(index % 3 === 0 ? /\bthe\b/ : /\band\b/, "our")}`)
      .join("\n\n");
    const send = (path: string) => api(server, `${BASE}/report/${path}?fileName=revised.md`, { as: "coordinator", method: "POST", body: markdown, headers: { "Content-Type": "text/markdown" } });
    const matrixBefore = await commentMatrix(server);

    const { mapping } = ReportImportPreview.parse(await (await send("import-preview")).json());
    expect(mapping.paragraphs).toEqual({ kept: 40, reattached: 0, detached: 0 });
    expect(mapping.affectedComments).toEqual([]);
    expect((await send("import")).status).toBe(200);

    const after = DocumentParagraphs.parse(await (await api(server, `/api/docs/report:${DEMO_CONSULTATION_ID}/paragraphs`, { as: "editor" })).json()).paragraphs;
    expect(after.map((paragraph) => paragraph.id)).toEqual(current.map((paragraph) => paragraph.id));
    const placed = (matrix: CommentMatrix) => matrix.rows.map((row) => [row.paragraph.id, row.comments.map((comment) => comment.comment.id)]);
    expect(placed(await commentMatrix(server))).toEqual(placed(matrixBefore));
  });

  it("changes nothing when the file is broken or of an unsupported kind", async () => {
    const server = await demoServer();
    const before = await reportNumbers(server);
    const versionsBefore = (await (await api(server, `/api/docs/report:${DEMO_CONSULTATION_ID}/versions`, { as: "editor" })).json()) as unknown;
    const broken = await api(server, `${BASE}/report/import?fileName=draft.docx`, { as: "coordinator", method: "POST", body: Buffer.from("PK\u0003\u0004garbage"), headers: { "Content-Type": DOCX_TYPE } });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { code: string } }).error.code).toBe("bad_request");
    const pdf = await api(server, `${BASE}/report/import?fileName=draft.pdf`, { as: "coordinator", method: "POST", body: "%PDF-1.4", headers: { "Content-Type": "application/pdf" } });
    expect(pdf.status).toBe(400);
    expect(((await pdf.json()) as { error: { code: string; message: string } }).error.message).toMatch(/^The PDF could not be read/);
    const doc = await api(server, `${BASE}/report/import?fileName=draft.doc`, { as: "coordinator", method: "POST", body: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 1]), headers: { "Content-Type": "application/msword" } });
    expect(doc.status).toBe(415);
    expect(((await doc.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
    expect(await reportNumbers(server)).toEqual(before);
    expect(await (await api(server, `/api/docs/report:${DEMO_CONSULTATION_ID}/versions`, { as: "editor" })).json()).toEqual(versionsBefore);
  });
});
