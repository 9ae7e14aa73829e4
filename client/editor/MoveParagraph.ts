import { Extension } from "@tiptap/core";
import { moveSelectedBlocks } from "./moveBlocks";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    moveParagraph: {
      /** Moves the paragraph(s) the selection touches above the block before them, keeping their ids. */
      moveParagraphUp: () => ReturnType;
      /** Moves the paragraph(s) the selection touches below the block after them, keeping their ids. */
      moveParagraphDown: () => ReturnType;
    };
  }
}

/**
 * Moving paragraphs without cut and paste, so each keeps its id and with it its comments, its
 * place in diffs ("moved") and its uptake: Alt+Shift+ArrowUp and Alt+Shift+ArrowDown move the
 * top-level blocks the selection touches one block up or down.
 */
export const MoveParagraph = Extension.create({
  name: "moveParagraph",

  addCommands() {
    return {
      moveParagraphUp:
        () =>
        ({ tr }) =>
          moveSelectedBlocks(tr, "up"),
      moveParagraphDown:
        () =>
        ({ tr }) =>
          moveSelectedBlocks(tr, "down"),
    };
  },

  addKeyboardShortcuts() {
    return {
      "Alt-Shift-ArrowUp": () => this.editor.commands.moveParagraphUp(),
      "Alt-Shift-ArrowDown": () => this.editor.commands.moveParagraphDown(),
    };
  },
});
