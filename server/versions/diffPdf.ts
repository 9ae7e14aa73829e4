import { isRightToLeftLocale } from "../../shared/i18n/locales";
import { exportLabels } from "../exports/labels/exportLabels";
import { fontRuns, pdfFonts } from "../exports/pdfFonts";
import { hasRightToLeft, isRightToLeft, visualOrder } from "../exports/textDirection";
import { diffBlocks, introLine, type DiffDocument } from "./diffBlocks";
import { FIXED_DATE } from "./diffDocx";

const COLOURS = { added: "#0b5d1e", removed: "#a50e0e", same: "#000000" } as const;

/** One word of a block and how it changed. */
interface Word {
  text: string;
  change: keyof typeof COLOURS;
}

/** How a bidirectional block is laid out: from the right (else as most of its letters run), and the colour of unchanged words. */
interface BlockLayout {
  rightToLeft?: boolean;
  colour?: string;
}

/**
 * Writes a block that holds right-to-left words: wrapped here, word by word, and each visual line
 * placed word by word in the bidirectional algorithm's order, from the right margin when most of
 * the block is right-to-left (or the layout says so). The PDF library shapes each word but would
 * lay them out left to right.
 */
function writeBidirectional(pdf: PDFKit.PDFDocument, words: Word[], font: string, layout: BlockLayout = {}): void {
  const text = words.map((word) => word.text).join(" ");
  const rightToLeft = layout.rightToLeft ?? isRightToLeft(text);
  pdf.font(font);
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const space = pdf.widthOfString(" ");
  const lines: Word[][] = [[]];
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = pdf.widthOfString(word.text);
    const current = lines.at(-1) ?? [];
    if (current.length > 0 && lineWidth + space + wordWidth > width) {
      lines.push([word]);
      lineWidth = wordWidth;
    } else {
      current.push(word);
      lineWidth += (current.length > 1 ? space : 0) + wordWidth;
    }
  }
  pdf.x = left;
  for (const line of lines) {
    const drawn = visualOrder(line, rightToLeft, (word) => word.text);
    const widths = drawn.map((word) => pdf.widthOfString(word.text));
    const total = widths.reduce((sum, each) => sum + each, 0) + space * Math.max(0, drawn.length - 1);
    if (pdf.y + pdf.currentLineHeight(true) > pdf.page.height - pdf.page.margins.bottom) {
      pdf.addPage();
    }
    const y = pdf.y;
    let x = rightToLeft ? left + width - total : left;
    drawn.forEach((word, index) => {
      pdf.fillColor(word.change === "same" ? (layout.colour ?? COLOURS.same) : COLOURS[word.change]).text(word.text, x, y, { lineBreak: false, underline: word.change === "added", strike: word.change === "removed" });
      x += (widths[index] ?? 0) + space;
    });
    pdf.x = left;
    pdf.y = y + pdf.currentLineHeight(true);
  }
  pdf.fillColor(COLOURS.same);
}

/** A line of plain words, for `writeBidirectional`. */
const plainWords = (text: string): Word[] => text.split(/\s+/).filter(Boolean).map((word) => ({ text: word, change: "same" }));

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
    const writeLine = (text: string, base: "regular" | "bold", layout: BlockLayout) => {
      if (hasRightToLeft(text)) {
        writeBidirectional(pdf, plainWords(text), base, layout);
        return;
      }
      write(text, base, {});
      pdf.text("", { continued: false });
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
        const number: Word[] = block.kind === "heading" ? [] : [{ text: `${block.number}.`, change: "same" }];
        const notes: Word[] = block.notes.length > 0 ? [{ text: `[${block.notes.join("; ")}]`, change: "same" }] : [];
        const words = block.parts.flatMap((part) => part.text.split(/\s+/).filter(Boolean).map((text) => ({ text, change: part.change })));
        writeBidirectional(pdf, [...number, ...notes, ...words], base);
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
