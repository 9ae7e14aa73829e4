import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

/** How each key moves a read-only caret, as `Selection.modify` takes it (left and right follow the screen, so Arabic reads right). */
const MOVES: Record<string, { direction: "left" | "right" | "backward" | "forward"; granularity: "character" | "word" | "line" | "lineboundary" }> = {
  ArrowLeft: { direction: "left", granularity: "character" },
  ArrowRight: { direction: "right", granularity: "character" },
  ArrowUp: { direction: "backward", granularity: "line" },
  ArrowDown: { direction: "forward", granularity: "line" },
  Home: { direction: "backward", granularity: "lineboundary" },
  End: { direction: "forward", granularity: "lineboundary" },
};

/** Whether a selection is words, or a caret inside the window. */
function selectionInView(selection: Selection): boolean {
  if (!selection.isCollapsed) {
    return true;
  }
  const range = selection.getRangeAt(0);
  const box = range.getClientRects()[0] ?? range.startContainer.parentElement?.getBoundingClientRect();
  return Boolean(box && box.bottom > 0 && box.top < window.innerHeight);
}

/**
 * Puts a caret at the start of the first numbered paragraph in the window, unless the selection
 * already lies in the text and can be seen: a caret left behind before scrolling away starts
 * again where the person reads now.
 */
function placeCaret(view: EditorView): void {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection || (selection.rangeCount > 0 && view.dom.contains(selection.anchorNode) && selectionInView(selection))) {
    return;
  }
  const blocks = [...view.dom.querySelectorAll<HTMLElement>(":scope > [data-paragraph-number]")];
  const first = blocks.find((block) => block.getBoundingClientRect().top >= 0) ?? blocks[0];
  const walker = first && view.dom.ownerDocument.createTreeWalker(first, NodeFilter.SHOW_TEXT, {
    // The margin button's "+" is not the paragraph's text.
    acceptNode: (node) => (node.parentElement?.closest(".comment-badge") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const text = walker?.nextNode();
  if (text) {
    selection.collapse(text, 0);
  }
}

/**
 * Lets people who may only read the report (members, reviewers) move a caret and select words
 * in it by keyboard, to quote them in a comment: the read-only text takes the focus (it is named
 * read-only for screen readers) and the arrow keys, Home and End, with Shift to select and Ctrl
 * for whole words, move the browser's selection, which ProseMirror follows. An editable report
 * needs none of it.
 */
export const ReadOnlyCaret = Extension.create({
  name: "readOnlyCaret",

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey("readOnlyCaret"),
        props: {
          attributes: (): Record<string, string> => (editor.options.editable ? {} : { tabindex: "0", "aria-readonly": "true" }),
          handleDOMEvents: {
            focus: (view, event) => {
              if (!view.editable && event.target === view.dom) {
                placeCaret(view);
              }
              return false;
            },
            keydown: (view, event) => {
              const move = MOVES[event.key];
              if (view.editable || !move || event.altKey || event.metaKey || event.target !== view.dom) {
                return false;
              }
              const selection = view.dom.ownerDocument.getSelection();
              if (!selection) {
                return false;
              }
              placeCaret(view);
              const granularity = event.ctrlKey && move.granularity === "character" ? "word" : move.granularity;
              selection.modify(event.shiftKey ? "extend" : "move", move.direction, granularity);
              event.preventDefault();
              return true;
            },
          },
        },
      }),
    ];
  },
});
