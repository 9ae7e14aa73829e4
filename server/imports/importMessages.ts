import type { ImportPreview } from "../../shared/api/exports";
import type { ProseMirrorJson } from "../../shared/editor/proseMirrorJson";
import type { NumberingScheme } from "../../shared/paragraphs";

/** What the import thread is given: one uploaded file. */
export interface ImportJob {
  bytes: Uint8Array;
  fileName: string;
  contentType: string | undefined;
  numbering: NumberingScheme;
}

/** What it answers: the report read, or why not (500 for a fault of its own, logged by the server). */
export type ImportOutcome = { ok: true; json: ProseMirrorJson; preview: ImportPreview } | { ok: false; status: 400 | 413 | 415 | 500; message: string };
