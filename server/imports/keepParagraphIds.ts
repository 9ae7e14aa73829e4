import type { ProseMirrorJson } from "../../shared/editor/proseMirrorJson";
import { blockInfoFromJson, numberBlocks, type NumberingScheme, type Paragraph } from "../../shared/paragraphs";

/**
 * Gives an imported paragraph the stable id of the report's paragraph with the same number, so
 * comments on paragraph 12 stay on paragraph 12 when a revised draft is imported. Each current
 * id is used at most once; paragraphs with new numbers keep their new ids.
 */
export function keepParagraphIds(json: ProseMirrorJson, current: readonly Paragraph[], numbering: NumberingScheme): { json: ProseMirrorJson; kept: number } {
  const idByNumber = new Map(current.map((paragraph) => [paragraph.number, paragraph.id]));
  const blocks = json.content ?? [];
  const numbers = numberBlocks(blocks.map(blockInfoFromJson), numbering);
  let kept = 0;
  const content = blocks.map((block, index) => {
    const number = numbers[index]?.number;
    const id = number ? idByNumber.get(number) : undefined;
    if (!id) {
      return block;
    }
    idByNumber.delete(number as string);
    kept += 1;
    return { ...block, attrs: { ...block.attrs, id } };
  });
  return { json: { ...json, content }, kept };
}
