import PDFDocument from "pdfkit";
import { fontRuns, pdfFonts } from "../exports/pdfFonts";
import { diffBlocks, summaryLine, type DiffDocument } from "./diffBlocks";
import { FIXED_DATE } from "./diffDocx";

const COLOURS = { added: "#0b5d1e", removed: "#a50e0e", same: "#000000" } as const;

/**
 * A diff as PDF: insertions green and underlined, deletions red and struck through (so colour is
 * never the only sign), notes in grey. Unicode fonts (DejaVu, with fallbacks for Chinese and
 * emoji) write every script the report may be in. Fixed dates make the same diff give the same bytes.
 */
export function diffPdf(document: DiffDocument): Promise<Buffer> {
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
    pdf.fontSize(16);
    write(document.title, "bold", {});
    pdf.text("", { continued: false });
    pdf.fontSize(10).fillColor("#555555");
    write(`Changes from “${document.fromName}” to “${document.toName}”. ${summaryLine(document.diff)}.`, "regular", {});
    pdf.text("", { continued: false }).moveDown();
    for (const block of diffBlocks(document)) {
      const base = block.kind === "heading" ? "bold" : "regular";
      pdf.fontSize(block.kind === "heading" ? 13 : 10.5).fillColor(COLOURS.same);
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
