import { z } from "zod";
import { Paragraph } from "../paragraphs";
import { CommentKind, CommentStatus, Priority, Stance, type SubmissionComment } from "../submission/comment";

/** A comment as it is shown outside its organisation's editor: no discussion, no author names. */
export const CommentSummary = z.object({
  /** Stable id within its submission. */
  id: z.string(),
  /** The paragraph it answers. */
  paragraphId: z.string(),
  /**
   * The paragraph's number in the report as it stands, read on the server; for a paragraph that
   * left the report, its number in the newest saved version that had it (see `lastSeen`), or the
   * comment's own record when no saved version had it.
   */
  paragraphNumber: z.string(),
  kind: CommentKind,
  stance: Stance,
  priority: Priority,
  status: CommentStatus,
  /** The comment, as plain text. */
  bodyText: z.string(),
  /** For amendments, the proposed text of the paragraph. */
  proposedText: z.string(),
  /** The quoted words, if a span was selected. */
  quote: z.string().nullable(),
  /** Shared with the coalition. */
  shared: z.boolean(),
  /** ISO 8601. */
  updatedAt: z.string(),
});
export type CommentSummary = z.infer<typeof CommentSummary>;

/**
 * Trims a submission comment to what may leave the organisation's editor, numbered as the report
 * numbers its paragraph: the number the comment stored is only what its writer's editor last saw.
 */
export function commentSummary(comment: SubmissionComment, paragraphNumber: string): CommentSummary {
  const { id, paragraphId, kind, stance, priority, status, bodyText, proposedText, quote, shared, updatedAt } = comment;
  return { id, paragraphId, paragraphNumber, kind, stance, priority, status, bodyText, proposedText, quote: quote?.exact ?? null, shared, updatedAt };
}

/** Where a paragraph that left the report was last seen: the newest saved version of the report that had it. */
export const LastSeenParagraph = z.object({
  /** Its number in that version. */
  number: z.string(),
  /** Its wording in that version. */
  text: z.string(),
  /** The version. */
  versionId: z.number().int(),
  /** When the version was saved, ISO 8601. */
  savedAt: z.string(),
});
export type LastSeenParagraph = z.infer<typeof LastSeenParagraph>;

/** An organisation's comment placed in the coalition's view, with the organisations backing it. */
export const PlacedComment = z.object({
  /** Whose comment it is. */
  organisationId: z.string(),
  comment: CommentSummary,
  /** Other organisations that endorsed it. */
  endorsedBy: z.array(z.string()),
});
export type PlacedComment = z.infer<typeof PlacedComment>;

/** `GET /api/consultations/:id/comment-matrix` (coordinators): every organisation's comments per paragraph. */
export const CommentMatrix = z.object({
  /** Organisations taking part, in column order. */
  organisations: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Every paragraph of the report in order, with the comments on it and their tally. */
  rows: z.array(
    z.object({
      paragraph: Paragraph,
      comments: z.array(PlacedComment),
      tally: z.object({
        kinds: z.record(CommentKind, z.number()),
        stances: z.record(Stance, z.number()),
        redLines: z.number(),
        /** How many organisations commented on the paragraph. */
        organisations: z.number(),
      }),
    }),
  ),
  /** Comments whose paragraph is no longer in the report. */
  detached: z.array(
    PlacedComment.omit({ endorsedBy: true }).extend({
      /** The paragraph as last seen in the report's saved versions; null when none had it (the number is then the comment's own record). */
      lastSeen: LastSeenParagraph.nullable(),
    }),
  ),
});
export type CommentMatrix = z.infer<typeof CommentMatrix>;

/** `GET /api/consultations/:id/shared-comments`: what organisations shared with the coalition. */
export const SharedCommentList = z.object({
  comments: z.array(
    PlacedComment.extend({
      /** For a comment whose paragraph left the report: the paragraph as last seen in the report's saved versions; null otherwise, or when none had it. */
      lastSeen: LastSeenParagraph.nullable(),
    }),
  ),
});
export type SharedCommentList = z.infer<typeof SharedCommentList>;
