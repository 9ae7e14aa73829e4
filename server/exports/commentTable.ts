import type { Paragraph } from "../../shared/paragraphs";
import type { SubmissionPackage } from "../../shared/submission/submissionPackage";
import type { ExportLabels } from "./labels/exportLabels";
import { allComments, commentType } from "./packageLabels";

/** The columns of the ISO/IEC comment table secretariats compile, in order; headers come from the labels. */
export const COMMENT_TABLE_COLUMNS = [
  { key: "organisation", width: 22 },
  { key: "paragraph", width: 11 },
  { key: "section", width: 10 },
  { key: "paragraphText", width: 50 },
  { key: "type", width: 18 },
  { key: "comment", width: 50 },
  { key: "proposedChange", width: 50 },
  { key: "observations", width: 30 },
] as const satisfies readonly { key: keyof ExportLabels["matrix"]["columns"]; width: number }[];

export type CommentTableRow = Record<(typeof COMMENT_TABLE_COLUMNS)[number]["key"], string>;

/**
 * Every organisation's comments as one table, grouped by paragraph in report order (organisations
 * in the order given within a paragraph); comments on removed paragraphs come last.
 */
export function commentTable(report: readonly Paragraph[], packages: readonly SubmissionPackage[], labels: ExportLabels): CommentTableRow[] {
  const position = new Map(report.map((paragraph, index) => [paragraph.id, index]));
  const rows = packages.flatMap((pkg, organisationIndex) =>
    allComments(pkg).map(({ comment, detached }, commentIndex) => ({
      order: [detached ? report.length : (position.get(comment.paragraphId) ?? report.length), organisationIndex, commentIndex],
      row: {
        organisation: pkg.organisation.name,
        paragraph: comment.paragraphNumber,
        section: detached ? labels.matrix.removed : (comment.section ?? ""),
        paragraphText: comment.paragraphText,
        type: commentType(labels, comment),
        comment: comment.quote ? labels.matrix.onQuote(comment.quote, comment.comment) : comment.comment,
        proposedChange: comment.proposedText,
        observations: "",
      },
    })),
  );
  const compare = (a: number[], b: number[]) => a.reduce((result, value, index) => result || value - (b[index] ?? 0), 0);
  return rows.sort((a, b) => compare(a.order, b.order)).map((entry) => entry.row);
}
