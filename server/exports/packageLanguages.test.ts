import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Locale } from "../../shared/i18n/locales";
import { SAMPLE_REPORT, samplePackage } from "../../test/fixtures/samplePackage";
import { commentTable } from "./commentTable";
import { exportLabels } from "./labels/exportLabels";
import { matrixDocx, matrixXlsx } from "./matrixFiles";
import { packageFormat } from "./packageFormats";
import { visualOrder } from "./textDirection";
import { recordPdfText } from "../../test/helpers/pdfText";

/** What the sample package's files say in each language: the red-line amendment on paragraph 12, its section, the cover. */
const CASES: {
  locale: Locale;
  heading: string;
  section: string;
  appendix: string;
  deadline: string;
  draft: string;
  columns: string[];
  kind: string;
  sheets: string[];
  rightToLeft: boolean;
}[] = [
  {
    locale: "en",
    heading: "Paragraph 12: Amendment (Amend, red line)",
    section: "Section C",
    appendix: "Appendix: comments on paragraphs removed from the report",
    deadline: "Deadline: 2027-04-03 23:59",
    draft: "DRAFT: not submitted",
    columns: ["State", "Type of comment", "Paragraph removed"],
    kind: "Amendment",
    sheets: ["Comments", "About"],
    rightToLeft: false,
  },
  {
    locale: "fr",
    heading: "Paragraphe 12\u00a0: Amendement (Modification, ligne rouge)",
    section: "Section C",
    appendix: "Annexe\u00a0: commentaires sur des paragraphes supprimés du rapport",
    deadline: "Date limite\u00a0: 2027-04-03 23:59",
    draft: "PROJET\u00a0: non soumis",
    columns: ["État", "Type de commentaire", "Paragraphe supprimé"],
    kind: "Amendement",
    sheets: ["Commentaires", "À propos"],
    rightToLeft: false,
  },
  {
    locale: "ar",
    heading: "الفقرة 12: تعديل (تعديل، خط أحمر)",
    section: "الفرع C",
    appendix: "مرفق: تعليقات على فقرات حُذفت من التقرير",
    deadline: "الموعد النهائي: 2027-04-03 23:59",
    draft: "مسودة: لم تُقدَّم بعد",
    columns: ["الحالة", "نوع التعليق", "فقرة محذوفة"],
    kind: "تعديل",
    sheets: ["التعليقات", "معلومات"],
    rightToLeft: true,
  },
  {
    locale: "zh",
    heading: "第12段：修正（修改，红线）",
    section: "第C节",
    appendix: "附录：针对报告中已删除段落的评论",
    deadline: "截止日期：2027-04-03 23:59",
    draft: "草稿：尚未提交",
    columns: ["状态", "评论类型", "段落已删除"],
    kind: "修正",
    sheets: ["评论", "说明"],
    rightToLeft: false,
  },
];

/** English labels no other language's files may carry. */
const ENGLISH_ONLY = ["Paragraph 12", "General remarks", "Type of comment", "Cover note"];

const render = async (id: Parameters<typeof packageFormat>[0], locale: Locale) => packageFormat(id).render(samplePackage(), locale);

/** The `<w:p>` elements of a Word document's body holding a text. */
const paragraphsWith = (xml: string, text: string) => xml.split("</w:p>").filter((paragraph) => paragraph.includes(`>${text}</w:t>`));

async function documentXml(bytes: Buffer): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string")) ?? "";
}

