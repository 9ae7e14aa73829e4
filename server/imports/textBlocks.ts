import type { ImportedBlock } from "./ImportedBlock";

const BULLET = /^\s*[-*•]\s+/;
const QUOTE = /^\s*>\s?/;

/** The blocks of a plain-text report: blank lines separate blocks; "- " lines are lists, "> " lines quotes. */
export function textBlocks(text: string): ImportedBlock[] {
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
