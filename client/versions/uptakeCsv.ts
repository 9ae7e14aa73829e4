import type { DiffComments } from "../../shared/api/diffs";

/** One CSV field, quoted when it holds a separator, a quote or a line break; formulas defused. */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The uptake table as CSV (RFC 4180, CRLF), with the column titles and labels given in the reader's language. */
export function uptakeCsv(data: DiffComments, headers: string[], label: (row: DiffComments["outcomes"][number]) => string[]): string {
  const byId = new Map(data.comments.map((comment) => [comment.id, comment]));
  const rows = data.outcomes.map((outcome) => {
    const comment = byId.get(outcome.commentId);
    return [outcome.oldNumber ?? "", outcome.newNumber ?? "", ...label(outcome), comment?.bodyText ?? "", comment?.proposedText ?? ""];
  });
  return [headers, ...rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
