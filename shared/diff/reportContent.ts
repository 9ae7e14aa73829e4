import { numberAttr, stringAttr, textOf, type ProseMirrorJson } from "../editor/proseMirrorJson";
import { paragraphs, type NumberingScheme } from "../paragraphs";
import type { Heading, ReportContent } from "./ReportDiff";

/** The headings of a report, each placed before the numbered paragraph that follows it. */
export function headings(doc: ProseMirrorJson, numbered: readonly { id: string }[]): Heading[] {
  const position = new Map(numbered.map((paragraph, index) => [paragraph.id, index]));
  const result: Heading[] = [];
  let before = 0;
  (doc.content ?? []).forEach((block, index) => {
    const id = stringAttr(block, "id") ?? `block-${index}`;
    const paragraphIndex = position.get(id);
    if (paragraphIndex !== undefined) {
      before = paragraphIndex + 1;
    } else if (block.type === "heading") {
      result.push({ id, level: numberAttr(block, "level") ?? 1, text: textOf(block), before });
    }
  });
  return result;
}

/** What diffs and read-only views need of a report: its headings and numbered paragraphs. */
export function reportContent(doc: ProseMirrorJson, scheme: NumberingScheme = "continuous"): ReportContent {
  const numbered = paragraphs(doc, scheme);
  return { headings: headings(doc, numbered), paragraphs: numbered };
}
