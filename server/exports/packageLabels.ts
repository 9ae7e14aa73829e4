import type { CommentKind, Priority, Stance } from "../../shared/submission/comment";
import type { PackageComment, SubmissionPackage } from "../../shared/submission/submissionPackage";

/** How exported files name a comment's kind: the secretariat's words, in English. */
export const KIND_LABELS: Record<CommentKind, string> = {
  general: "General",
  support: "Support",
  concern: "Concern",
  amendment: "Amendment",
  question: "Question",
  editorial: "Editorial",
};

/** How exported files name a stance. */
export const STANCE_LABELS: Record<Stance, string> = {
  support: "Support",
  oppose: "Oppose",
  amend: "Amend",
  delete: "Delete",
  question: "Question",
};

export const PRIORITY_LABELS: Record<Priority, string> = { normal: "Normal", redLine: "Red line" };

/** "Section H", or the words for comments before the first section heading. */
export function sectionTitle(section: string | null): string {
  return section === null ? "Before the first section" : `Section ${section}`;
}

/** The appendix title for comments on removed paragraphs. */
export const DETACHED_TITLE = "Appendix: comments on paragraphs removed from the report";

/** "Paragraph 12", as the consultation numbers it. */
export function paragraphLabel(comment: PackageComment): string {
  return `Paragraph ${comment.paragraphNumber}`;
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

/** Every comment of a package in order: sections first, then the appendix. */
export function allComments(pkg: SubmissionPackage): { comment: PackageComment; detached: boolean }[] {
  return [
    ...pkg.sections.flatMap((section) => section.comments.map((comment) => ({ comment, detached: false }))),
    ...pkg.detached.map((comment) => ({ comment, detached: true })),
  ];
}
