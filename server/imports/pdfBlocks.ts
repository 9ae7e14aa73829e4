import { ImportError, type ImportedBlock } from "./ImportedBlock";
import { dominant, pageLines, type PdfLine, type PdfTextItem } from "./pdfLines";

/** The top and foot of a page where running headers, footers and page numbers stand. */
const FURNITURE_TOP = 0.12;
const FURNITURE_FOOT = 0.9;
const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const ENDS_SENTENCE = /[.!?:;)"”’\]]$/;
const FOOTNOTE_START = /^\[([0-9]{1,3}|[*†‡§])\]\s*/;

/** Everything a reader of the PDF needs: its lines, page by page, in reading order. */
async function readLines(bytes: Buffer): Promise<PdfLine[]> {
  // pdf.js through unpdf, loaded on the first PDF import, not at every server start.
  const { getDocumentProxy } = await import("unpdf");
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (error) {
    throw new ImportError(400, `The PDF could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const lines: PdfLine[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const { height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items = content.items.filter((item): item is PdfTextItem & typeof item => "str" in item);
    lines.push(...pageLines(items, number, height));
  }
  await pdf.destroy();
  return lines;
}

const shape = (text: string) => text.replace(/\d+/g, "#").toLowerCase();
const inFurnitureBand = (line: PdfLine) => line.top < line.pageHeight * FURNITURE_TOP || line.top > line.pageHeight * FURNITURE_FOOT;

/** Running headers and footers (the same words at the top or foot of most pages) and page numbers. */
function furniture(lines: readonly PdfLine[]): Set<PdfLine> {
  const pages = new Set(lines.map((line) => line.page)).size;
  const pagesByShape = new Map<string, Set<number>>();
  for (const line of lines.filter(inFurnitureBand)) {
    const pagesOfShape = pagesByShape.get(shape(line.text)) ?? new Set<number>();
    pagesOfShape.add(line.page);
    pagesByShape.set(shape(line.text), pagesOfShape);
  }
  const repeated = (line: PdfLine) => pages >= 2 && (pagesByShape.get(shape(line.text))?.size ?? 0) >= Math.max(2, Math.ceil(pages / 2));
  return new Set(lines.filter((line) => inFurnitureBand(line) && (PAGE_NUMBER.test(line.text) || repeated(line))));
}

/** Footnotes: lines in smaller type below a page's text, each note starting with its "[n]" label. */
function footnoteLines(lines: readonly PdfLine[], bodySize: number): Set<PdfLine> {
  const notes = new Set<PdfLine>();
  const pages = new Set(lines.map((line) => line.page));
  for (const page of pages) {
    const onPage = lines.filter((line) => line.page === page).sort((left, right) => left.top - right.top);
    // From the foot up: small lines belong to the notes as long as one of them starts a note.
    let index = onPage.length - 1;
    const candidates: PdfLine[] = [];
    while (index >= 0 && (onPage[index]?.size ?? bodySize) < bodySize * 0.9) {
      candidates.push(onPage[index] as PdfLine);
      index -= 1;
    }
    if (candidates.some((line) => FOOTNOTE_START.test(line.text))) {
      candidates.forEach((line) => notes.add(line));
    }
  }
  return notes;
}

/** Joins a paragraph's lines, undoing a word hyphenated at a line's end. */
function joinLines(lines: readonly string[]): string {
  return lines.reduce((text, line) => (text === "" ? line : /[a-z]-$/.test(text) && /^[a-z]/.test(line) ? `${text.slice(0, -1)}${line}` : `${text} ${line}`), "");
}

interface Run {
  kind: "heading" | "paragraph";
  lines: PdfLine[];
}

/**
 * The blocks of a PDF: page furniture left out, lines gathered into paragraphs by the space
 * between them, a paragraph cut by a page break joined again, headings told by a larger size or
 * a font of their own on a short line, footnotes gathered at the end with their labels.
 */
export async function pdfBlocks(bytes: Buffer): Promise<ImportedBlock[]> {
  const all = await readLines(bytes);
  const skipped = furniture(all);
  const content = all.filter((line) => !skipped.has(line));
  const bodySize = dominant(content.map((line) => [line.size, line.text.length] as const)) ?? 0;
  const bodyFont = dominant(content.filter((line) => line.size === bodySize).map((line) => [line.font, line.text.length] as const)) ?? "";
  const notes = footnoteLines(content, bodySize);
  const body = content.filter((line) => !notes.has(line));
  if (body.length === 0) {
    throw new ImportError(400, "The PDF holds no text that can be read (a scanned document needs text recognition first).");
  }
  const spacing = typicalSpacing(body);
  const isHeading = (line: PdfLine) => line.size >= bodySize * 1.12 || (line.font !== bodyFont && line.size >= bodySize * 0.95 && line.text.length <= 160 && !ENDS_SENTENCE.test(line.text));

  const runs: Run[] = [];
  let previous: PdfLine | null = null;
  for (const line of body) {
    const kind = isHeading(line) ? "heading" : "paragraph";
    const current = runs.at(-1);
    const continues = current && previous && current.kind === kind && continuesRun(previous, line, kind, spacing);
    if (current && continues) {
      current.lines.push(line);
    } else {
      runs.push({ kind, lines: [line] });
    }
    previous = line;
  }

  const headingSizes = [...new Set(runs.filter((run) => run.kind === "heading").map((run) => run.lines[0]?.size ?? 0))].sort((left, right) => right - left);
  const blocks: ImportedBlock[] = runs.map((run) => {
    const text = joinLines(run.lines.map((line) => line.text));
    if (run.kind === "paragraph") {
      return { type: "paragraph", text };
    }
    const rank = headingSizes.indexOf(run.lines[0]?.size ?? 0);
    return { type: "heading", level: Math.min(3, rank + 1), text };
  });
  return [...blocks, ...footnotes([...notes].sort((left, right) => left.page - right.page || left.top - right.top))];
}

/** The usual distance between two lines of one paragraph. */
function typicalSpacing(lines: readonly PdfLine[]): number {
  const gaps: number[] = [];
  for (let index = 1; index < lines.length; index++) {
    const [above, below] = [lines[index - 1], lines[index]];
    if (above && below && above.page === below.page && below.top > above.top) {
      gaps.push(below.top - above.top);
    }
  }
  gaps.sort((left, right) => left - right);
  return gaps[Math.floor(gaps.length / 3)] ?? 14;
}

/** True when `line` goes on the paragraph or heading that `previous` is in. */
function continuesRun(previous: PdfLine, line: PdfLine, kind: Run["kind"], spacing: number): boolean {
  if (line.size !== previous.size || (kind === "heading" && line.font !== previous.font)) {
    return false;
  }
  if (line.page !== previous.page) {
    // Across a page break: the paragraph goes on when its sentence did not end, or the next line starts in lower case.
    return kind === "paragraph" && (!ENDS_SENTENCE.test(previous.text) || /^[a-z]/.test(line.text));
  }
  const gap = line.top - previous.top;
  // Larger type sets its lines further apart; an indented first line starts a new paragraph.
  return gap > 0 && gap <= Math.max(spacing, line.size * 1.2) * 1.3 && line.left <= previous.left + 8;
}

/** The notes gathered from every page's foot, each with its label. */
function footnotes(lines: readonly PdfLine[]): ImportedBlock[] {
  const result: { type: "footnote"; label: string; text: string }[] = [];
  for (const line of lines) {
    const start = FOOTNOTE_START.exec(line.text);
    const last = result.at(-1);
    if (start?.[1]) {
      result.push({ type: "footnote", label: start[1], text: line.text.slice(start[0].length) });
    } else if (last) {
      last.text = joinLines([last.text, line.text]);
    }
  }
  return result;
}
