import type { ImportedBlock } from "./ImportedBlock";

const BULLET = /^\s*[-*•]\s+/;
const QUOTE = /^\s*>\s?/;

const NOTE = /^\[([0-9]{1,3}|[*†‡§])\]\s+/;

/**
 * The blocks of a plain-text report: blank lines separate blocks; "- " lines are lists, "> " lines
 * quotes; a block that starts with "[3] " after the text has cited "[3]" is that footnote.
 */
export function textBlocks(text: string): ImportedBlock[] {
  const cited = new Set<string>();
  return plainBlocks(text).map((block): ImportedBlock => {
    if (block.type !== "paragraph") {
      return block;
    }
    const note = NOTE.exec(block.text);
    if (note?.[1] && cited.has(note[1])) {
      return { type: "footnote", label: note[1], text: block.text.slice(note[0].length) };
    }
    for (const citation of block.text.matchAll(/\[([0-9]{1,3}|[*†‡§])\]/g)) {
      cited.add(citation[1] ?? "");
    }
    return block;
  });
}

function plainBlocks(text: string): ImportedBlock[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((chunk) => chunk.split("\n").filter((line) => line.trim() !== ""))
    .filter((lines) => lines.length > 0)
    .map((lines): ImportedBlock => {
      if (lines.every((line) => BULLET.test(line))) {
        return { type: "list", ordered: false, items: lines.map((line) => line.replace(BULLET, "").trim()) };
      }
      if (lines.every((line) => QUOTE.test(line))) {
        return { type: "quote", paragraphs: [lines.map((line) => line.replace(QUOTE, "").trim()).join(" ")] };
      }
      return { type: "paragraph", text: lines.map((line) => line.trim()).join(" ") };
    });
}
