import PDFDocument from "pdfkit";
import { diffBlocks, summaryLine, type DiffDocument } from "./diffBlocks";
import { FIXED_DATE } from "./diffDocx";

const COLOURS = { added: "#0b5d1e", removed: "#a50e0e", same: "#000000" } as const;

/**
 * A diff as PDF: insertions green and underlined, deletions red and struck through (so colour is
 * never the only sign), notes in italics. Fixed dates make the same diff give the same bytes.
 */
export function diffPdf(document: DiffDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: "A4", margin: 56, info: { Title: document.title, Author: "Parley", Creator: "Parley", Producer: "Parley", CreationDate: FIXED_DATE, ModDate: FIXED_DATE } });
    const chunks: Buffer[] = [];
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
    pdf.font("Helvetica-Bold").fontSize(16).text(document.title);
    pdf.font("Helvetica-Oblique").fontSize(10).text(`Changes from “${document.fromName}” to “${document.toName}”. ${summaryLine(document.diff)}.`).moveDown();
    for (const block of diffBlocks(document)) {
      const lead = block.kind === "heading" ? "" : `${block.number}. `;
      pdf.font(block.kind === "heading" ? "Helvetica-Bold" : "Helvetica").fontSize(block.kind === "heading" ? 13 : 10.5);
      pdf.fillColor(COLOURS.same).text(lead, { continued: true });
      if (block.notes.length > 0) {
        pdf.font("Helvetica-Oblique").text(`[${block.notes.join("; ")}] `, { continued: true }).font(block.kind === "heading" ? "Helvetica-Bold" : "Helvetica");
      }
      for (const part of block.parts) {
        pdf.fillColor(COLOURS[part.change]).text(part.text, { continued: true, underline: part.change === "added", strike: part.change === "removed" });
      }
      pdf.fillColor(COLOURS.same).text(" ", { continued: false, underline: false, strike: false }).moveDown(0.5);
    }
    pdf.end();
  });
}
