import type { ImportedBlock } from "./ImportedBlock";

/** "[^8]: text", the footnote definitions of Markdown (GitHub, Pandoc), with indented continuation lines. */
const DEFINITION = /^\[\^([^\]\s]+)\]:[ \t]*(.*(?:\n(?: {2,}|\t).*)*)/gm;

/**
 * Takes a Markdown text's footnotes out before it is rendered: each definition becomes a
 * footnote block (a note whose text is only a link keeps the link), and each citation "[^8]"
 * becomes "[8]", as every other format cites its notes.
 */
export function markdownFootnotes(markdown: string): { markdown: string; footnotes: ImportedBlock[] } {
  const footnotes: ImportedBlock[] = [];
  const withoutDefinitions = markdown.replace(/\r\n?/g, "\n").replace(DEFINITION, (_match, label: string, text: string) => {
    footnotes.push({ type: "footnote", label, text: text.replace(/\s+/g, " ").replace(/<([^>]+)>/g, "$1").trim() });
    return "";
  });
  return { markdown: withoutDefinitions.replace(/\[\^([^\]\s]+)\]/g, "[$1]"), footnotes };
}
