import type { CommentMatrix } from "../../shared/api/comments";
import type { CommentKind, Stance } from "../../shared/submission/comment";

/** One row of the comment matrix: a paragraph, every organisation's comments on it, and their tally. */
export type OverviewRow = CommentMatrix["rows"][number];

/** One organisation's comment in the matrix. */
export type OverviewComment = OverviewRow["comments"][number];

/** What the comment matrix shows. */
export interface OverviewFilter {
  kind: CommentKind | "all";
  stance: Stance | "all";
  /** Organisation id, or "all". */
  organisation: string;
  redLinesOnly: boolean;
  readyOnly: boolean;
  /** Also list the paragraphs with no matching comment. */
  allParagraphs: boolean;
}

export const NO_OVERVIEW_FILTER: OverviewFilter = { kind: "all", stance: "all", organisation: "all", redLinesOnly: false, readyOnly: false, allParagraphs: false };

/** True when an organisation's comment passes the filter. */
export function matchesOverviewFilter(placed: Pick<OverviewComment, "organisationId" | "comment">, filter: OverviewFilter): boolean {
  const { comment } = placed;
  return (
    (filter.kind === "all" || comment.kind === filter.kind) &&
    (filter.stance === "all" || comment.stance === filter.stance) &&
    (filter.organisation === "all" || placed.organisationId === filter.organisation) &&
    (!filter.redLinesOnly || comment.priority === "redLine") &&
    (!filter.readyOnly || comment.status === "ready")
  );
}

/** The rows the matrix lists, each with only its matching comments; rows without any are left out unless all paragraphs are asked for. */
export function visibleRows(rows: readonly OverviewRow[], filter: OverviewFilter): { row: OverviewRow; comments: OverviewComment[] }[] {
  return rows
    .map((row) => ({ row, comments: row.comments.filter((placed) => matchesOverviewFilter(placed, filter)) }))
    .filter(({ comments }) => filter.allParagraphs || comments.length > 0);
}
