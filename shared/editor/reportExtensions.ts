import type { AnyExtension } from "@tiptap/core";
import { isChangeOrigin } from "@tiptap/extension-collaboration";
import UniqueID from "@tiptap/extension-unique-id";
import StarterKit from "@tiptap/starter-kit";
import { ExplicitNumber } from "./ExplicitNumber";
import { Footnote } from "./Footnote";

/** Node types whose every node carries a stable `id` attribute. */
export const BLOCK_ID_TYPES = [
  "paragraph",
  "heading",
  "blockquote",
  "bulletList",
  "orderedList",
  "listItem",
  "codeBlock",
  "footnote",
];

/** Creates a block id; short enough to read in URLs and exports. */
export function createBlockId(): string {
  return `p-${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`;
}

/**
 * The report editor's schema, without React or collaboration bindings: the client adds
 * Collaboration and carets, the server builds the same schema to read and write documents.
 * Ids are assigned only for local edits: remote changes already carry their author's ids.
 */
export function reportExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      undoRedo: false,
      heading: { levels: [1, 2, 3, 4] },
      link: { openOnClick: false, autolink: true, defaultProtocol: "https" },
    }),
    UniqueID.configure({
      types: BLOCK_ID_TYPES,
      generateID: createBlockId,
      filterTransaction: (transaction) => !isChangeOrigin(transaction),
    }),
    ExplicitNumber,
    Footnote,
  ];
}
