import { z } from "zod";
import type * as Y from "yjs";
import { CommentAuthor } from "./comment";

/**
 * One organisation's backing of a comment another organisation shared with the coalition. It is
 * kept in the endorsing organisation's own submission document, under `endorsements`, so that no
 * organisation ever writes into a document that holds another's words.
 */
export const Endorsement = z.object({
  /** The organisation whose comment is endorsed. */
  organisationId: z.string(),
  /** That comment's id. */
  commentId: z.string(),
  /** Who endorsed it for the endorsing organisation. */
  by: CommentAuthor,
  /** ISO 8601. */
  at: z.string(),
});
export type Endorsement = z.infer<typeof Endorsement>;

/** The field of a submission document that holds its endorsements. */
export const ENDORSEMENTS_FIELD = "endorsements";

const keyOf = (target: { organisationId: string; commentId: string }) => `${target.organisationId}/${target.commentId}`;

function endorsementsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ENDORSEMENTS_FIELD);
}

/** Records that the document's organisation backs another organisation's shared comment. */
export function endorse(doc: Y.Doc, target: { organisationId: string; commentId: string }, by: CommentAuthor, now: Date): void {
  endorsementsMap(doc).set(keyOf(target), { ...target, by, at: now.toISOString() } satisfies Endorsement);
}

/** Takes an endorsement back. */
export function withdrawEndorsement(doc: Y.Doc, target: { organisationId: string; commentId: string }): void {
  endorsementsMap(doc).delete(keyOf(target));
}

/** Every endorsement the document's organisation has made; malformed entries are skipped. */
export function readEndorsements(doc: Y.Doc): Endorsement[] {
  return [...endorsementsMap(doc).values()].flatMap((value) => {
    const parsed = Endorsement.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}
