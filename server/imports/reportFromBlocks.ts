import { EXPLICIT_NUMBER_ATTRIBUTE, SECTION_HEADING_LEVEL } from "../../shared/paragraphs";
import { createBlockId } from "../../shared/editor/reportExtensions";
import type { ProseMirrorJson } from "../../shared/editor/proseMirrorJson";
import { FOOTNOTE_LABEL_ATTRIBUTE } from "../../shared/editor/Footnote";
import type { ImportedBlock } from "./ImportedBlock";
import { paragraphSequence } from "./paragraphSequence";

/** "A. Introduction", "IV. Findings", "Section H: Conclusions and recommendations". */
const SECTION_HEADING = /^(?:section\s+)?(?:[A-Z]|[IVXLC]+)\s*[.:)\u2013\u2014-]\s*\S/i;
const SECTION_LETTER = /^(?:section\s+)?([A-Za-z]+)/i;
/** "12. The group…" or "14 bis. …": the consultation's own number at the start of a paragraph. */
const PARAGRAPH_NUMBER = /^(\d{1,4}(?:\s*(?:bis|ter|quater|quinquies))?)\.\s+(?=\S)/;

/** True when a heading or a short line names a report section. */
function isSectionHeading(text: string, fromHeading: boolean): boolean {
  const letter = SECTION_LETTER.exec(text)?.[1] ?? "";
  const upper = letter === letter.toUpperCase() || /^section\s/i.test(text);
  if (!SECTION_HEADING.test(text) || !upper) {
    return false;
  }
  // A plain paragraph counts only when it reads like a heading: not a sentence, and not a page
  // of text (a section's title may run over two lines, well past 100 characters).
  return fromHeading || readsLikeHeading(text, 250);
}

/** No full stop at the end and short: a title, not a sentence. */
function readsLikeHeading(text: string, maxLength: number): boolean {
  return text.length <= maxLength && !/[.;:,]$/.test(text);
}

function textNode(text: string): ProseMirrorJson[] {
  return text ? [{ type: "text", text }] : [];
}

function paragraph(text: string, number: string | null = null): ProseMirrorJson {
  return { type: "paragraph", attrs: { id: createBlockId(), [EXPLICIT_NUMBER_ATTRIBUTE]: number }, content: textNode(text) };
}

/** What the import makes of a block: `sequence` says whether its typed number is one of the consultation's. */
function block(imported: ImportedBlock, isFirstHeading: boolean, inSequence: boolean, numbersTyped: boolean): ProseMirrorJson {
  switch (imported.type) {
    case "heading": {
      const level = isSectionHeading(imported.text, true) ? SECTION_HEADING_LEVEL : imported.level === 1 && isFirstHeading ? 1 : 3;
      return { type: "heading", attrs: { id: createBlockId(), level }, content: textNode(imported.text) };
    }
    case "paragraph": {
      if (isSectionHeading(imported.text, false)) {
        return { type: "heading", attrs: { id: createBlockId(), level: SECTION_HEADING_LEVEL }, content: textNode(imported.text) };
      }
      const number = PARAGRAPH_NUMBER.exec(imported.text);
      if (number && inSequence) {
        return paragraph(imported.text.slice(number[0].length), number[1]?.replace(/\s+/g, " ") ?? null);
      }
      // A number outside the consultation's run on a short line is a numbered sub-heading; where
      // the report types its numbers, a short unnumbered line is a title (plain text has no styles).
      if ((number || numbersTyped) && readsLikeHeading(imported.text, 160)) {
        return { type: "heading", attrs: { id: createBlockId(), level: !number && isFirstHeading ? 1 : 3 }, content: textNode(imported.text) };
      }
      return paragraph(imported.text);
    }
    case "list":
      return {
        type: imported.ordered ? "orderedList" : "bulletList",
        attrs: { id: createBlockId() },
        content: imported.items.map((item) => ({ type: "listItem", attrs: { id: createBlockId() }, content: [paragraph(item)] })),
      };
    case "quote":
      return { type: "blockquote", attrs: { id: createBlockId() }, content: imported.paragraphs.map((text) => paragraph(text)) };
    case "footnote":
      return { type: "footnote", attrs: { id: createBlockId(), [FOOTNOTE_LABEL_ATTRIBUTE]: imported.label }, content: textNode(imported.text) };
  }
}

/**
 * The report in the editor's schema: section headings ("A. …", "IV. …", "Section H: …") become
 * level-2 headings, "12." at the start of a paragraph becomes its explicit number where such
 * numbers rise through the report (`paragraphSequence`), footnotes stay footnotes, every block
 * gets a new stable id.
 */
export function reportFromBlocks(blocks: readonly ImportedBlock[]): ProseMirrorJson {
  const typed = blocks.map((imported) =>
    imported.type === "paragraph" && !isSectionHeading(imported.text, false) ? (PARAGRAPH_NUMBER.exec(imported.text)?.[1]?.replace(/\s+/g, " ") ?? null) : null,
  );
  const sequence = paragraphSequence(typed);
  let firstHeading = true;
  const content = blocks.map((imported, index) => {
    const json = block(imported, firstHeading, sequence.has(index), sequence.size >= 2);
    firstHeading &&= json.type !== "heading";
    return json;
  });
  return { type: "doc", content: content.length > 0 ? content : [paragraph("")] };
}
