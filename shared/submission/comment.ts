import { z } from "zod";

/** What a comment is: the columns a secretariat's comment table sorts by. */
export const CommentKind = z.enum(["general", "support", "concern", "amendment", "question", "editorial"]);
export type CommentKind = z.infer<typeof CommentKind>;

/** The organisation's position on the paragraph the comment answers. */
export const Stance = z.enum(["support", "oppose", "amend", "delete", "question"]);
export type Stance = z.infer<typeof Stance>;

/** A red line is a point the organisation will not give up. */
export const Priority = z.enum(["normal", "redLine"]);
export type Priority = z.infer<typeof Priority>;

/** Drafts are still being written; ready ones are agreed within the organisation. */
export const CommentStatus = z.enum(["draft", "ready"]);
export type CommentStatus = z.infer<typeof CommentStatus>;

/**
 * The exact words a comment is about. The quote with a little context is the durable anchor:
 * the relative positions follow edits while the text survives, and when they no longer point at
 * the quote (a split paragraph, a rewrite) the quote is searched for instead.
 */
export const QuotedSpan = z.object({
  /** The quoted words. */
  exact: z.string().min(1).max(2000),
  /** A few words before them, to tell repeated quotes apart. */
  prefix: z.string().max(200),
  /** A few words after them. */
  suffix: z.string().max(200),
  /** Yjs relative position (JSON) of the quote's start in the report, if known. */
  start: z.unknown().nullable(),
  /** Yjs relative position (JSON) of the quote's end. */
  end: z.unknown().nullable(),
});
export type QuotedSpan = z.infer<typeof QuotedSpan>;

/** Someone who wrote part of a comment, by name as it was then. */
export const CommentAuthor = z.object({
  /** Person id. */
  id: z.string(),
  /** Their name. */
  name: z.string(),
});
export type CommentAuthor = z.infer<typeof CommentAuthor>;

/** One reply in a comment's internal discussion. */
export const Reply = z.object({
  /** Stable id. */
  id: z.string(),
  /** Who wrote it. */
  author: CommentAuthor,
  /** Plain text. */
  text: z.string(),
  /** ISO 8601. */
  createdAt: z.string(),
});
export type Reply = z.infer<typeof Reply>;

/** A comment as read from a submission document (its rich body stays in the document). */
export const SubmissionComment = z.object({
  /** Stable id. */
  id: z.string(),
  /** The paragraph it answers, by stable id. */
  paragraphId: z.string(),
  /** That paragraph's number when last seen, shown if the paragraph is deleted. */
  paragraphNumber: z.string(),
  /** The paragraph's text when the comment was written. */
  paragraphText: z.string(),
  /** The exact words it is about, if a span was selected. */
  quote: QuotedSpan.nullable(),
  kind: CommentKind,
  stance: Stance,
  priority: Priority,
  status: CommentStatus,
  /** Everyone who wrote part of it, first author first. */
  authors: z.array(CommentAuthor),
  /** ISO 8601. */
  createdAt: z.string(),
  /** ISO 8601, last change of body, proposal or settings. */
  updatedAt: z.string(),
  /** The body as plain text (the rich text lives in the document). */
  bodyText: z.string(),
  /** For amendments: the proposed replacement text of the paragraph, as plain text. */
  proposedText: z.string(),
  /** The organisation's internal discussion; not exported unless asked. */
  replies: z.array(Reply),
  /** True once the discussion is settled. */
  resolved: z.boolean(),
  /** True when the organisation has shared it with the coalition, which can then endorse it. */
  shared: z.boolean(),
});
export type SubmissionComment = z.infer<typeof SubmissionComment>;

/** What a new comment starts with. */
export interface NewComment {
  paragraphId: string;
  paragraphNumber: string;
  paragraphText: string;
  quote: QuotedSpan | null;
  kind: CommentKind;
  stance: Stance;
  priority: Priority;
  /** For amendments: the text to start the proposal from (usually the paragraph itself). */
  proposedText?: string;
}

/** The settings of a comment people change from its menu. */
export type CommentSettings = Partial<Pick<SubmissionComment, "kind" | "stance" | "priority" | "status" | "resolved" | "shared">>;

/**
 * The stance a kind itself states, chosen for the writer when they pick the kind; null when the
 * kind leaves the position open (a general remark, a concern), which the writer then chooses.
 */
export function defaultStance(kind: CommentKind): Stance | null {
  const stances: Record<CommentKind, Stance | null> = {
    general: null,
    support: "support",
    concern: null,
    amendment: "amend",
    question: "question",
    editorial: "amend",
  };
  return stances[kind];
}
