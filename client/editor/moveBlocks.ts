import { Selection, type Transaction } from "@tiptap/pm/state";
import { blockStart, selectedBlocks } from "./selectedBlocks";

/** Where a selection's anchor and head land when the blocks holding them shift by `shift`. */
function shiftedSelection(tr: Transaction, selection: Selection, shift: number): Selection {
  const json = selection.toJSON() as { type: string; anchor?: number; head?: number };
  const moved = { ...json, anchor: (json.anchor ?? selection.anchor) + shift, head: json.head === undefined ? undefined : json.head + shift };
  try {
    return Selection.fromJSON(tr.doc, moved);
  } catch {
    return Selection.near(tr.doc.resolve(Math.min(selection.from + shift, tr.doc.content.size)));
  }
}

/**
 * Moves the top-level blocks `first`..`last` so they stand before the block now at index
 * `before` (the document's end when it is the number of blocks). The very nodes move, attributes
 * and all, so every block keeps its `id`; the selection moves with them. Does nothing when the
 * blocks would not move (false, and `tr` untouched).
 */
export function moveBlocks(tr: Transaction, first: number, last: number, before: number): boolean {
  const { doc, selection } = tr;
  if (first < 0 || last >= doc.childCount || first > last || before < 0 || before > doc.childCount || (before >= first && before <= last + 1)) {
    return false;
  }
  const from = blockStart(doc, first);
  const to = blockStart(doc, last + 1);
  const target = blockStart(doc, before);
  const content = doc.slice(from, to).content;
  let shift: number;
  if (target < from) {
    tr.delete(from, to).insert(target, content);
    shift = target - from;
  } else {
    tr.insert(target, content).delete(from, to);
    shift = target - to;
  }
  const selectionInside = selection.from >= from && selection.to <= to;
  if (selectionInside) {
    tr.setSelection(shiftedSelection(tr, selection, shift));
  }
  tr.scrollIntoView();
  return true;
}

/** Moves the blocks the selection touches one block up or down. */
export function moveSelectedBlocks(tr: Transaction, direction: "up" | "down"): boolean {
  const blocks = selectedBlocks(tr.doc, tr.selection);
  if (!blocks) {
    return false;
  }
  return moveBlocks(tr, blocks.first, blocks.last, direction === "up" ? blocks.first - 1 : blocks.last + 2);
}
