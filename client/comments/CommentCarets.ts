import { Extension } from "@tiptap/core";
import { yCursorPlugin } from "@tiptap/y-tiptap";
import type { Awareness } from "y-protocols/awareness";

export interface CommentCaretsOptions {
  awareness: Awareness | null;
}

function caret(user: { name?: unknown; color?: unknown }): HTMLElement {
  const color = typeof user.color === "string" && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : "#1f6feb";
  const element = document.createElement("span");
  element.className = "collaboration-carets__caret";
  element.style.color = color;
  const label = document.createElement("span");
  label.className = "collaboration-carets__label";
  label.style.backgroundColor = color;
  label.textContent = typeof user.name === "string" ? user.name : "";
  element.append(label);
  return element;
}

/**
 * Co-authors' carets inside one comment's editor. Every comment editor shares the submission's
 * awareness and its one `cursor` field: a caret's relative positions name the fragment they are
 * in, so each editor draws only the carets inside its own fragment, and an idle editor clears
 * the field only when the caret in it was its own.
 */
export const CommentCarets = Extension.create<CommentCaretsOptions>({
  name: "commentCarets",

  addOptions() {
    return { awareness: null };
  },

  addProseMirrorPlugins() {
    const { awareness } = this.options;
    if (!awareness) {
      return [];
    }
    return [
      yCursorPlugin(
        awareness,
        {
          cursorBuilder: caret,
          selectionBuilder: (user: { color?: unknown }) => ({
            style: `background-color: ${typeof user.color === "string" ? user.color : "#1f6feb"}33`,
            class: "collaboration-carets__selection",
          }),
        },
      ),
    ];
  },
});
