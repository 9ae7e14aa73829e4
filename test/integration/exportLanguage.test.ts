import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { ErrorBody } from "../../shared/api/errors";
import { ExportJob } from "../../shared/api/exports";
import { Receipt } from "../../shared/api/submissions";
import { RestoredVersion } from "../../shared/api/versions";
import { reportDocumentName } from "../../shared/collab/documentNames";
import { seedDemoComments } from "../../server/demo/demoComments";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { api, startServer, type TestServer } from "../helpers/startServer";

const BASE = `/api/consultations/${DEMO_CONSULTATION_ID}`;
const PACKAGE = `${BASE}/organisations/open-networks/package`;
const DIFF = `/api/docs/${reportDocumentName(DEMO_CONSULTATION_ID)}/diff/export`;

async function demoServer(): Promise<TestServer> {
  const server = await startServer();
  seedDemoComments(server.parley.deps.documents, DEMO_CONSULTATION_ID);
  return server;
}

const text = async (response: Response) => {
  expect(response.status).toBe(200);
  return response.text();
};

/** A 400 answered as `{ error: { code, message } }`, naming the field. */
async function expectBadLang(response: Response): Promise<void> {
  expect(response.status).toBe(400);
  expect(response.headers.get("content-type")).toContain("application/json");
  const body = ErrorBody.parse(await response.json());
  expect(body.error.code).toBe("bad_request");
  expect(body.error.message).toMatch(/^lang: /);
}

