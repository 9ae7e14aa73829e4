import type { Paragraph } from "../../shared/paragraphs";
import type { CommentPlacement } from "../../shared/submission/anchors";
import type { SubmissionComment } from "../../shared/submission/comment";
import { matchesFilter, type CommentFilter } from "./commentFilter";

/** The comments the rail shows: per paragraph in report order, then the detached ones. */
export interface VisibleComments {
  groups: { paragraph: Paragraph; comments: SubmissionComment[] }[];
  detached: SubmissionComment[];
  /** Ids in reading order, for moving from one comment to the next. */
  order: string[];
}

/** Applies the filter to the placed comments, keeping report order. */
export function visibleComments(paragraphs: readonly Paragraph[], placement: CommentPlacement, filter: CommentFilter): VisibleComments {
  const groups = paragraphs.flatMap((paragraph) => {
    const shown = (placement.attached.get(paragraph.id) ?? []).filter((comment) => matchesFilter(comment, filter));
    return shown.length > 0 ? [{ paragraph, comments: shown }] : [];
  });
  const detached = placement.detached.filter((comment) => matchesFilter(comment, filter));
  const order = [...groups.flatMap((group) => group.comments), ...detached].map((comment) => comment.id);
  return { groups, detached, order };
}
