import type { Paragraph } from "../paragraphs";
import { placeComments } from "./anchors";
import { CommentKind, Stance, type SubmissionComment } from "./comment";
import type { Endorsement } from "./endorsements";

/** What the server reads from one organisation's submission document. */
export interface OrganisationSubmission {
  organisationId: string;
  comments: SubmissionComment[];
  endorsements: Endorsement[];
}

/** The organisations (other than its author) backing each shared comment, keyed `org/comment`. */
export function endorsementIndex(submissions: readonly OrganisationSubmission[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const submission of submissions) {
    for (const endorsement of submission.endorsements) {
      if (endorsement.organisationId === submission.organisationId) {
        continue;
      }
      const key = `${endorsement.organisationId}/${endorsement.commentId}`;
      index.set(key, [...(index.get(key) ?? []), submission.organisationId]);
    }
  }
  return index;
}

/** Comments organisations chose to share with the coalition, each with who backs it; nothing else leaves its document. */
export function sharedComments(submissions: readonly OrganisationSubmission[]): { organisationId: string; comment: SubmissionComment; endorsedBy: string[] }[] {
  const index = endorsementIndex(submissions);
  return submissions.flatMap(({ organisationId, comments }) =>
    comments
      .filter((comment) => comment.shared)
      .map((comment) => ({ organisationId, comment, endorsedBy: index.get(`${organisationId}/${comment.id}`) ?? [] })),
  );
}

/** Counts of one paragraph's comments across organisations: what the heat map colours. */
export interface ParagraphTally {
  kinds: Record<CommentKind, number>;
  stances: Record<Stance, number>;
  redLines: number;
  organisations: number;
}

function emptyTally(): ParagraphTally {
  return {
    kinds: Object.fromEntries(CommentKind.options.map((kind) => [kind, 0])) as Record<CommentKind, number>,
    stances: Object.fromEntries(Stance.options.map((stance) => [stance, 0])) as Record<Stance, number>,
    redLines: 0,
    organisations: 0,
  };
}

/** One row of the comment matrix: a paragraph, every organisation's comments on it, and their tally. */
export interface MatrixRow {
  paragraph: Paragraph;
  comments: { organisationId: string; comment: SubmissionComment; endorsedBy: string[] }[];
  tally: ParagraphTally;
}

/**
 * The coordinator's comment matrix: every paragraph in report order with all organisations'
 * comments side by side, and the comments whose paragraph has left the report.
 */
export function commentMatrix(
  report: readonly Paragraph[],
  submissions: readonly OrganisationSubmission[],
): { rows: MatrixRow[]; detached: { organisationId: string; comment: SubmissionComment }[] } {
  const index = endorsementIndex(submissions);
  const rows = new Map<string, MatrixRow>(report.map((paragraph) => [paragraph.id, { paragraph, comments: [], tally: emptyTally() }]));
  const detached: { organisationId: string; comment: SubmissionComment }[] = [];
  for (const { organisationId, comments } of submissions) {
    const placement = placeComments(comments, report);
    detached.push(...placement.detached.map((comment) => ({ organisationId, comment })));
    for (const [paragraphId, list] of placement.attached) {
      const row = rows.get(paragraphId);
      if (!row) {
        continue;
      }
      row.tally.organisations += 1;
      for (const comment of list) {
        row.comments.push({ organisationId, comment, endorsedBy: index.get(`${organisationId}/${comment.id}`) ?? [] });
        row.tally.kinds[comment.kind] += 1;
        row.tally.stances[comment.stance] += 1;
        row.tally.redLines += comment.priority === "redLine" ? 1 : 0;
      }
    }
  }
  return { rows: [...rows.values()], detached };
}
