import type { SubmissionComment } from "../submission/comment";
import { CommentField, type CommentChange, type SubmissionDiff } from "./CommentChange";
import type { DiffComment } from "./CommentFate";

/** A comment reduced to what diffs show: no authors, no discussion. */
export function diffComment(comment: SubmissionComment): DiffComment {
  const { id, paragraphId, paragraphNumber, kind, stance, priority, status, bodyText, proposedText } = comment;
  return { id, paragraphId, paragraphNumber, kind, stance, priority, status, bodyText, proposedText };
}

/**
 * Compares two versions of an organisation's submission comment by comment, by stable id: which
 * comments were added, removed, or changed in kind, stance, priority, status, body, proposal or
 * paragraph. Discussions and authors are not compared.
 */
export function submissionDiff(older: readonly DiffComment[], newer: readonly DiffComment[]): SubmissionDiff {
  const oldById = new Map(older.map((comment) => [comment.id, comment]));
  const newIds = new Set(newer.map((comment) => comment.id));
  const comments: CommentChange[] = [];
  let unchanged = 0;
  for (const comment of newer) {
    const previous = oldById.get(comment.id);
    if (!previous) {
      comments.push({ id: comment.id, change: "added", old: null, new: comment, fields: [] });
      continue;
    }
    const fields = CommentField.options.filter((field) => previous[field] !== comment[field]);
    if (fields.length === 0) {
      unchanged += 1;
    } else {
      comments.push({ id: comment.id, change: "changed", old: previous, new: comment, fields });
    }
  }
  for (const comment of older.filter((candidate) => !newIds.has(candidate.id))) {
    comments.push({ id: comment.id, change: "removed", old: comment, new: null, fields: [] });
  }
  const count = (change: CommentChange["change"]) => comments.filter((entry) => entry.change === change).length;
  return { comments, summary: { added: count("added"), removed: count("removed"), changed: count("changed"), unchanged } };
}
