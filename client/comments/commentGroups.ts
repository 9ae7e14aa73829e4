import type { PlacedComment } from "../../shared/api/comments";
import type { Paragraph } from "../../shared/paragraphs";
import type { CommentPlacement } from "../../shared/submission/anchors";
import type { SubmissionComment } from "../../shared/submission/comment";
import { matchesFilter, matchesPartnerFilter, type CommentFilter } from "./commentFilter";

/** One paragraph's group in the rail: our comments, then what partners shared on it. */
export interface CommentGroup {
  paragraph: Paragraph;
  comments: SubmissionComment[];
  partners: PlacedComment[];
}

/** The comments the rail shows: per paragraph in report order, then the detached ones. */
export interface VisibleComments {
  groups: CommentGroup[];
  detached: SubmissionComment[];
  /** Ids of our comments in reading order, for moving from one comment to the next. */
  order: string[];
}

/** Applies the filter to the placed comments and partners' shared ones, keeping report order. */
export function visibleComments(
  paragraphs: readonly Paragraph[],
  placement: CommentPlacement,
  filter: CommentFilter,
  partners: readonly PlacedComment[] = [],
): VisibleComments {
  const partnersByParagraph = new Map<string, PlacedComment[]>();
  for (const placed of partners) {
    if (matchesPartnerFilter(placed.comment, filter)) {
      partnersByParagraph.set(placed.comment.paragraphId, [...(partnersByParagraph.get(placed.comment.paragraphId) ?? []), placed]);
    }
  }
  const groups = paragraphs.flatMap((paragraph) => {
    const shown = (placement.attached.get(paragraph.id) ?? []).filter((comment) => matchesFilter(comment, filter));
    const shared = partnersByParagraph.get(paragraph.id) ?? [];
    return shown.length > 0 || shared.length > 0 ? [{ paragraph, comments: shown, partners: shared }] : [];
  });
  const detached = placement.detached.filter((comment) => matchesFilter(comment, filter));
  const order = [...groups.flatMap((group) => group.comments), ...detached].map((comment) => comment.id);
  return { groups, detached, order };
}
