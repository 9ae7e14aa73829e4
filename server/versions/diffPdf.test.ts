import { afterEach, describe, expect, it, vi } from "vitest";
import { diffReport } from "../../shared/diff/diffReport";
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
});
