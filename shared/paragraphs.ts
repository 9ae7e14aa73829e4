import { z } from "zod";
import { numberAttr, stringAttr, textOf, type ProseMirrorJson } from "./editor/proseMirrorJson";

/** How a consultation numbers its paragraphs. */
export const NumberingScheme = z.enum(["continuous", "sectioned"]);
/** `continuous`: 1, 2, 3 across the report; `sectioned`: H.1, H.2 restarting in each section. */
export type NumberingScheme = z.infer<typeof NumberingScheme>;

/** One numbered paragraph of a report: the unit that comments, exports and diffs refer to. */
export const Paragraph = z.object({
  /** Stable id: survives edits, reloads and moves. */
  id: z.string(),
  /** The number shown to people, e.g. "12" or "H.12". */
  number: z.string(),
  /** The section label, e.g. "H", or null before the first section heading. */
  section: z.string().nullable(),
  /** Plain text, with lists and quotes that belong to the paragraph on their own lines. */
  text: z.string(),
});
export type Paragraph = z.infer<typeof Paragraph>;

/** What numbering needs to know about one top-level block of a report. */
export interface BlockInfo {
  type: string;
  /** Heading level, for headings. */
  level?: number | null;
  /** A number taken from the consultation's own document; it wins over the derived one. */
  explicitNumber?: string | null;
  /** True when the block holds no text. */
  empty: boolean;
  /** The heading's text (only needed for headings). */
  text?: string;
}

/** The number and section a block gets; `number` is null for blocks that are not numbered. */
export interface BlockNumber {
  number: string | null;
  section: string | null;
}

/** The heading level that starts a section ("A. Introduction", "Section H: ..."). */
export const SECTION_HEADING_LEVEL = 2;

const SECTION_LABEL = /^\s*(?:section\s+)?([A-Z]|[IVXLC]+)\s*[.:)\u2013\u2014-]\s*/i;

/** Reads the section label from a heading: "H" from "Section H: Conclusions", else the text. */
export function sectionLabel(headingText: string): string {
  const match = SECTION_LABEL.exec(headingText);
  return match?.[1] ? match[1].toUpperCase() : headingText.trim();
}

/** The last whole number in an explicit number: 14 in "14 bis", 12 in "H.12". */
const LAST_INTEGER = /(\d+)(?!.*\d)/;

/** Blocks that belong to the numbered paragraph before them (lists, quotes, code). */
export const ATTACHED_TYPES: ReadonlySet<string> = new Set(["bulletList", "orderedList", "blockquote", "codeBlock"]);

/**
 * Numbers the top-level blocks of a report. A non-empty paragraph starts a numbered unit; a
 * list or quote right after it belongs to it; a list or quote with no paragraph before it in
 * its section is numbered on its own. An explicit number wins and later numbers continue from
 * the last whole number in it ("14 bis" is followed by 15).
 */
export function numberBlocks(blocks: readonly BlockInfo[], scheme: NumberingScheme): BlockNumber[] {
  let counter = 0;
  let section: string | null = null;
  let unitOpen = false;
  return blocks.map((block) => {
    if (block.type === "heading") {
      if (block.level === SECTION_HEADING_LEVEL) {
        section = sectionLabel(block.text ?? "");
        if (scheme === "sectioned") {
          counter = 0;
        }
      }
      unitOpen = false;
      return { number: null, section };
    }
    const startsUnit =
      block.type === "paragraph" ? !block.empty : ATTACHED_TYPES.has(block.type) && !unitOpen;
    if (!startsUnit) {
      return { number: null, section };
    }
    unitOpen = true;
    const explicit = block.explicitNumber?.trim();
    const explicitValue = explicit ? LAST_INTEGER.exec(explicit)?.[1] : undefined;
    counter = explicitValue ? Number(explicitValue) : counter + 1;
    if (explicit) {
      return { number: explicit, section };
    }
    const number = scheme === "sectioned" && section ? `${section}.${counter}` : String(counter);
    return { number, section };
  });
}

/** The attribute that holds a block's explicit paragraph number. */
export const EXPLICIT_NUMBER_ATTRIBUTE = "number";

/** Describes a JSON block for numbering. */
export function blockInfoFromJson(node: ProseMirrorJson): BlockInfo {
  const text = textOf(node);
  return {
    type: node.type,
    level: numberAttr(node, "level"),
    explicitNumber: stringAttr(node, EXPLICIT_NUMBER_ATTRIBUTE),
    empty: text.trim() === "",
    text,
  };
}

/**
 * The numbered paragraphs of a report, in document order: the one definition that comments,
 * exports and diffs build on. Lists and quotes that belong to a paragraph join its text.
 */
export function paragraphs(doc: ProseMirrorJson, scheme: NumberingScheme = "continuous"): Paragraph[] {
  const blocks = doc.content ?? [];
  const infos = blocks.map(blockInfoFromJson);
  const numbers = numberBlocks(infos, scheme);
  const result: Paragraph[] = [];
  let current: Paragraph | null = null;
  blocks.forEach((block, index) => {
    const info = infos[index];
    const { number, section } = numbers[index] ?? { number: null, section: null };
    if (number !== null) {
      current = { id: stringAttr(block, "id") ?? `block-${index}`, number, section, text: info?.text ?? "" };
      result.push(current);
    } else if (current && ATTACHED_TYPES.has(block.type) && !info?.empty) {
      current.text += `\n${info?.text ?? ""}`;
    } else if (block.type === "heading") {
      current = null;
    }
  });
  return result;
}
