import { z } from "zod";
import { DiffComment } from "./CommentFate";

/** The parts of a comment a submission diff compares. */
export const CommentField = z.enum(["paragraphId", "kind", "stance", "priority", "status", "bodyText", "proposedText"]);
export type CommentField = z.infer<typeof CommentField>;

/** One comment that differs between two versions of a submission. */
export const CommentChange = z.object({
  /** The comment's id. */
  id: z.string(),
  /** Added, removed, or changed in one of `fields`. */
  change: z.enum(["added", "removed", "changed"]),
  /** The comment in the older version; null when added. */
  old: DiffComment.nullable(),
  /** The comment in the newer version; null when removed. */
  new: DiffComment.nullable(),
  /** For a changed comment, which parts changed. */
  fields: z.array(CommentField),
});
export type CommentChange = z.infer<typeof CommentChange>;

/** The difference between two versions of an organisation's submission, comment by comment. */
export const SubmissionDiff = z.object({
  /** Comments added, removed or changed: changed and added ones in the newer order, then removed ones. */
  comments: z.array(CommentChange),
  /** Counts. */
  summary: z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int(), unchanged: z.number().int() }),
});
export type SubmissionDiff = z.infer<typeof SubmissionDiff>;
