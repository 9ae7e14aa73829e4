import type { ProseMirrorJson } from "../../shared/editor/proseMirrorJson";
import { demoReportTitle, demoSections, type DemoParagraph } from "./demoReport";

const text = (value: string): ProseMirrorJson[] => [{ type: "text", text: value }];

function paragraphJson(letter: string, paragraph: DemoParagraph): ProseMirrorJson[] {
  const id = `para-${letter.toLowerCase()}-${paragraph.number}`;
  const blocks: ProseMirrorJson[] = [{ type: "paragraph", attrs: { id }, content: text(paragraph.text) }];
  if (paragraph.items) {
    blocks.push({
      type: "bulletList",
      attrs: { id: `${id}-list` },
      content: paragraph.items.map((item, index) => ({
        type: "listItem",
        attrs: { id: `${id}-item-${index + 1}` },
        content: [{ type: "paragraph", attrs: { id: `${id}-item-${index + 1}-text` }, content: text(item) }],
      })),
    });
  }
  return blocks;
}

/**
 * The demo report as ProseMirror JSON, with readable stable ids ("para-h-38"). Paragraph numbers
 * are derived from order, so they match the demo's own numbering without being fixed.
 */
export function demoReportJson(): ProseMirrorJson {
  return {
    type: "doc",
    content: [
      { type: "heading", attrs: { id: "report-title", level: 1 }, content: text(demoReportTitle) },
      ...demoSections.flatMap((section) => [
        {
          type: "heading",
          attrs: { id: `section-${section.letter.toLowerCase()}`, level: 2 },
          content: text(`${section.letter}. ${section.title}`),
        },
        ...section.paragraphs.flatMap((paragraph) => paragraphJson(section.letter, paragraph)),
      ]),
    ],
  };
}
