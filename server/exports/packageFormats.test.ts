import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import type { PackageFormatId } from "../../shared/api/exports";
import { SubmissionPackage } from "../../shared/submission/submissionPackage";
import { HOSTILE_COMMENT, samplePackage, UNICODE_SAMPLES } from "../../test/fixtures/samplePackage";
import { PACKAGE_FORMATS, packageFormat } from "./packageFormats";

/** Reads a rendered file back with a real reader, as the text a person would see. */
const READERS: Record<PackageFormatId, (bytes: Buffer) => Promise<string>> = {
  json: (bytes) => Promise.resolve(bytes.toString("utf8")),
  md: (bytes) => Promise.resolve(bytes.toString("utf8")),
  csv: (bytes) => Promise.resolve((parseCsv(bytes, { bom: true }) as string[][]).flat().join("\n")),
  docx: async (bytes) => (await mammoth.extractRawText({ buffer: bytes })).value,
  xlsx: async (bytes) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const texts: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value)))));
    return texts.join("\n");
  },
  pdf: async (bytes) => {
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    return text;
  },
};

/** PDF text comes back with Arabic in presentation forms and lines joined; compare letters only. */
const letters = (text: string) => text.normalize("NFKC").replace(/[\s\u200c-\u200f]+/g, "");

describe("package formats", () => {
  const pkg = samplePackage();

  it("registers every format the API offers", () => {
    expect([...PACKAGE_FORMATS.keys()].sort()).toEqual(["csv", "docx", "json", "md", "pdf", "xlsx"]);
  });

  it.each([...PACKAGE_FORMATS.keys()])("%s: reads back with every comment's paragraph number, its text and every script", async (id) => {
    const text = await READERS[id](await packageFormat(id).render(pkg, "en"));
    for (const sample of Object.values(UNICODE_SAMPLES)) {
      if (id === "pdf") {
        // Arabic is written word by word from the right; each word must survive.
        for (const word of sample.split(" ")) {
          expect(letters(text), `${id}: ${word}`).toContain(letters(word));
        }
      } else {
        expect(text, `${id}: ${sample}`).toContain(sample);
      }
    }
    expect(text).toContain("40 bis");
    expect(id === "pdf" ? letters(text) : text).toContain(id === "pdf" ? letters("without delay and in confidence") : "without delay and in confidence");
    expect(text).toContain(id === "json" ? "para-gone" : "A paragraph the editors removed.");
    expect(text).not.toContain("Private Person");
  });

  it.each([...PACKAGE_FORMATS.keys()])("%s: the same package renders to the same bytes", async (id) => {
    const format = packageFormat(id);
    const first = await format.render(pkg, "en");
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await format.render(samplePackage(), "en")).equals(first)).toBe(true);
  });

  it("json: parses back into an equal package", async () => {
    const bytes = await packageFormat("json").render(pkg, "en");
    expect(SubmissionPackage.parse(JSON.parse(bytes.toString("utf8")))).toEqual(pkg);
  });

  it("docx: the amendment is Word tracked changes by the organisation, and the properties name nobody", async () => {
    const zip = await JSZip.loadAsync(await packageFormat("docx").render(pkg, "en"));
    const documentXml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(documentXml).toMatch(/<w:ins [^>]*w:author="Open Networks Alliance"/);
    expect(documentXml).toMatch(/<w:del [^>]*w:author="Open Networks Alliance"/);
    expect(documentXml).toContain("<w:delText");
    expect(documentXml).toMatch(/<w:delText[^>]*>in<\/w:delText>|<w:delText[^>]*>in a timely manner<\/w:delText>|timely/);
    const core = (await zip.file("docProps/core.xml")?.async("string")) ?? "";
    expect(core).toContain("<dc:creator>Open Networks Alliance</dc:creator>");
    expect(core).toContain("2026-02-01T12:00:00Z");
    expect(core).not.toContain("Private Person");
    const header = Object.keys(zip.files).find((name) => /word\/header\d*\.xml/.test(name));
    expect(await zip.file(header ?? "")?.async("string")).toContain("DRAFT");
  });

  it("csv and xlsx: a formula-like comment stays text, with the apostrophe in CSV only (an XLSX string cell is never a formula)", async () => {
    const rows = parseCsv(await packageFormat("csv").render(pkg, "en"), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row.Comment?.includes("HYPERLINK"))?.Comment).toBe(`'${HOSTILE_COMMENT}`);
    expect(rows.every((row) => row.State === "draft")).toBe(true);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await packageFormat("xlsx").render(pkg, "en")) as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    workbook.getWorksheet("Comments")?.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const hostile = cells.find((cell) => String(cell.value).includes("HYPERLINK"));
    expect(hostile?.type).toBe(ExcelJS.ValueType.String);
    expect(hostile?.value).toBe(HOSTILE_COMMENT);
    expect(cells.some((cell) => cell.type === ExcelJS.ValueType.Formula)).toBe(false);
    expect(workbook.creator).toBe("Open Networks Alliance");
  });

  it("md: HTML in a comment is shown as text, never as markup", async () => {
    const markdown = (await packageFormat("md").render(pkg, "en")).toString("utf8");
    expect(markdown).not.toContain("<script>");
    expect(markdown).toContain("\\<script\\>");
    expect(markdown).toContain("**DRAFT: not submitted**");
  });
});
