import type { SubmissionPackage } from "../../shared/submission/submissionPackage";
import { allComments, KIND_LABELS, PRIORITY_LABELS, STANCE_LABELS } from "./packageLabels";

/** The columns of the tabular formats (CSV, XLSX), in order. */
export const PACKAGE_COLUMNS = [
  { key: "organisation", header: "Organisation" },
  { key: "section", header: "Section" },
  { key: "paragraph", header: "Paragraph" },
  { key: "paragraphText", header: "Paragraph text" },
  { key: "quote", header: "Quoted text" },
  { key: "kind", header: "Type of comment" },
  { key: "stance", header: "Stance" },
  { key: "priority", header: "Priority" },
  { key: "comment", header: "Comment" },
  { key: "proposedText", header: "Proposed change" },
  { key: "removed", header: "Paragraph removed" },
  { key: "discussion", header: "Discussion" },
] as const;

export type PackageRow = Record<(typeof PACKAGE_COLUMNS)[number]["key"], string>;

/** One row per comment, in package order; the appendix's rows say their paragraph was removed. */
export function packageRows(pkg: SubmissionPackage): PackageRow[] {
  return allComments(pkg).map(({ comment, detached }) => ({
    organisation: pkg.organisation.name,
    section: comment.section ?? "",
    paragraph: comment.paragraphNumber,
    paragraphText: comment.paragraphText,
    quote: comment.quote ?? "",
    kind: KIND_LABELS[comment.kind],
    stance: STANCE_LABELS[comment.stance],
    priority: PRIORITY_LABELS[comment.priority],
    comment: comment.comment,
    proposedText: comment.proposedText,
    removed: detached ? "yes" : "no",
    discussion: (comment.discussion ?? []).map((reply) => `${reply.at}: ${reply.text}`).join("\n"),
  }));
}
