import { getSchema } from "@tiptap/core";
import { Node, type Schema } from "@tiptap/pm/model";
import MarkdownIt from "markdown-it";
import type { ImportPreview } from "../../shared/api/exports";
import type { ProseMirrorJson } from "../../shared/editor/proseMirrorJson";
import { reportExtensions } from "../../shared/editor/reportExtensions";
import { paragraphs, sectionLabel, SECTION_HEADING_LEVEL, type NumberingScheme } from "../../shared/paragraphs";
import { checkWordArchive } from "./checkWordArchive";
import { htmlBlocks } from "./htmlBlocks";
import { markdownFootnotes } from "./markdownFootnotes";
import { odtBlocks } from "./odtBlocks";
import { pdfBlocks } from "./pdfBlocks";
import { ImportError, type ImportedBlock } from "./ImportedBlock";
import { reportFromBlocks } from "./reportFromBlocks";
import { textBlocks } from "./textBlocks";

export type ImportFormat = ImportPreview["format"];

const EXTENSIONS: Record<string, ImportFormat> = { pdf: "pdf", docx: "docx", odt: "odt", md: "md", markdown: "md", html: "html", htm: "html", txt: "txt", text: "txt" };
const CONTENT_TYPES: Record<string, ImportFormat> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.oasis.opendocument.text": "odt",
  "text/markdown": "md",
  "text/x-markdown": "md",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/plain": "txt",
};
const SUPPORTED = "Parley imports PDF (.pdf), Word (.docx), OpenDocument (.odt), Markdown (.md), HTML (.html) and plain text (.txt) files.";
/** An OpenDocument file's first entry, stored uncompressed, names its kind. */
const ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

/** Tells the file's format from its first bytes, its name and its declared type, in that order of trust. */
export function importFormat(bytes: Buffer, fileName: string, contentType: string | undefined): ImportFormat {
  const zip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const byName = EXTENSIONS[/\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? ""];
  const byType = CONTENT_TYPES[(contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? ""];
  if (zip) {
    const zipped: ImportFormat = bytes.subarray(0, 120).toString("latin1").includes(ODT_MIMETYPE) ? "odt" : "docx";
    if (byName && byName !== zipped) {
      throw new ImportError(400, `The file is named .${fileName.split(".").pop() ?? ""} but is ${zipped === "odt" ? "an OpenDocument text" : "a ZIP archive"}. ${SUPPORTED}`);
    }
    return zipped;
  }
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") {
    return "pdf";
  }
  const format = byName ?? byType;
  if (!format || format === "docx" || format === "odt" || format === "pdf") {
    const what = { docx: "a Word .docx document (older .doc files are not supported)", odt: "an OpenDocument .odt text", pdf: "a PDF" } as const;
    throw new ImportError(415, format && format in what ? `The file is not ${what[format as keyof typeof what]}.` : SUPPORTED);
  }
  if (bytes.includes(0)) {
    throw new ImportError(415, `The file is not text. ${SUPPORTED}`);
  }
  return format;
}

function utf8(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new ImportError(400, "The file is not valid UTF-8 text.");
  }
}

/** Markdown with "12. " at a line's start kept as a numbered paragraph, not turned into a list. */
function markdownHtml(markdown: string): string {
  const escaped = markdown.replace(/^(\d{1,4})\. /gm, "$1\\. ");
  return new MarkdownIt({ html: false, linkify: false }).render(escaped);
}

async function blocksOf(bytes: Buffer, format: ImportFormat): Promise<ImportedBlock[]> {
  switch (format) {
    case "docx": {
      // Sizes, ratios and XML depth first: a decompression bomb never reaches mammoth.
      checkWordArchive(bytes);
      try {
        // Loaded on the first Word import, not at every server start.
        const { default: mammoth } = await import("mammoth");
        const { value } = await mammoth.convertToHtml({ buffer: bytes }, { styleMap: ["p[style-name='Title'] => h1:fresh"] });
        return htmlBlocks(value);
      } catch (error) {
        throw new ImportError(400, `The Word document could not be read: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    case "pdf":
      return pdfBlocks(bytes);
    case "odt": {
      // The same archive limits as Word's, before anything is inflated.
      checkWordArchive(bytes);
      const { default: JSZip } = await import("jszip");
      const content = await (await JSZip.loadAsync(bytes).catch(() => null))?.file("content.xml")?.async("string");
      if (content === undefined) {
        throw new ImportError(400, "The OpenDocument file could not be read: it has no content.xml.");
      }
      return odtBlocks(content);
    }
    case "md": {
      const { markdown, footnotes } = markdownFootnotes(utf8(bytes));
      return [...htmlBlocks(markdownHtml(markdown)), ...footnotes];
    }
    case "html":
      return htmlBlocks(utf8(bytes));
    case "txt":
      return textBlocks(utf8(bytes));
  }
}

let schema: Schema | null = null;

/** Reads an uploaded draft report into the editor's schema; refuses files it cannot read or that hold no paragraphs. */
export async function readReportFile(bytes: Buffer, fileName: string, contentType: string | undefined, numbering: NumberingScheme): Promise<{ json: ProseMirrorJson; preview: ImportPreview }> {
  if (bytes.length === 0) {
    throw new ImportError(400, "The file is empty.");
  }
  const format = importFormat(bytes, fileName, contentType);
  const json = reportFromBlocks(await blocksOf(bytes, format));
  schema ??= getSchema(reportExtensions());
  try {
    Node.fromJSON(schema, json).check();
  } catch (error) {
    throw new ImportError(400, `The file's content does not fit a report: ${error instanceof Error ? error.message : String(error)}`);
  }
  const preview = importPreview(json, numbering, format);
  if (preview.paragraphCount === 0) {
    throw new ImportError(400, "The file holds no paragraphs of text.");
  }
  return { json, preview };
}

/** The sections and paragraph count an import would write. */
export function importPreview(json: ProseMirrorJson, numbering: NumberingScheme, format: ImportFormat): ImportPreview {
  const numbered = paragraphs(json, numbering);
  const sections: ImportPreview["sections"] = [];
  for (const node of json.content ?? []) {
    if (node.type === "heading" && node.attrs?.level === SECTION_HEADING_LEVEL) {
      const heading = (node.content ?? []).map((child) => child.text ?? "").join("");
      sections.push({ label: sectionLabel(heading), heading, paragraphs: 0 });
    }
  }
  for (const paragraph of numbered) {
    let section = sections.findLast((candidate) => candidate.label === paragraph.section);
    if (!section) {
      section = { label: null, heading: "", paragraphs: 0 };
      sections.unshift(section);
    }
    section.paragraphs += 1;
  }
  return { format, sections, paragraphCount: numbered.length, firstNumber: numbered[0]?.number ?? null, lastNumber: numbered.at(-1)?.number ?? null };
}
