import { mergeAttributes, Node } from "@tiptap/core";

/** The attribute that holds a footnote's label, as the report's text cites it ("[3]" cites "3"). */
export const FOOTNOTE_LABEL_ATTRIBUTE = "label";

/**
 * A footnote of the report: a block of its own, kept with its label, never numbered as a
 * consultation paragraph (the paragraph model numbers paragraphs only). Imports put a report's
 * footnotes at its end; the text cites each as "[label]".
 */
export const Footnote = Node.create({
  name: "footnote",
  group: "block",
  content: "inline*",
  defining: true,

  addAttributes() {
    return {
      [FOOTNOTE_LABEL_ATTRIBUTE]: {
        default: "",
        parseHTML: (element) => element.getAttribute("data-footnote") ?? "",
        renderHTML: (attributes) => ({ "data-footnote": String(attributes[FOOTNOTE_LABEL_ATTRIBUTE] ?? "") }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "aside[data-footnote]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["aside", mergeAttributes(HTMLAttributes, { class: "footnote", role: "note" }), 0];
  },
});
