import { Extension } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { NodeSelection, Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import { numberBlocks, type NumberingScheme } from "../../shared/paragraphs";
import { moveBlocks } from "./moveBlocks";
import { blockInfo } from "./ParagraphNumbers";
import { blockStart, selectedBlocks } from "./selectedBlocks";

export interface DragHandlesOptions {
  scheme: NumberingScheme;
  /** The handle's accessible name: from the paragraph number, or else the block's first words. */
  label: (block: { number: string | null; text: string }) => string;
}

const DROP_CLASS = { before: "block-drop-before", after: "block-drop-after" } as const;

/** Which top-level block a point at `clientY` falls before: the first whose middle is below it. */
function dropIndex(view: EditorView, clientY: number): number {
  const { doc } = view.state;
  for (let index = 0; index < doc.childCount; index += 1) {
    const dom = view.nodeDOM(blockStart(doc, index));
    if (dom instanceof HTMLElement) {
      const rect = dom.getBoundingClientRect();
      if (clientY < rect.top + rect.height / 2) {
        return index;
      }
    }
  }
  return doc.childCount;
}

/** What a handle tells the plugin: it is being dragged, or pressed. */
interface HandleEvents {
  dragstart: (view: EditorView, blockId: string, event: DragEvent) => void;
  mousedown: (view: EditorView, blockId: string, event: MouseEvent) => void;
  dragend: () => void;
}

/**
 * Where in a block its handle goes: inside its first textblock, so a list's handle sits in its
 * first item's paragraph (a list may hold nothing but items).
 */
function handleOffset(node: ProseMirrorNode): number {
  let offset = 1;
  let inner = node;
  while (!inner.isTextblock && inner.firstChild && !inner.firstChild.isText) {
    inner = inner.firstChild;
    offset += 1;
  }
  return offset;
}

function handleDecorations(doc: ProseMirrorNode, options: DragHandlesOptions, events: HandleEvents): DecorationSet {
  const nodes: ProseMirrorNode[] = [];
  doc.forEach((node) => nodes.push(node));
  const numbers = numberBlocks(nodes.map(blockInfo), options.scheme);
  const decorations = nodes.map((node, index) => {
    const id = typeof node.attrs.id === "string" ? node.attrs.id : `index-${index}`;
    const label = options.label({ number: numbers[index]?.number ?? null, text: node.textContent.trim().slice(0, 40) });
    return Decoration.widget(
      blockStart(doc, index) + handleOffset(node),
      (view) => {
        const handle = document.createElement("span");
        handle.className = "block-drag-handle";
        handle.draggable = true;
        handle.contentEditable = "false";
        handle.dataset.blockId = id;
        handle.setAttribute("role", "button");
        handle.setAttribute("aria-label", label);
        handle.title = label;
        // ProseMirror leaves events on the handle alone (stopEvent), so it listens itself.
        handle.addEventListener("dragstart", (event) => events.dragstart(view, id, event));
        handle.addEventListener("mousedown", (event) => events.mousedown(view, id, event));
        handle.addEventListener("dragend", () => events.dragend());
        return handle;
      },
      { side: -1, ignoreSelection: true, stopEvent: () => true, key: `handle:${id}:${label}` },
    );
  });
  return DecorationSet.create(doc, decorations);
}

const dragHandlesKey = new PluginKey<DecorationSet>("dragHandles");

/**
 * A drag handle at the start of every top-level block. Dragging it moves the block (or, when
 * the selection covers several blocks including it, all of them) to where it is dropped, as the
 * very same nodes: ids stay. ProseMirror's own drag and drop would not do: it offers the slice
 * as "copyMove", and UniqueID gives every dropped copy a fresh id. Clicking a handle selects its
 * block.
 */
export const DragHandles = Extension.create<DragHandlesOptions>({
  name: "dragHandles",

  addOptions() {
    return { scheme: "continuous", label: ({ number, text }) => number ?? text };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    let dragged: { first: number; last: number } | null = null;
    let marked: HTMLElement | null = null;
    const unmark = () => {
      marked?.classList.remove(DROP_CLASS.before, DROP_CLASS.after);
      marked = null;
    };
    const indexOf = (view: EditorView, blockId: string) => {
      let found = -1;
      view.state.doc.forEach((node, _offset, index) => {
        if ((node.attrs.id ?? `index-${index}`) === blockId) {
          found = index;
        }
      });
      return found;
    };
    /** The blocks a handle takes along: the selected run when the selection covers its block. */
    const blocksFor = (view: EditorView, index: number) => {
      const selected = selectedBlocks(view.state.doc, view.state.selection);
      const takesSelection = selected && !view.state.selection.empty && index >= selected.first && index <= selected.last;
      return takesSelection ? { first: selected.first, last: selected.last } : { first: index, last: index };
    };
    const events: HandleEvents = {
      dragstart: (view, blockId, event) => {
        const index = indexOf(view, blockId);
        if (index < 0 || !event.dataTransfer) {
          event.preventDefault();
          return;
        }
        dragged = blocksFor(view, index);
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", view.state.doc.child(index).textContent);
        const block = view.nodeDOM(blockStart(view.state.doc, index));
        if (block instanceof HTMLElement) {
          event.dataTransfer.setDragImage(block, 0, 0);
        }
      },
      mousedown: (view, blockId, event) => {
        const index = indexOf(view, blockId);
        if (index < 0 || event.button !== 0) {
          return;
        }
        const { first, last } = blocksFor(view, index);
        if (first === last) {
          // A click selects the block; a drag starts from here all the same.
          view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, blockStart(view.state.doc, index))));
        }
        view.focus();
      },
      dragend: () => {
        dragged = null;
        unmark();
      },
    };

    return [
      new Plugin<DecorationSet>({
        key: dragHandlesKey,
        state: {
          init: (_config, state) => handleDecorations(state.doc, options, events),
          apply: (transaction, previous) => (transaction.docChanged ? handleDecorations(transaction.doc, options, events) : previous),
        },
        props: {
          decorations: (state) => dragHandlesKey.getState(state),
          handleDOMEvents: {
            dragover: (view, event) => {
              if (!dragged) {
                return false;
              }
              event.preventDefault();
              const before = dropIndex(view, event.clientY);
              const { doc } = view.state;
              const atEnd = before >= doc.childCount;
              const dom = view.nodeDOM(blockStart(doc, atEnd ? doc.childCount - 1 : before));
              unmark();
              if (dom instanceof HTMLElement) {
                marked = dom;
                dom.classList.add(atEnd ? DROP_CLASS.after : DROP_CLASS.before);
              }
              return true;
            },
          },
          handleDrop: (view, event) => {
            const moving = dragged;
            dragged = null;
            unmark();
            if (!moving) {
              return false;
            }
            const tr = view.state.tr;
            if (moveBlocks(tr, moving.first, moving.last, dropIndex(view, event.clientY))) {
              view.dispatch(tr.setMeta("uiEvent", "drop"));
            }
            view.focus();
            return true;
          },
        },
      }),
    ];
  },
});
