import type { SubmissionPackage } from "../../shared/submission/submissionPackage";
import type { ExportLabels } from "./labels/exportLabels";
import { allComments } from "./packageLabels";

/** The columns of the tabular formats (CSV, XLSX), in order; headers come from the labels. */
export const PACKAGE_COLUMNS = [
  "organisation",
  "section",
  "paragraph",
  "paragraphText",
  "quote",
  "kind",
  "stance",
  "priority",
  "comment",
  "proposedText",
  "removed",
  "discussion",
] as const satisfies readonly (keyof ExportLabels["columns"])[];

export type PackageRow = Record<(typeof PACKAGE_COLUMNS)[number], string>;

/** One row per comment, in package order; the appendix's rows say their paragraph was removed. */
export function packageRows(pkg: SubmissionPackage, labels: ExportLabels): PackageRow[] {
  return allComments(pkg).map(({ comment, detached }) => ({
    organisation: pkg.organisation.name,
    section: comment.section ?? "",
    paragraph: comment.paragraphNumber,
    paragraphText: comment.paragraphText,
    quote: comment.quote ?? "",
    kind: labels.kinds[comment.kind],
    stance: labels.stances[comment.stance],
    priority: labels.priorities[comment.priority],
    comment: comment.comment,
    proposedText: comment.proposedText,
    removed: detached ? labels.yes : labels.no,
    discussion: (comment.discussion ?? []).map((reply) => `${reply.at}: ${reply.text}`).join("\n"),
  }));
}
