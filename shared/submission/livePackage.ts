import type { PackageComment, SubmissionPackage } from "./submissionPackage";

/** The standing submission: its frozen package and when it was made. */
export interface OfficialPackage {
  at: string;
  pkg: SubmissionPackage;
}

/** What the organisation wrote, without what the report or the export options add. */
const authored = (comment: PackageComment) => [
  comment.id,
  comment.paragraphId,
  comment.quote,
  comment.kind,
  comment.stance,
  comment.priority,
  comment.status,
  comment.comment,
  comment.proposedText,
];

const content = (pkg: SubmissionPackage) =>
  JSON.stringify([
    pkg.generalRemarks,
    pkg.coverNote,
    pkg.sections.flatMap((section) => section.comments.map(authored)),
    pkg.detached.map(authored),
  ]);

/**
 * The live package once the organisation has submitted. While nothing it wrote has changed, it is
 * the submitted text and is dated by the submission; after a change it is a draft that still says
 * when the standing submission was made, so nobody reads "not submitted" of a submitted package.
 */
export function livePackage(draft: SubmissionPackage, official: OfficialPackage | null): SubmissionPackage {
  if (!official) {
    return draft;
  }
  const at = new Date(official.at).toISOString();
  if (content(draft) === content(official.pkg)) {
    return { ...draft, state: "submitted", asOf: at };
  }
  return { ...draft, submittedAt: at };
}
