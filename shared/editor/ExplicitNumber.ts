import { Extension } from "@tiptap/core";
import { EXPLICIT_NUMBER_ATTRIBUTE } from "../paragraphs";

/**
 * Lets a paragraph carry the number the consultation's own document gives it
 * (`<p data-explicit-number="12">`); it wins over the number derived from document order.
 */
export const ExplicitNumber = Extension.create({
  name: "explicitNumber",

  addGlobalAttributes() {
    return [
      {
        types: ["paragraph"],
        attributes: {
          [EXPLICIT_NUMBER_ATTRIBUTE]: {
            default: null,
            keepOnSplit: false,
            parseHTML: (element) => element.getAttribute("data-explicit-number"),
            renderHTML: (attributes) => {
              const value: unknown = attributes[EXPLICIT_NUMBER_ATTRIBUTE];
              return typeof value === "string" && value ? { "data-explicit-number": value } : {};
            },
          },
        },
      },
    ];
  },
});
