import JSZip from "jszip";
import { afterEach, describe, expect, it, vi } from "vitest";
import { diffReport } from "../../shared/diff/diffReport";
import type { Locale } from "../../shared/i18n/locales";
import type { DiffDocument } from "./diffBlocks";
import { DIFF_EXPORTS } from "./diffExports";
import { placedAt, recordPdfText } from "../../test/helpers/pdfText";

const paragraph = (id: string, number: string, text: string) => ({ id, number, section: null, text });

/** Paragraph 2 is new, so every format writes an "Added" note; paragraph 1 changes a word. */
function document(locale: Locale): DiffDocument {
  const older = { headings: [], paragraphs: [paragraph("p-1", "1", "States met twice.")] };
  const newer = { headings: [], paragraphs: [paragraph("p-1", "1", "States met three times."), paragraph("p-2", "2", "A new paragraph.")] };
  return { title: "Report", fromName: "Zero draft", toName: "Current", diff: diffReport(older, newer), headings: [], locale };
}

const html = async (locale: Locale) => (await DIFF_EXPORTS.html.render(document(locale))).toString("utf8");

async function docxXml(locale: Locale): Promise<string> {
  const zip = await JSZip.loadAsync(await DIFF_EXPORTS.docx.render(document(locale)));
  return (await zip.file("word/document.xml")?.async("string")) ?? "";
}

describe("diff files in a language", () => {
  afterEach(() => vi.restoreAllMocks());

  it("en: the wording they always had", async () => {
    const page = await html("en");
    expect(page).toContain('<html lang="en" dir="ltr">');
    expect(page).toContain("Changes from “Zero draft” to “Current”. 1 changed, 1 added, 0 removed, 0 moved, 0 split, 0 merged, 0 headings changed.");
    expect(page).toContain('<span class="note">Added</span>');
  });

  it("html: French legend, notes and counts, and the page's lang", async () => {
    const page = await html("fr");
    expect(page).toContain('<html lang="fr" dir="ltr">');
    expect(page).toContain("Modifications de «\u00a0Zero draft\u00a0» à «\u00a0Current\u00a0». Modifiés\u00a0: 1, ajoutés\u00a0: 1");
    expect(page).toContain('<span class="note">Ajouté</span>');
    expect(page).not.toContain("Added");
  });

  it("html: an Arabic page runs right to left", async () => {
    const page = await html("ar");
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('<span class="note">أُضيفت</span>');
  });

  it("docx: Chinese notes; the Arabic opening line is a right-to-left paragraph, the English text is not", async () => {
    expect(await docxXml("zh")).toContain("[新增]");
    const xml = await docxXml("ar");
    const paragraphs = xml.split("</w:p>");
    expect(paragraphs.find((each) => each.includes("التغييرات من"))).toContain("<w:bidi/>");
    expect(paragraphs.find((each) => each.includes("A new paragraph."))).not.toContain("<w:bidi/>");
    expect(xml).toContain("[أُضيفت]");
  });

  it("pdf: the Arabic opening line is drawn from the right, word by word", async () => {
    const drawn = recordPdfText();
    const bytes = await DIFF_EXPORTS.pdf.render(document("ar"));
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const placed = placedAt(drawn);
    const x = (word: string) => placed.get(word) ?? Number.NaN;
    // "التغييرات من «Zero draft» إلى «Current»": the first word furthest right.
    expect(x("التغييرات")).toBeGreaterThan(x("من"));
    expect(x("من")).toBeGreaterThan(x("إلى"));
    // The note on the new paragraph is drawn too, as one bracketed word.
    expect(placed.has("[أُضيفت]")).toBe(true);
  });
});
