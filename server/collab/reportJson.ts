import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import { REPORT_FIELD } from "../../shared/collab/fields";
import type { ProseMirrorJson } from "../../shared/editor/proseMirrorJson";

/** A report document's text as ProseMirror JSON, read without a browser. */
export function reportJson(doc: Y.Doc): ProseMirrorJson {
  return yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(REPORT_FIELD)) as ProseMirrorJson;
}
