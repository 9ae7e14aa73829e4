import { getSchema } from "@tiptap/core";
import { Node, type Schema } from "@tiptap/pm/model";
import { updateYFragment } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import { REPORT_FIELD } from "../../shared/collab/fields";
import type { ProseMirrorJson } from "../../shared/editor/proseMirrorJson";
import { reportExtensions } from "../../shared/editor/reportExtensions";

let schema: Schema | null = null;

/**
 * Makes a report's text equal to `json` with the smallest Yjs change y-prosemirror finds:
 * blocks that already match are kept (and with them carets and anchors), the rest rewritten.
 * History is not rewound; this is a new change on top of it.
 */
export function replaceReport(doc: Y.Doc, json: ProseMirrorJson): void {
  schema ??= getSchema(reportExtensions());
  const node = Node.fromJSON(schema, json);
  updateYFragment(doc, doc.getXmlFragment(REPORT_FIELD), node, { mapping: new Map(), isOMark: new Map() });
}
