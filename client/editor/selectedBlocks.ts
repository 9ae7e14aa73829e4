import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { Selection } from "@tiptap/pm/state";

/** The run of top-level blocks a selection touches. */
export interface SelectedBlocks {
  /** Index of the first block. */
  first: number;
  /** Index of the last block. */
  last: number;
  /** Position before the first block. */
  from: number;
  /** Position after the last block. */
  to: number;
  /** True when the selection runs from the very start of the first block to the very end of the last. */
  whole: boolean;
}

/** Position before the top-level block at `index` (or the document's end when past the last). */
export function blockStart(doc: ProseMirrorNode, index: number): number {
  let pos = 0;
  for (let i = 0; i < index && i < doc.childCount; i += 1) {
    pos += doc.child(i).nodeSize;
  }
  return pos;
}

/**
 * The top-level blocks under the selection. A selection that ends at the very start of a block
 * (as a triple click leaves it) does not take that block along.
 */
export function selectedBlocks(doc: ProseMirrorNode, selection: Selection): SelectedBlocks | null {
  if (doc.childCount === 0) {
    return null;
  }
  const { $from, $to } = selection;
  const first = Math.min($from.index(0), doc.childCount - 1);
  let last = $to.depth === 0 ? $to.index(0) - 1 : $to.index(0);
  const atStartOf = (pos: number, depth: number, index: number) => pos - blockStart(doc, index) === depth;
  if (!selection.empty && last > first && $to.depth > 0 && atStartOf($to.pos, $to.depth, last)) {
    last -= 1;
  }
  last = Math.max(first, Math.min(last, doc.childCount - 1));
  const from = blockStart(doc, first);
  const to = blockStart(doc, last + 1);
  const startsWhole = $from.depth === 0 ? $from.pos === from : atStartOf($from.pos, $from.depth, first);
  const endsWhole = $to.pos >= to - ($to.depth === 0 || $to.index(0) > last ? 0 : $to.depth);
  return { first, last, from, to, whole: !selection.empty && startsWhole && endsWhole };
}
