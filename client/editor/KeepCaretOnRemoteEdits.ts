import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, TextSelection, type Transaction } from "@tiptap/pm/state";
import { relativePositionToAbsolutePosition, ySyncPluginKey, type ProsemirrorBinding } from "@tiptap/y-tiptap";
import * as Y from "yjs";

/** The selection the binding records, as Yjs relative positions, when a Yjs transaction starts. */
interface RelativeSelection {
  type: unknown;
  anchor: Y.RelativePosition | null;
  head: Y.RelativePosition | null;
}

/**
 * Where a Yjs relative position stands now, or null when the text it points into was deleted
 * (its block removed, or re-created elsewhere by a move): only then is a guess needed.
 */
function livePosition(binding: ProsemirrorBinding, position: Y.RelativePosition | null): number | null {
  if (!position) {
    return null;
  }
  const decoded = Y.createAbsolutePositionFromRelativePosition(position, binding.doc);
  if (!decoded) {
    return null;
  }
  let type: Y.AbstractType<unknown> = decoded.type;
  while (type !== binding.type) {
    const item = type._item;
    if (!item || item.deleted) {
      return null;
    }
    type = item.parent as Y.AbstractType<unknown>;
  }
  return relativePositionToAbsolutePosition(binding.doc, binding.type, position, binding.mapping);
}

function isRemoteChange(transaction: Transaction): boolean {
  const meta = transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  return transaction.docChanged && meta?.isChangeOrigin === true;
}

/**
 * Keeps this person's caret (and text selection) where it was in the text when a co-editor's
 * change arrives, as the Yjs relative position recorded before the change says.
 *
 * Why: @tiptap/y-tiptap 3.0.9 (and 3.3.0) restores the selection after a remote change, but then
 * second-guesses it whenever the caret's paragraph text changed and the paragraph has
 * distinctive attributes (ours all carry an `id`): it re-finds the paragraph by id and puts the
 * caret back at its old offset, so an insertion earlier in the same paragraph pulls the caret
 * back by exactly its length. A relative position into text that still exists is exact by
 * construction (it names the character the caret follows), so this plugin puts that answer
 * back; it leaves the library's recovery alone only where that text was deleted or moved.
 */
export const KeepCaretOnRemoteEdits = Extension.create({
  name: "keepCaretOnRemoteEdits",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("keepCaretOnRemoteEdits"),
        appendTransaction: (transactions, _oldState, newState) => {
          if (!transactions.some(isRemoteChange)) {
            return null;
          }
          const binding = (ySyncPluginKey.getState(newState) as { binding?: ProsemirrorBinding } | undefined)?.binding;
          // Set by the binding while the Yjs transaction that brought the change is still open.
          const before = binding?.beforeTransactionSelection as RelativeSelection | null | undefined;
          if (!binding || !before || before.type !== "text") {
            return null;
          }
          const anchor = livePosition(binding, before.anchor);
          const head = livePosition(binding, before.head);
          if (anchor === null || head === null || anchor > newState.doc.content.size || head > newState.doc.content.size) {
            return null;
          }
          const { selection } = newState;
          if (selection.anchor === anchor && selection.head === head) {
            return null;
          }
          const restored = TextSelection.between(newState.doc.resolve(anchor), newState.doc.resolve(head));
          return newState.tr.setSelection(restored).setMeta("addToHistory", false);
        },
      }),
    ];
  },
});
