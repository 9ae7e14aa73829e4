import type { CommentKind, CommentStatus, SubmissionComment } from "../../shared/submission/comment";

/** What the comment rail shows. */
export interface CommentFilter {
  kind: CommentKind | "all";
  status: CommentStatus | "all";
  /** Person id, or "all". */
  author: string;
  /** Show the paragraphs that have no comment yet instead of the comments. */
  uncommented: boolean;
  /** Show beside our comments what partner organisations shared with the coalition. */
  coalition: boolean;
}

export const NO_FILTER: CommentFilter = { kind: "all", status: "all", author: "all", uncommented: false, coalition: false };

/** True when a comment passes the filter. */
export function matchesFilter(comment: SubmissionComment, filter: CommentFilter): boolean {
  return (
    (filter.kind === "all" || comment.kind === filter.kind) &&
    (filter.status === "all" || comment.status === filter.status) &&
    (filter.author === "all" || comment.authors.some((author) => author.id === filter.author))
  );
}

/** Everyone who wrote any of the comments, by name. */
export function commentAuthors(comments: readonly SubmissionComment[]): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const comment of comments) {
    for (const author of comment.authors) {
      byId.set(author.id, author.name);
    }
  }
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** True when a partner's shared comment passes the filter: by kind; it has no status or authors to match. */
export function matchesPartnerFilter(comment: { kind: SubmissionComment["kind"] }, filter: CommentFilter): boolean {
  return filter.coalition && filter.author === "all" && filter.status === "all" && (filter.kind === "all" || comment.kind === filter.kind);
}
