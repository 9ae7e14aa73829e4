import { z } from "zod";
import { CommentSummary } from "../api/comments";

/** A comment as diffs show it: what it says, never who wrote it nor its internal discussion. */
export const DiffComment = CommentSummary.pick({
  id: true,
  paragraphId: true,
  paragraphNumber: true,
  kind: true,
  stance: true,
  priority: true,
  status: true,
  bodyText: true,
  proposedText: true,
});
export type DiffComment = z.infer<typeof DiffComment>;

/**
 * What happened to the paragraph a comment answers, from the older version to the newer:
 * `absent` when the paragraph was not in the older version at all.
 */
export const CommentFate = z.enum(["unchanged", "modified", "merged", "split", "moved", "removed", "absent"]);
export type CommentFate = z.infer<typeof CommentFate>;

/** Whether an amendment's proposal made it into the newer text. */
export const UptakeStatus = z.enum(["adopted", "partlyAdopted", "notAdopted"]);
export type UptakeStatus = z.infer<typeof UptakeStatus>;

/** An amendment's uptake. */
export const Uptake = z.object({
  status: UptakeStatus,
  /** Share of the proposed changes (words added and words deleted) the newer text made, 0 to 100. */
  percent: z.number().int().min(0).max(100),
});
export type Uptake = z.infer<typeof Uptake>;

/** One comment carried from the older version to the newer. */
export const CommentOutcome = z.object({
  /** The comment's id. */
  commentId: z.string(),
  /** What happened to its paragraph. */
  fate: CommentFate,
  /** True when the paragraph also moved (a moved paragraph with new text is `modified` and moved). */
  moved: z.boolean(),
  /** The paragraph's number in the older version; null when absent. */
  oldNumber: z.string().nullable(),
  /** Where the comment's paragraph is in the newer version (its own, or the one it merged into); null when removed. */
  newParagraphId: z.string().nullable(),
  /** That paragraph's number in the newer version. */
  newNumber: z.string().nullable(),
  /** For amendments and proposals to delete: whether they were taken up; null otherwise. */
  uptake: Uptake.nullable(),
});
export type CommentOutcome = z.infer<typeof CommentOutcome>;