describe.each(CASES)("the sample package in $locale", (expected) => {
  const { locale } = expected;
  const foreign = locale === "en" ? [] : ENGLISH_ONLY;
  afterEach(() => vi.restoreAllMocks());

  it("md: headings, cover and draft mark in the language", async () => {
    const markdown = (await render("md", locale)).toString("utf8");
    expect(markdown).toContain(`### ${expected.heading}`);
    expect(markdown).toContain(`## ${expected.section}`);
    expect(markdown).toContain(`## ${expected.appendix}`);
    expect(markdown).toContain(`- ${expected.deadline}`);
    expect(markdown).toContain(`**${expected.draft}**`);
    expect(markdown).toContain("Keep this paragraph.");
    foreign.forEach((english) => expect(markdown).not.toContain(english));
  });

  it("csv: column headers and values in the language, the data as written", async () => {
    const rows = parseCsv(await render("csv", locale), { bom: true, columns: true }) as Record<string, string>[];
    const [state, kind, removed] = expected.columns as [string, string, string];
    expect(Object.keys(rows[0] ?? {})).toEqual(expect.arrayContaining(expected.columns));
    expect(rows.map((row) => row[kind])).toContain(expected.kind);
    expect(rows.every((row) => row[state] === exportLabels(locale).stateWords.draft)).toBe(true);
    expect(rows.filter((row) => row[removed] === exportLabels(locale).yes)).toHaveLength(1);
    expect(rows.some((row) => Object.values(row).some((value) => value.includes("speed matters")))).toBe(true);
  });

  it("xlsx: sheet names and headers in the language, read back with exceljs", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await render("xlsx", locale)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(expected.sheets);
    const [comments, about] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    const headers = (comments.getRow(1).values as unknown[]).map(String);
    expect(headers).toEqual(expect.arrayContaining(expected.columns.slice(1)));
    expect((about.getColumn(1).values as unknown[]).map(String)).toContain(expected.deadline.split(/\u00a0?[:：]/)[0]);
    expect(comments.views[0]?.rightToLeft ?? false).toBe(expected.rightToLeft);
  });

  it("docx: the labels in document.xml, Arabic ones in right-to-left paragraphs, data in its own direction", async () => {
    const xml = await documentXml(await render("docx", locale));
    const [heading] = paragraphsWith(xml, expected.heading);
    expect(heading, "the comment heading").toBeDefined();
    expect(paragraphsWith(xml, expected.section)).not.toHaveLength(0);
    expect(xml).toContain(expected.draft);
    expect(heading?.includes("<w:bidi/>")).toBe(expected.rightToLeft);
    // An English comment stays left to right in every language's file.
    expect(paragraphsWith(xml, "Keep this paragraph.")[0]).not.toContain("<w:bidi/>");
    foreign.forEach((english) => expect(xml).not.toContain(english));
  });

  it("pdf: every label goes through the text writer; Arabic lines are reordered and set from the right", async () => {
    const calls = recordPdfText();
    const bytes = await render("pdf", locale);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    // Right-to-left lines are drawn word by word, in visual order; the others in runs of one font.
    const drawn = (label: string) => (expected.rightToLeft ? visualOrder(label.split(" "), true).join(" ") : label);
    const squash = (text: string) => text.replace(/\s+/g, "");
    const written = calls.map((call) => call.text).join(" ");
    for (const label of [expected.heading, expected.section, expected.appendix, expected.draft]) {
      expect(squash(written), label).toContain(squash(drawn(label)));
    }
    if (expected.rightToLeft) {
      // Set from the right: the heading's leftmost word starts well inside the page (A4 is 595 pt wide, margins 56).
      const leftmost = calls.find((call) => call.text === drawn(expected.heading).split(" ")[0] && call.x !== null);
      expect(leftmost?.x ?? 0).toBeGreaterThan(200);
    }
    foreign.forEach((english) => expect(written).not.toContain(english));
  });

  it("json: has no labels, so it is the same file in every language", async () => {
    expect((await render("json", locale)).equals(await render("json", "en"))).toBe(true);
  });
});

describe("the comment matrix in a language", () => {
  const rows = (locale: Locale) => commentTable(SAMPLE_REPORT, [samplePackage()], exportLabels(locale));
  const info = (locale: Locale) => ({ consultationTitle: "ICT security", author: exportLabels(locale).matrix.author, at: new Date("2026-02-01T12:00:00Z"), draft: true, locale });

  it("xlsx: the ISO/IEC columns and the comment types in French", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await matrixXlsx(rows("fr"), info("fr"))) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Matrice des commentaires");
    expect((sheet?.getRow(1).values as unknown[]).map(String)).toEqual(expect.arrayContaining(["Numéro de paragraphe", "Observations du secrétariat"]));
    expect(rows("fr").map((row) => row.type)).toContain("Amendement (Modification, ligne rouge)");
    expect(rows("fr").map((row) => row.section)).toContain("supprimé");
    expect(workbook.creator).toBe("Coalition");
  });

  it("docx: in Arabic the table runs from the right and the header cells are right to left", async () => {
    const xml = await documentXml(await matrixDocx(rows("ar"), info("ar")));
    expect(xml).toContain("<w:bidiVisual/>");
    expect(paragraphsWith(xml, "ملاحظات الأمانة")[0]).toContain("<w:bidi/>");
    expect(xml).toContain("مصفوفة التعليقات: ICT security (مسودة)");
    expect(await documentXml(await matrixDocx(rows("en"), info("en")))).not.toContain("<w:bidiVisual/>");
  });
});
