import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import type { CommentAuthor } from "../../shared/submission/comment";
import type { SubmissionLimits } from "../../shared/submission/limits";

/** The open submission document, who is writing in it, and whether they may. */
export interface SubmissionHandle {
  doc: Y.Doc;
  awareness: Awareness;
  author: CommentAuthor;
  canWrite: boolean;
  /** The consultation's submission limits, counted live under each comment. */
  limits: SubmissionLimits;
}
