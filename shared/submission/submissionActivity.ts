import type * as Y from "yjs";
import { readComments } from "./submissionDoc";

/**
 * When the general remarks and the cover note were last changed, by field, as ISO times. Comments
 * carry their own `updatedAt`; these two texts are plain fragments, so their times live beside
 * them in this map of the submission document.
 */
const TEXTS_UPDATED = "textsUpdatedAt";

/** Records that the general remarks or the cover note changed now. */
export function touchSubmissionText(doc: Y.Doc, field: "general" | "cover", now: Date): void {
  doc.getMap<string>(TEXTS_UPDATED).set(field, now.toISOString());
}

/** The latest change anyone made to the submission: a comment, the general remarks or the cover note; null if none. */
export function lastActivity(doc: Y.Doc): string | null {
  const texts = doc.getMap<unknown>(TEXTS_UPDATED);
  const times = [
    ...readComments(doc).map((comment) => comment.updatedAt),
    ...["general", "cover"].map((field) => texts.get(field)).filter((time): time is string => typeof time === "string"),
  ];
  return times.sort().at(-1) ?? null;
}
