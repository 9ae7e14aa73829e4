import type { Paragraph } from "../../shared/paragraphs";
import type { SubmissionPackage } from "../../shared/submission/submissionPackage";
import { allComments, KIND_LABELS, PRIORITY_LABELS, STANCE_LABELS } from "./packageLabels";

/** The columns of the ISO/IEC comment table secretariats compile, in order. */
export const COMMENT_TABLE_COLUMNS = [
  { key: "organisation", header: "Organisation", width: 22 },
  { key: "paragraph", header: "Paragraph number", width: 11 },
  { key: "section", header: "Clause / section", width: 10 },
  { key: "paragraphText", header: "Paragraph text", width: 50 },
  { key: "type", header: "Type of comment", width: 18 },
  { key: "comment", header: "Comment", width: 50 },
  { key: "proposedChange", header: "Proposed change", width: 50 },
  { key: "observations", header: "Observations of the secretariat", width: 30 },
] as const;

export type CommentTableRow = Record<(typeof COMMENT_TABLE_COLUMNS)[number]["key"], string>;

/**
 * Every organisation's comments as one table, grouped by paragraph in report order (organisations
 * in the order given within a paragraph); comments on removed paragraphs come last.
 */
export function commentTable(report: readonly Paragraph[], packages: readonly SubmissionPackage[]): CommentTableRow[] {
  const position = new Map(report.map((paragraph, index) => [paragraph.id, index]));
  const rows = packages.flatMap((pkg, organisationIndex) =>
    allComments(pkg).map(({ comment, detached }, commentIndex) => ({
      order: [detached ? report.length : (position.get(comment.paragraphId) ?? report.length), organisationIndex, commentIndex],
      row: {
        organisation: pkg.organisation.name,
        paragraph: comment.paragraphNumber,
        section: detached ? "removed" : (comment.section ?? ""),
        paragraphText: comment.paragraphText,
        type: `${KIND_LABELS[comment.kind]} (${STANCE_LABELS[comment.stance]}${comment.priority === "redLine" ? `, ${PRIORITY_LABELS.redLine.toLowerCase()}` : ""})`,
        comment: comment.quote ? `On “${comment.quote}”: ${comment.comment}` : comment.comment,
        proposedChange: comment.proposedText,
        observations: "",
      },
    })),
  );
  const compare = (a: number[], b: number[]) => a.reduce((result, value, index) => result || value - (b[index] ?? 0), 0);
  return rows.sort((a, b) => compare(a.order, b.order)).map((entry) => entry.row);
}
