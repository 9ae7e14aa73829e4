import { DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, TextRun, type ParagraphChild } from "docx";
import JSZip from "jszip";
import type { WordPart } from "../../shared/diff/ReportDiff";
import { isRightToLeftLocale } from "../../shared/i18n/locales";
import { exportLabels } from "../exports/labels/exportLabels";
import { isRightToLeft } from "../exports/textDirection";
import { diffBlocks, introLine, type DiffBlock, type DiffDocument } from "./diffBlocks";

/** Who Word says made the changes: the software, never a person. */
export const CHANGE_AUTHOR = "Parley";
/** The one date the file carries, in its metadata and every zip entry, so the same diff gives the same bytes. */
export const FIXED_DATE = new Date("2000-01-01T00:00:00Z");

function runs(parts: readonly WordPart[], nextId: () => number, date: string): ParagraphChild[] {
  return parts.map((part) => {
    if (part.change === "added") {
      return new InsertedTextRun({ text: part.text, id: nextId(), author: CHANGE_AUTHOR, date });
    }
    if (part.change === "removed") {
      return new DeletedTextRun({ text: part.text, id: nextId(), author: CHANGE_AUTHOR, date });
    }
    return new TextRun(part.text);
  });
}

/** A heading or paragraph of the report: right to left when most of its own letters are, whatever the labels' language. */
function paragraphOf(block: DiffBlock, nextId: () => number, date: string): Paragraph {
  const bidirectional = isRightToLeft(block.parts.map((part) => part.text).join(" ")) || undefined;
  if (block.kind === "heading") {
    return new Paragraph({
      heading: HeadingLevel.HEADING_2,
      bidirectional,
      children: [...runs(block.parts, nextId, date), ...block.notes.map((note) => new TextRun({ text: ` [${note}]`, italics: true }))],
    });
  }
  const lead: ParagraphChild[] = [new TextRun({ text: `${block.number}. `, bold: true }), ...block.notes.map((note) => new TextRun({ text: `[${note}] `, italics: true }))];
  return new Paragraph({ bidirectional, children: [...lead, ...runs(block.parts, nextId, date)] });
}

/** Rewrites the zip with fixed dates: docx stamps the time of packing into the metadata and every entry. */
async function withFixedDates(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const fixed = new JSZip();
  const stamp = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, "Z");
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) {
      continue;
    }
    let content: string | Uint8Array = await entry.async("uint8array");
    if (name === "docProps/core.xml") {
      content = new TextDecoder().decode(content).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)/g, `$1${stamp}$2`);
    }
    fixed.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return fixed.generateAsync({ type: "nodebuffer", compression: "DEFLATE", platform: "UNIX" });
}

/**
 * A diff as a Word document with real tracked changes: insertions as `w:ins`, deletions as
 * `w:del`, all by "Parley", so a reader can accept or reject them in Word.
 */
export async function diffDocx(document: DiffDocument, changedAt: Date = FIXED_DATE): Promise<Buffer> {
  const labels = exportLabels(document.locale);
  let id = 0;
  const nextId = () => (id += 1);
  const date = changedAt.toISOString().replace(/\.\d{3}Z$/, "Z");
  const doc = new Document({
    creator: CHANGE_AUTHOR,
    lastModifiedBy: CHANGE_AUTHOR,
    title: document.title,
    description: labels.diff.changesFromTo(document.fromName, document.toName),
    features: { trackRevisions: true },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, bidirectional: isRightToLeft(document.title) || undefined, children: [new TextRun(document.title)] }),
          new Paragraph({ bidirectional: isRightToLeftLocale(document.locale) || undefined, children: [new TextRun({ text: introLine(document, labels), italics: true })] }),
          ...diffBlocks(document, labels).map((block) => paragraphOf(block, nextId, date)),
        ],
      },
    ],
  });
  return withFixedDates(await Packer.toBuffer(doc));
}
