import { isRightToLeftLocale } from "../../shared/i18n/locales";
import { exportLabels } from "../exports/labels/exportLabels";
import { fontRuns, pdfFonts } from "../exports/pdfFonts";
import { plainWords, writeBidirectional, type BidiLayout, type PdfWord } from "../exports/pdfBidi";
import { hasRightToLeft } from "../exports/textDirection";
import { diffBlocks, introLine, type DiffDocument } from "./diffBlocks";
import { FIXED_DATE } from "./diffDocx";

const COLOURS = { added: "#0b5d1e", removed: "#a50e0e", same: "#000000" } as const;

/** A word of a diff in its change's look: green and underlined when added, red and struck through when removed. */
const changedWord = (text: string, change: keyof typeof COLOURS): PdfWord => ({ text, colour: COLOURS[change], underline: change === "added", strike: change === "removed" });

/**
 * A diff as PDF: insertions green and underlined, deletions red and struck through (so colour is
 * never the only sign), notes in grey. Unicode fonts (DejaVu, with fallbacks for Chinese and
 * emoji) write every script the report may be in. Fixed dates make the same diff give the same bytes.
 * Labels are in the document's language; any line holding Arabic (a label, a title, the text)
 * goes through `writeBidirectional`, and in Arabic the opening line runs from the right.
 */
export async function diffPdf(document: DiffDocument): Promise<Buffer> {
  const labels = exportLabels(document.locale);
  // Loaded on the first PDF, not at every server start.
  const { default: PDFDocument } = await import("pdfkit");
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: "A4", margin: 56, info: { Title: document.title, Author: "Parley", Creator: "Parley", Producer: "Parley", CreationDate: FIXED_DATE, ModDate: FIXED_DATE } });
    const chunks: Buffer[] = [];
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
    const fonts = pdfFonts();
    for (const [name, file] of Object.entries(fonts)) {
      pdf.registerFont(name, file);
    }
    // Writes text in runs, each in the font that has its script; `base` is regular or bold.
    const write = (text: string, base: "regular" | "bold", options: PDFKit.Mixins.TextOptions) => {
      for (const run of fontRuns(text)) {
        pdf.font(run.role ?? base).text(run.text, { ...options, continued: true });
      }
    };
    // A line of the file's own: drawn from the right when it holds Arabic, else in font runs.
    const writeLine = (text: string, base: "regular" | "bold", layout: BidiLayout) => {
      if (hasRightToLeft(text)) {
        writeBidirectional(pdf, fonts, plainWords(text), { colour: COLOURS.same, ...layout, bold: base === "bold" });
        return;
      }
      write(text, base, {});
      // Ends the line with a space, not "": PDFKit skips an empty string, and the cursor would
      // stay on the title's last line, so the summary was printed over it.
      pdf.text(" ", { continued: false });
    };
    pdf.fontSize(16);
    writeLine(document.title, "bold", {});
    pdf.fontSize(10).fillColor("#555555");
    writeLine(introLine(document, labels), "regular", { rightToLeft: isRightToLeftLocale(document.locale) || undefined, colour: "#555555" });
    pdf.moveDown();
    for (const block of diffBlocks(document, labels)) {
      const base = block.kind === "heading" ? "bold" : "regular";
      pdf.fontSize(block.kind === "heading" ? 13 : 10.5).fillColor(COLOURS.same);
      if (block.parts.some((part) => hasRightToLeft(part.text)) || block.notes.some(hasRightToLeft)) {
        const number: PdfWord[] = block.kind === "heading" ? [] : [{ text: `${block.number}.` }];
        const notes: PdfWord[] = block.notes.length > 0 ? [{ text: `[${block.notes.join("; ")}]` }] : [];
        const words = block.parts.flatMap((part) => part.text.split(/\s+/).filter(Boolean).map((text) => changedWord(text, part.change)));
        writeBidirectional(pdf, fonts, [...number, ...notes, ...words], { bold: base === "bold", colour: COLOURS.same });
        pdf.moveDown(0.5);
        continue;
      }
      write(block.kind === "heading" ? "" : `${block.number}. `, base, {});
      if (block.notes.length > 0) {
        pdf.fillColor("#555555");
        write(`[${block.notes.join("; ")}] `, "regular", {});
      }
      for (const part of block.parts) {
        pdf.fillColor(COLOURS[part.change]);
        write(part.text, base, { underline: part.change === "added", strike: part.change === "removed" });
      }
      pdf.fillColor(COLOURS.same).text(" ", { continued: false, underline: false, strike: false }).moveDown(0.5);
    }
    pdf.end();
  });
}