describe("the language of exported files, over HTTP", () => {
  it("renders a package's labels in the language asked for, English when none is, and refuses any other", async () => {
    const server = await demoServer();
    const french = await text(await api(server, `${PACKAGE}?format=md&lang=fr`, { as: "member" }));
    expect(french).toContain("# Commentaires de Open Networks Alliance");
    expect(french).toContain("**PROJET\u00a0: non soumis**");
    expect(french).toMatch(/### Paragraphe 38\u00a0: /);
    expect(french).not.toContain("Paragraph 38");

    const english = await text(await api(server, `${PACKAGE}?format=md`, { as: "member" }));
    expect(english).toContain("**DRAFT: not submitted**");
    expect(english).toMatch(/### Paragraph 38: /);

    const arabic = Buffer.from(await (await api(server, `${PACKAGE}?format=docx&lang=ar`, { as: "member" })).arrayBuffer());
    const xml = (await (await JSZip.loadAsync(arabic)).file("word/document.xml")?.async("string")) ?? "";
    expect(xml.split("</w:p>").find((paragraph) => paragraph.includes("الفقرة 38"))).toContain("<w:bidi/>");

    await expectBadLang(await api(server, `${PACKAGE}?format=csv&lang=de`, { as: "member" }));
    await expectBadLang(await api(server, `${PACKAGE}?format=json&lang=`, { as: "member" }));
  });

  it("renders a report diff's legend and notes in the language asked for", async () => {
    const server = await startServer();
    const spanish = await text(await api(server, `${DIFF}?from=1&to=2&format=html&lang=es`, { as: "reviewer" }));
    expect(spanish).toContain('<html lang="es" dir="ltr">');
    expect(spanish).toContain("Cambios de «");
    const russian = Buffer.from(await (await api(server, `${DIFF}?from=1&to=2&format=docx&lang=ru`, { as: "reviewer" })).arrayBuffer());
    expect((await mammoth.extractRawText({ buffer: russian })).value).toContain("5 (ранее 6). ");
    await expectBadLang(await api(server, `${DIFF}?from=1&to=2&format=pdf&lang=english`, { as: "reviewer" }));
  });

  it("names the versions Parley saved itself in the file's language", async () => {
    const server = await startServer();
    const restoring = await api(server, `/api/docs/${reportDocumentName(DEMO_CONSULTATION_ID)}/versions/1/restore`, { as: "coordinator", method: "POST" });
    const { before } = RestoredVersion.parse(await restoring.json());
    const french = await text(await api(server, `${DIFF}?from=${before.id}&to=current&format=html&lang=fr`, { as: "reviewer" }));
    expect(french).toContain("«\u00a0Avant restauration\u00a0»");
    expect(french).toContain("«\u00a0Texte actuel\u00a0»");
    expect(french).not.toContain("Before restore");
  });

  it("builds the coalition package in the language of the job", async () => {
    const server = await demoServer();
    const refused = await api(server, `${BASE}/exports`, { as: "coordinator", method: "POST", body: JSON.stringify({ formats: ["md"], lang: "xx" }) });
    expect(refused.status).toBe(400);
    const started = await api(server, `${BASE}/exports`, { as: "coordinator", method: "POST", body: JSON.stringify({ formats: ["md"], lang: "zh" }) });
    let job = ExportJob.parse(await started.json());
    for (let attempt = 0; job.state === "running" && attempt < 200; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      job = ExportJob.parse(await (await api(server, `${BASE}/exports/${job.id}`, { as: "coordinator" })).json());
    }
    expect(job.state).toBe("done");
    const zip = await JSZip.loadAsync(Buffer.from(await (await api(server, `${BASE}/exports/${job.id}/file`, { as: "coordinator" })).arrayBuffer()));
    expect(await zip.file("packages/ict-security-open-networks-draft.md")?.async("string")).toContain("第38段：");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await zip.file("comment-matrix.xlsx")?.async("nodebuffer")) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["评论汇总表"]);
  });

  it("freezes a submission's files in the submitter's language, records it, and serves those bytes", async () => {
    const server = await demoServer();
    const submit = async (body?: unknown) => {
      const response = await api(server, `${BASE}/organisations/open-networks/submit`, { as: "lead", method: "POST", ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      expect(response.status).toBe(201);
      return Receipt.parse(await response.json());
    };
    const markdownOf = async (receipt: Receipt) => {
      const file = receipt.files.find((each) => each.format === "md");
      const bytes = Buffer.from(await (await api(server, file?.path ?? "", { as: "coordinator" })).arrayBuffer());
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(file?.sha256);
      return bytes.toString("utf8");
    };

    const plain = await submit();
    expect(plain.language).toBe("en");
    expect(await markdownOf(plain)).toMatch(/### Paragraph 38: /);

    const french = await submit({ lang: "fr" });
    expect(french.language).toBe("fr");
    const frozen = await markdownOf(french);
    expect(frozen).toMatch(/### Paragraphe 38\u00a0: /);
    expect(frozen).not.toContain("PROJET");
    // The receipt read later states the same language, and the file is the same bytes.
    const again = Receipt.parse(await (await api(server, `${BASE}/organisations/open-networks/submissions/${french.submissionId}/receipt`, { as: "coordinator" })).json());
    expect(again).toMatchObject({ language: "fr", files: french.files });
    expect(await markdownOf(again)).toBe(frozen);

    const refused = await api(server, `${BASE}/organisations/open-networks/submit`, { as: "lead", method: "POST", body: JSON.stringify({ lang: "de" }) });
    await expectBadLang(refused);
  });

  it("describes the lang parameter and the optional submit body in the OpenAPI document", async () => {
    const server = await startServer();
    const spec = (await (await api(server, "/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, { parameters: { name: string; schema: { enum?: string[] } }[]; requestBody?: { required: boolean } }>>;
    };
    for (const path of ["/api/consultations/{id}/organisations/{organisationId}/package", "/api/docs/{docName}/diff/export"]) {
      expect(spec.paths[path]?.get?.parameters.find((parameter) => parameter.name === "lang")?.schema.enum).toEqual(["ar", "zh", "en", "fr", "ru", "es"]);
    }
    expect(spec.paths["/api/consultations/{id}/organisations/{organisationId}/submit"]?.post?.requestBody?.required).toBe(false);
    expect(spec.paths["/api/consultations/{id}/exports"]?.post?.requestBody?.required).toBe(true);
  });
});
