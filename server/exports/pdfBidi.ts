import { fontRuns, type PdfFonts } from "./pdfFonts";
import { isRightToLeft, visualOrder } from "./textDirection";

/** A word to draw, with its own look where it has one: a diff's colour, underline or strike. */
export interface PdfWord {
  text: string;
  colour?: string;
  underline?: boolean;
  strike?: boolean;
}

/** How a bidirectional block is laid out. */
export interface BidiLayout {
  /** From the right margin; else as most of its letters run. */
  rightToLeft?: boolean;
  bold?: boolean;
  /** From the start margin, for a block laid out from the left. */
  indent?: number;
  /** The colour of words that name none. */
  colour?: string;
}

/** A line's words, split at spaces, all in the block's look. */
export const plainWords = (text: string): PdfWord[] => text.split(/\s+/).filter(Boolean).map((word) => ({ text: word }));

/** The font that has a word's script: Chinese, Japanese and Korean, or emoji and symbols, else the base font. */
function fontOf(word: string, fonts: PdfFonts, bold: boolean): string {
  const role = fontRuns(word).find((run) => run.role !== null)?.role;
  return role ? fonts[role] : bold ? fonts.bold : fonts.regular;
}

/**
 * Writes a block that holds right-to-left words: wrapped here, and each visual line placed word
 * by word in the bidirectional algorithm's order (`visualOrder`), from the right margin when the
 * block runs right to left. PDFKit shapes each word (joining Arabic letters, right to left) but
 * would lay the words out left to right. Each word is drawn in the font that has its script, so
 * a Chinese name inside an Arabic line keeps its characters.
 */
export function writeBidirectional(pdf: PDFKit.PDFDocument, fonts: PdfFonts, words: readonly PdfWord[], layout: BidiLayout = {}): void {
  const rightToLeft = layout.rightToLeft ?? isRightToLeft(words.map((word) => word.text).join(" "));
  const bold = layout.bold ?? false;
  const base = bold ? fonts.bold : fonts.regular;
  const colour = layout.colour ?? "black";
  const margin = pdf.page.margins.left;
  const left = margin + (rightToLeft ? 0 : (layout.indent ?? 0));
  const width = pdf.page.width - pdf.page.margins.right - left;
  const space = pdf.font(base).widthOfString(" ");
  const widthOf = (word: PdfWord) => pdf.font(fontOf(word.text, fonts, bold)).widthOfString(word.text);

  const lines: { words: PdfWord[]; width: number }[] = [{ words: [], width: 0 }];
  for (const word of words) {
    const wordWidth = widthOf(word);
    const current = lines.at(-1) ?? { words: [], width: 0 };
    if (current.words.length > 0 && current.width + space + wordWidth > width) {
      lines.push({ words: [word], width: wordWidth });
    } else {
      current.width += (current.words.length > 0 ? space : 0) + wordWidth;
      current.words.push(word);
    }
  }
  for (const line of lines) {
    pdf.font(base);
    if (pdf.y + pdf.currentLineHeight(true) > pdf.page.height - pdf.page.margins.bottom) {
      pdf.addPage();
    }
    const y = pdf.y;
    let x = rightToLeft ? left + width - line.width : left;
    for (const word of visualOrder(line.words, rightToLeft, (each) => each.text)) {
      const wordWidth = widthOf(word);
      pdf.fillColor(word.colour ?? colour).text(word.text, x, y, { lineBreak: false, underline: word.underline ?? false, strike: word.strike ?? false });
      x += wordWidth + space;
    }
    pdf.font(base);
    pdf.x = margin;
    pdf.y = y + pdf.currentLineHeight(true);
  }
  pdf.fillColor(colour);
}
