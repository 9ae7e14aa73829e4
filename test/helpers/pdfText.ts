import PDFDocument from "pdfkit";
import { vi } from "vitest";

/** One string PDFKit drew: where, when the call placed it itself, how it was aligned, and in which font. */
export interface DrawnText {
  text: string;
  x: number | null;
  /** Where the document's cursor stood when the call came: the top of the line it starts on. */
  y: number;
  align: unknown;
  /** The font's PostScript name, e.g. "DejaVuSans". */
  font: string | null;
}

/**
 * Records every string PDFKit draws from now on, still drawing it (undone by
 * `vi.restoreAllMocks()`). PDF readers report whole lines in logical order, so tests of
 * right-to-left layout look at what was drawn where instead.
 */
export function recordPdfText(): DrawnText[] {
  const drawn: DrawnText[] = [];
  const text = PDFDocument.prototype.text;
  vi.spyOn(PDFDocument.prototype, "text").mockImplementation(function (this: PDFKit.PDFDocument, ...args: unknown[]) {
    if (typeof args[0] === "string") {
      const options = args.find((arg) => typeof arg === "object" && arg !== null) as { align?: unknown } | undefined;
      const font = (this as unknown as { _font?: { name?: string } })._font?.name ?? null;
      drawn.push({ text: args[0], x: typeof args[1] === "number" ? args[1] : null, y: this.y, align: options?.align, font });
    }
    return (text as (...values: unknown[]) => PDFKit.PDFDocument).apply(this, args);
  });
  return drawn;
}

/** The x at which each string placed on its own was drawn (the last time, if more than once). */
export function placedAt(drawn: readonly DrawnText[]): Map<string, number> {
  return new Map(drawn.flatMap((each) => (each.x === null ? [] : [[each.text, each.x] as const])));
}
