import { z } from "zod";
import { Deadline } from "../deadline";
import type { Paragraph } from "../paragraphs";
import { placeComments } from "./anchors";
import { CommentKind, CommentStatus, Priority, Stance, type SubmissionComment } from "./comment";

/** Names the JSON package format, so an import can tell a Parley package from any JSON. */
export const PACKAGE_FORMAT = "parley.submission-package";
/** Raised when the package's shape changes incompatibly; imports check it. */
export const PACKAGE_VERSION = 1;

/** One comment as a package carries it: the organisation speaks, not the individual people. */
export const PackageComment = z.object({
  /** The comment's id within its submission. */
  id: z.string(),
  /** The paragraph it answers, by stable id. */
  paragraphId: z.string(),
  /** The paragraph's number as the consultation numbers it (last known, for removed paragraphs). */
  paragraphNumber: z.string(),
  /** The report section, e.g. "H"; null when the paragraph has left the report. */
  section: z.string().nullable(),
  /** The paragraph's text as the report reads now (or as it read when the comment was written, if removed). */
  paragraphText: z.string(),
  /** The quoted words, if the comment is about a span. */
  quote: z.string().nullable(),
  kind: CommentKind,
  stance: Stance,
  priority: Priority,
  status: CommentStatus,
  /** The comment itself, plain text with one line per paragraph. */
  comment: z.string(),
  /** For amendments: the proposed text of the whole paragraph. */
  proposedText: z.string(),
  /** The internal discussion, only when the export asked for it: texts and times, no names. */
  discussion: z.array(z.object({ text: z.string(), at: z.string() })).optional(),
});
export type PackageComment = z.infer<typeof PackageComment>;

/**
 * An organisation's comment package in Parley's JSON format (`format` + `version`): the one model
 * every export format is rendered from, and what a JSON export imports back.
 */
export const SubmissionPackage = z.object({
  format: z.literal(PACKAGE_FORMAT),
  version: z.literal(PACKAGE_VERSION),
  consultation: z.object({ id: z.string(), title: z.string(), deadline: Deadline }),
  organisation: z.object({ id: z.string(), name: z.string() }),
  /** "draft" unless built from a submitted version; drafts are marked as such in every format. */
  state: z.enum(["draft", "submitted"]),
  /** When the package's content was fixed: the submission time, or the export time for a draft. */
  asOf: z.iso.datetime(),
  /** For a draft that differs from a submission still standing: when that submission was made. */
  submittedAt: z.iso.datetime().optional(),
  /** General remarks on the whole report. */
  generalRemarks: z.string(),
  /** The cover note. */
  coverNote: z.string(),
  /** Comments in report order, grouped by section (A to H); paragraphs with no section first. */
  sections: z.array(z.object({ section: z.string().nullable(), comments: z.array(PackageComment) })),
  /** Comments whose paragraph was removed from the report: never dropped. */
  detached: z.array(PackageComment),
});
export type SubmissionPackage = z.infer<typeof SubmissionPackage>;

/** What a package is built from. */
export interface PackageSource {
  consultation: { id: string; title: string; deadline: Deadline };
  organisation: { id: string; name: string };
  report: readonly Paragraph[];
  comments: readonly SubmissionComment[];
  generalRemarks: string;
  coverNote: string;
  state: "draft" | "submitted";
  asOf: Date;
  includeDiscussion?: boolean;
}

function packageComment(comment: SubmissionComment, paragraph: Paragraph | null, includeDiscussion: boolean): PackageComment {
  return {
    id: comment.id,
    paragraphId: comment.paragraphId,
    paragraphNumber: paragraph?.number ?? comment.paragraphNumber,
    section: paragraph?.section ?? null,
    paragraphText: paragraph?.text ?? comment.paragraphText,
    quote: comment.quote?.exact ?? null,
    kind: comment.kind,
    stance: comment.stance,
    priority: comment.priority,
    status: comment.status,
    comment: comment.bodyText,
    proposedText: comment.kind === "amendment" ? comment.proposedText : "",
    ...(includeDiscussion ? { discussion: comment.replies.map((reply) => ({ text: reply.text, at: reply.createdAt })) } : {}),
  };
}

/** Builds an organisation's package: comments in report order by section, removed paragraphs' comments in an appendix. */
export function buildSubmissionPackage(source: PackageSource): SubmissionPackage {
  const includeDiscussion = source.includeDiscussion ?? false;
  const { attached, detached } = placeComments(source.comments, source.report);
  const sections: SubmissionPackage["sections"] = [];
  for (const paragraph of source.report) {
    const comments = attached.get(paragraph.id);
    if (!comments) {
      continue;
    }
    let current = sections.at(-1);
    if (!current || current.section !== paragraph.section) {
      current = { section: paragraph.section, comments: [] };
      sections.push(current);
    }
    current.comments.push(...comments.map((comment) => packageComment(comment, paragraph, includeDiscussion)));
  }
  return {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    consultation: { id: source.consultation.id, title: source.consultation.title, deadline: source.consultation.deadline },
    organisation: { id: source.organisation.id, name: source.organisation.name },
    state: source.state,
    asOf: source.asOf.toISOString(),
    generalRemarks: source.generalRemarks,
    coverNote: source.coverNote,
    sections,
    detached: detached.map((comment) => packageComment(comment, null, includeDiscussion)),
  };
}
