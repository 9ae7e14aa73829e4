import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { ATTACHED_TYPES, numberBlocks, type NumberingScheme } from "../../shared/paragraphs";
import { blockInfo } from "../editor/ParagraphNumbers";

/** A top-level block of the report as comments see it. */
export interface ReportBlock {
  node: ProseMirrorNode;
  /** Document position before the block. */
  pos: number;
  /** The block's own stable id. */
  id: string | null;
  /** The numbered paragraph the block belongs to (itself, or the paragraph a list follows). */
  paragraphId: string | null;
  /** The paragraph number, on the block that carries it. */
  number: string | null;
}

/** The report's top-level blocks with their paragraph, numbered by the shared paragraph model. */
export function reportBlocks(doc: ProseMirrorNode, scheme: NumberingScheme): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  doc.forEach((node, pos) => {
    const id: unknown = node.attrs.id;
    blocks.push({ node, pos, id: typeof id === "string" ? id : null, paragraphId: null, number: null });
  });
  const numbers = numberBlocks(
    blocks.map(({ node }) => blockInfo(node)),
    scheme,
  );
  let current: string | null = null;
  blocks.forEach((block, index) => {
    block.number = numbers[index]?.number ?? null;
    if (block.number !== null) {
      current = block.id;
    } else if (!ATTACHED_TYPES.has(block.node.type.name)) {
      current = null;
    }
    block.paragraphId = current;
  });
  return blocks;
}

/** The text of a block with the document position of each of its characters. */
export interface BlockText {
  text: string;
  positions: number[];
}

/** The block's characters, text nodes only, each with its document position: what quotes are cut from. */
export function blockText(block: Pick<ReportBlock, "node" | "pos">): BlockText {
  let text = "";
  const positions: number[] = [];
  block.node.descendants((child, offset) => {
    if (child.isText && child.text) {
      const start = block.pos + 1 + offset;
      text += child.text;
      for (let index = 0; index < child.text.length; index += 1) {
        positions.push(start + index);
      }
    }
  });
  return { text, positions };
}

/** The block holding a document position. */
export function blockAt(blocks: readonly ReportBlock[], pos: number): ReportBlock | null {
  return blocks.find((block) => pos >= block.pos && pos <= block.pos + block.node.nodeSize) ?? null;
}
