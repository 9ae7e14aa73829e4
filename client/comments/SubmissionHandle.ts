import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import type { CommentAuthor } from "../../shared/submission/comment";

/** The open submission document, who is writing in it, and whether they may. */
export interface SubmissionHandle {
  doc: Y.Doc;
  awareness: Awareness;
  author: CommentAuthor;
  canWrite: boolean;
}
