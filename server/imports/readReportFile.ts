import { getSchema } from "@tiptap/core";
import { Node, type Schema } from "@tiptap/pm/model";
import MarkdownIt from "markdown-it";
import type { ImportPreview } from "../../shared/api/exports";
import type { ProseMirrorJson } from "../../shared/editor/proseMirrorJson";
import { reportExtensions } from "../../shared/editor/reportExtensions";
import { paragraphs, sectionLabel, SECTION_HEADING_LEVEL, type NumberingScheme } from "../../shared/paragraphs";
import { checkWordArchive } from "./checkWordArchive";
import { htmlBlocks } from "./htmlBlocks";
import { ImportError, type ImportedBlock } from "./ImportedBlock";
import { reportFromBlocks } from "./reportFromBlocks";
import { textBlocks } from "./textBlocks";

export type ImportFormat = ImportPreview["format"];

const EXTENSIONS: Record<string, ImportFormat> = { docx: "docx", md: "md", markdown: "md", html: "html", htm: "html", txt: "txt", text: "txt" };
const CONTENT_TYPES: Record<string, ImportFormat> = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "text/markdown": "md",
  "text/x-markdown": "md",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/plain": "txt",
};
const SUPPORTED = "Parley imports Word (.docx), Markdown (.md), HTML (.html) and plain text (.txt) files.";

/** Tells the file's format from its first bytes, its name and its declared type, in that order of trust. */
export function importFormat(bytes: Buffer, fileName: string, contentType: string | undefined): ImportFormat {
  const zip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const byName = EXTENSIONS[/\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? ""];
  const byType = CONTENT_TYPES[(contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? ""];
  if (zip) {
    if (byName && byName !== "docx") {
      throw new ImportError(400, `The file is named .${fileName.split(".").pop() ?? ""} but is a ZIP archive. ${SUPPORTED}`);
    }
    return "docx";
  }
  const format = byName ?? byType;
  if (!format || format === "docx") {
    throw new ImportError(415, format === "docx" ? "The file is not a Word .docx document (older .doc files are not supported)." : SUPPORTED);
  }
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-" || bytes.includes(0)) {
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
    case "md":
      return htmlBlocks(markdownHtml(utf8(bytes)));
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
