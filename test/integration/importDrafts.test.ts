import { describe, expect, it } from "vitest";
import { DocumentParagraphs } from "../../shared/api/documents";
import { ImportPreview } from "../../shared/api/exports";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { DRAFT_OUTLINE } from "../fixtures/draftReport";
import { draftReportOdt } from "../fixtures/draftReportFiles";
import { draftReportPdf } from "../fixtures/draftReportPdf";
import { api, startServer } from "../helpers/startServer";

const BASE = `/api/consultations/${DEMO_CONSULTATION_ID}`;

describe("importing the drafts people receive, over HTTP", () => {
  it.each([
    ["a PDF", "draft.pdf", "application/pdf", draftReportPdf],
    ["an OpenDocument text", "draft.odt", "application/vnd.oasis.opendocument.text", draftReportOdt],
  ])("previews and imports %s with its sections, numbers and footnotes", async (_name, fileName, contentType, make) => {
    const server = await startServer();
    const body = new Uint8Array(await make());
    const preview = ImportPreview.parse(
      await (await api(server, `${BASE}/report/import-preview?fileName=${fileName}`, { as: "coordinator", method: "POST", body, headers: { "Content-Type": contentType } })).json(),
    );
    expect(preview.sections.map((section) => section.label)).toEqual(DRAFT_OUTLINE.sections.map((section) => section.label));
    expect([preview.paragraphCount, preview.firstNumber, preview.lastNumber]).toEqual([13, "1", "13"]);

    const imported = await api(server, `${BASE}/report/import?fileName=${fileName}`, { as: "coordinator", method: "POST", body, headers: { "Content-Type": contentType } });
    expect(imported.status).toBe(200);
    const { paragraphs } = DocumentParagraphs.parse(await (await api(server, `/api/docs/report:${DEMO_CONSULTATION_ID}/paragraphs`, { as: "editor" })).json());
    expect(paragraphs.map((paragraph) => paragraph.number)).toEqual(DRAFT_OUTLINE.numbers);
    expect(paragraphs.map((paragraph) => paragraph.text).join("\n")).not.toMatch(/annex to this report|Advance version/);
  });
});
