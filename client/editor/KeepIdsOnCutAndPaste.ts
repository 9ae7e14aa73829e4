import { Extension } from "@tiptap/core";
import type { Fragment, Slice } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { selectedBlocks } from "./selectedBlocks";

/** Every block id in the content, nested ones included, in document order. */
function idsIn(content: Fragment): string[] {
  const ids: string[] = [];
  content.descendants((node) => {
    if (typeof node.attrs.id === "string") {
      ids.push(node.attrs.id);
    }
  });
  return ids;
}

/**
 * Puts the whole blocks under the selection on the clipboard as blocks (not as text to merge
 * into the paragraph it is pasted in), and cuts them when `cut`; returns their ids, or null when
 * the selection does not hold whole blocks (then ProseMirror copies as usual).
 */
function wholeBlocksToClipboard(view: EditorView, event: ClipboardEvent, cut: boolean): string[] | null {
  const { state } = view;
  const blocks = selectedBlocks(state.doc, state.selection);
  if (!blocks?.whole || !event.clipboardData) {
    return null;
  }
  const slice = state.doc.slice(blocks.from, blocks.to);
  const { dom, text } = view.serializeForClipboard(slice);
  event.preventDefault();
  event.clipboardData.clearData();
  event.clipboardData.setData("text/html", dom.innerHTML);
  event.clipboardData.setData("text/plain", text);
  if (cut) {
    const tr = state.tr;
    if (blocks.from === 0 && blocks.to === state.doc.content.size) {
      // The report keeps one (empty) paragraph.
      tr.replaceWith(0, blocks.to, state.doc.type.createAndFill()?.content ?? []);
    } else {
      tr.delete(blocks.from, blocks.to);
    }
    view.dispatch(tr.scrollIntoView().setMeta("uiEvent", "cut"));
  }
  return idsIn(slice.content);
}

/**
 * Cut and paste of whole paragraphs within the report moves them: when what is pasted is what
 * this editor last cut as whole blocks, and none of those blocks' ids is in the report any more,
 * the pasted blocks keep their ids (so comments, diffs and uptake follow them). A copy, a
 * second paste, or text from anywhere else still gets fresh ids from UniqueID.
 *
 * Runs ahead of UniqueID (higher priority) to see the pasted slice before UniqueID strips its
 * ids. A cut or copy that starts at the very start of a block and ends at the very end of a
 * block takes the blocks themselves: a cut leaves no empty paragraph behind, and pasting them
 * inserts whole paragraphs instead of merging the first into the paragraph pasted in.
 */
export const KeepIdsOnCutAndPaste = Extension.create({
  name: "keepIdsOnCutAndPaste",
  priority: 10_001,

  addProseMirrorPlugins() {
    let lastCut: string[] | null = null;
    let incoming: Slice | null = null;
    return [
      new Plugin({
        key: new PluginKey("keepIdsOnCutAndPaste"),
        props: {
          handleDOMEvents: {
            cut: (view, event) => {
              lastCut = wholeBlocksToClipboard(view, event, true);
              return lastCut !== null;
            },
            copy: (view, event) => {
              lastCut = null;
              return wholeBlocksToClipboard(view, event, false) !== null;
            },
            paste: () => {
              incoming = null;
              return false;
            },
          },
          transformPasted: (slice) => {
            incoming = slice;
            return slice;
          },
          handlePaste: (view) => {
            const pasted = incoming;
            incoming = null;
            const ids = pasted ? idsIn(pasted.content) : [];
            if (!pasted || !lastCut || ids.length === 0 || ids.join(" ") !== lastCut.join(" ")) {
              return false;
            }
            const present = new Set(idsIn(view.state.doc.content));
            if (ids.some((id) => present.has(id))) {
              return false;
            }
            view.dispatch(view.state.tr.replaceSelection(pasted).scrollIntoView().setMeta("paste", true).setMeta("uiEvent", "paste"));
            return true;
          },
        },
      }),
    ];
  },
});
