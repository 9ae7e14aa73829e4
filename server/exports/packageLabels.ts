import type { PackageComment, SubmissionPackage } from "../../shared/submission/submissionPackage";
import { labelled, type ExportLabels } from "./labels/exportLabels";

/** "Section H", or the words for comments before the first section heading. */
export function sectionTitle(labels: ExportLabels, section: string | null): string {
  return section === null ? labels.beforeFirstSection : labels.section(section);
}

/** A comment's type, stance and red line: "Amendment (Amend, red line)". */
export function commentType(labels: ExportLabels, comment: PackageComment): string {
  return labels.commentType(labels.kinds[comment.kind], labels.stances[comment.stance], comment.priority === "redLine");
}

/** A comment's heading: "Paragraph 12: Amendment (Amend, red line)". */
export function commentHeading(labels: ExportLabels, comment: PackageComment): string {
  return labelled(labels, labels.paragraph(comment.paragraphNumber), commentType(labels, comment));
}

/** A deadline as the cover page states it: "2027-04-03 23:59 (America/New_York)". */
export function deadlineText(pkg: SubmissionPackage): string {
  const { local, timeZone } = pkg.consultation.deadline;
  return `${local.replace("T", " ")} (${timeZone})`;
}

/** The package's date as the cover page states it: the UTC day and minute. */
export function asOfText(pkg: SubmissionPackage): string {
  return `${pkg.asOf.slice(0, 16).replace("T", " ")} UTC`;
}

/** What a draft's banner says: not submitted, or changed since the submission that stands. */
export function draftText(labels: ExportLabels, pkg: SubmissionPackage): string {
  return pkg.submittedAt ? labels.changedSinceSubmitted(`${pkg.submittedAt.slice(0, 16).replace("T", " ")} UTC`) : labels.states.draft;
}

/** The package's state as the spreadsheet's first detail gives it. */
export function stateText(labels: ExportLabels, pkg: SubmissionPackage): string {
  return pkg.state === "draft" ? draftText(labels, pkg) : labels.states.submitted;
}

/** The cover page's details, each as [label, value]: consultation, organisation, date, deadline. */
export function coverFields(labels: ExportLabels, pkg: SubmissionPackage): [string, string][] {
  return [
    [labels.cover.consultation, pkg.consultation.title],
    [labels.cover.organisation, pkg.organisation.name],
    [labels.cover.date, asOfText(pkg)],
    [labels.cover.deadline, deadlineText(pkg)],
  ];
}

/** Every comment of a package in order: sections first, then the appendix. */
export function allComments(pkg: SubmissionPackage): { comment: PackageComment; detached: boolean }[] {
  return [
    ...pkg.sections.flatMap((section) => section.comments.map((comment) => ({ comment, detached: false }))),
    ...pkg.detached.map((comment) => ({ comment, detached: true })),
  ];
}
