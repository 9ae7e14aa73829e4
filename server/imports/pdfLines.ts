/** One line of text on a PDF page, in reading order, with what the block reader needs to know of it. */
export interface PdfLine {
  page: number;
  /** Distance of the baseline from the page's top, in points. */
  top: number;
  /** Distance from the page's left edge to the line's first character. */
  left: number;
  /** The font size of most of the line's characters. */
  size: number;
  /** The PDF font of most of the line's characters (an internal name: only equality means anything). */
  font: string;
  text: string;
  /** Raised, smaller numbers in the line: footnote markers, already written into `text` as "[n]". */
  markers: string[];
  /** The page's height, to tell the top and foot of a page. */
  pageHeight: number;
}

/** A text item as pdf.js gives it. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

interface Placed {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
}

const MARKER = /^[0-9]{1,3}$|^[*†‡§]$/;

function place(item: PdfTextItem): Placed {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  return { text: item.str, x, y, width: item.width, size: Math.round(Math.max(Math.hypot(a, b), Math.hypot(c, d)) * 10) / 10, font: item.fontName };
}

/** The value that covers most characters: the font size or font a line, or a document, is mostly in. */
export function dominant<T>(pairs: readonly (readonly [T, number])[]): T | undefined {
  const weights = new Map<T, number>();
  for (const [value, weight] of pairs) {
    weights.set(value, (weights.get(value) ?? 0) + weight);
  }
  return [...weights.entries()].sort((left, right) => right[1] - left[1])[0]?.[0];
}

/** Joins a line's items left to right, with a space where the PDF leaves a gap but no space character. */
function joinItems(items: readonly Placed[], size: number): string {
  let text = "";
  let end: number | null = null;
  for (const item of items) {
    const gap = end === null ? 0 : item.x - end;
    if (text && gap > size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.text)) {
      text += " ";
    }
    text += item.text;
    end = item.x + item.width;
  }
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The lines of one page from its text items: items on one baseline form a line; a short number
 * set smaller and above a line's baseline (a footnote marker) joins that line as "[n]".
 */
export function pageLines(items: readonly PdfTextItem[], page: number, pageHeight: number): PdfLine[] {
  const placed = items.map(place).filter((item) => item.text.trim() !== "" || item.width > 0);
  const rows: Placed[][] = [];
  for (const item of [...placed].sort((left, right) => right.y - left.y || left.x - right.x)) {
    const row = rows.find((candidate) => {
      const first = candidate[0];
      return first !== undefined && Math.abs(first.y - item.y) < Math.min(first.size, item.size) * 0.3;
    });
    if (row) {
      row.push(item);
    } else {
      rows.push([item]);
    }
  }
  // Raised small numbers become markers of the line just below them, or of the line they sit in.
  const markers = new Map<Placed[], Placed[]>();
  const lines = rows.filter((row) => {
    const text = row.map((item) => item.text).join("").trim();
    const size = Math.max(...row.map((item) => item.size));
    if (!MARKER.test(text)) {
      return true;
    }
    const host = rows.find((candidate) => {
      if (candidate === row) {
        return false;
      }
      const hostSize = dominant(candidate.map((item) => [item.size, item.text.length] as const)) ?? 0;
      const raisedBy = (row[0]?.y ?? 0) - (candidate[0]?.y ?? 0);
      return size < hostSize * 0.85 && raisedBy > 0 && raisedBy < hostSize * 0.8 && candidate.some((item) => item.text.trim() !== "");
    });
    if (!host) {
      return true;
    }
    markers.set(host, [...(markers.get(host) ?? []), ...row]);
    return false;
  });
  return lines
    .map((row) => {
      const size = dominant(row.map((item) => [item.size, item.text.length] as const)) ?? 0;
      const font = dominant(row.map((item) => [item.font, item.text.length] as const)) ?? "";
      const own = (markers.get(row) ?? []).filter((marker) => marker.text.trim() !== "");
      const withMarkers = [...row, ...own.map((marker) => ({ ...marker, text: `[${marker.text.trim()}]` }))].sort((left, right) => left.x - right.x);
      return {
        page,
        top: Math.round((pageHeight - (row[0]?.y ?? 0)) * 10) / 10,
        left: Math.min(...row.filter((item) => item.text.trim() !== "").map((item) => item.x)),
        size,
        font,
        text: joinItems(withMarkers, size),
        markers: own.map((marker) => marker.text.trim()),
        pageHeight,
      };
    })
    .filter((line) => line.text !== "");
}
