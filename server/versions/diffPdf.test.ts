import { afterEach, describe, expect, it, vi } from "vitest";
import { diffReport } from "../../shared/diff/diffReport";
import { pdfFonts } from "../exports/pdfFonts";
import { diffPdf } from "./diffPdf";
import { placedAt, recordPdfText } from "../../test/helpers/pdfText";

const paragraph = (text: string) => ({ id: "p-1", number: "1", section: null, text });

describe("diffPdf", () => {
  afterEach(() => vi.restoreAllMocks());

  it("draws an Arabic paragraph from the right, keeping an English run's own order", async () => {
    // Where each word placed on its own is drawn from the left (PDF readers report whole lines in logical order instead).
    const drawn = recordPdfText();
    const older = { headings: [], paragraphs: [paragraph("ناقشت الدول ICT security norms بالتفصيل")] };
    const newer = { headings: [], paragraphs: [paragraph("ناقشت الدول ICT security norms بالتفصيل اليوم")] };
    const bytes = await diffPdf({ title: "Report", fromName: "Zero draft", toName: "Current", diff: diffReport(older, newer), headings: [], locale: "en" });
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");

    const placed = placedAt(drawn);
    const x = (word: string) => placed.get(word) ?? Number.NaN;
    // Right to left: the first Arabic word furthest right, the added one furthest left.
    expect(x("ناقشت")).toBeGreaterThan(x("الدول"));
    expect(x("الدول")).toBeGreaterThan(x("norms"));
    expect(x("بالتفصيل")).toBeLessThan(x("ICT"));
    expect(x("اليوم")).toBeLessThan(x("بالتفصيل"));
    // The English run reads left to right inside it.
    expect(x("ICT")).toBeLessThan(x("security"));
    expect(x("security")).toBeLessThan(x("norms"));
  });

  it("draws a Chinese word inside an Arabic line in the font that has its characters", async () => {
    const drawn = recordPdfText();
    const line = paragraph("رحّبت منظمة 数字权利 بالمقترح");
    await diffPdf({ title: "Report", fromName: "A", toName: "B", diff: diffReport({ headings: [], paragraphs: [line] }, { headings: [], paragraphs: [line] }), headings: [], locale: "ar" });
    const fontOf = (word: string) => drawn.find((each) => each.text === word && each.x !== null)?.font;
    expect(fontOf("数字权利")).toBeTruthy();
    expect(fontOf("منظمة")).toBeTruthy();
    expect(fontOf("数字权利")).not.toBe(fontOf("منظمة"));
  });

  it("starts the summary below the title, whether the title takes one line or several", async () => {
    const { default: PDFDocument } = await import("pdfkit");
    for (const title of ["Report", "تقرير الفريق العامل", "Initial pre-draft: consultation on the draft report of the open-ended working group on security in and of the use of ICTs"]) {
      // How tall the title is, set as the file sets it: 16 pt bold across an A4 page's text width.
      const measure = new PDFDocument({ size: "A4", margin: 56 });
      measure.registerFont("bold", pdfFonts().bold);
      const titleHeight = measure.font("bold").fontSize(16).heightOfString(title, { width: measure.page.width - 112 });
      const drawn = recordPdfText();
      const older = { headings: [], paragraphs: [paragraph("States met twice.")] };
      const newer = { headings: [], paragraphs: [paragraph("States met three times.")] };
      await diffPdf({ title, fromName: "Zero draft", toName: "Current", diff: diffReport(older, newer), headings: [], locale: "en" });
      const titleTop = drawn.find((each) => title.startsWith(each.text) && each.text.trim() !== "")?.y ?? Number.NaN;
      const summaryTop = drawn.find((each) => each.text.startsWith("Changes from"))?.y ?? Number.NaN;
      expect(titleHeight).toBeGreaterThan(15);
      expect(summaryTop).toBeGreaterThanOrEqual(titleTop + titleHeight - 1);
      vi.restoreAllMocks();
    }
  });
});
