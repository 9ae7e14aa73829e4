import type { CommentFate, CommentOutcome, DiffComment, Uptake } from "./CommentFate";
import type { ParagraphChange, ReportDiff } from "./ReportDiff";
import { sharedWords, totalWords, wordCounts } from "./wordParts";

type Counts = Map<string, number>;

/** The words of `a` left once those of `b` are taken away, counting repeats. */
function minus(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Counts {
  const left = new Map<string, number>();
  for (const [word, count] of a) {
    const rest = count - (b.get(word) ?? 0);
    if (rest > 0) {
      left.set(word, rest);
    }
  }
  return left;
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();
const sameWords = (a: Counts, b: Counts) => totalWords(minus(a, b)) === 0 && totalWords(minus(b, a)) === 0;
const NOT_ADOPTED: Uptake = { status: "notAdopted", percent: 0 };
const ADOPTED: Uptake = { status: "adopted", percent: 100 };

/**
 * How much of a proposed wording the newer text took up. The proposal's changes are the words it
 * adds to the older text and the words it deletes from it; the share is how many of those the
 * newer text made too. All of them (or the exact wording) is adopted, none is not adopted,
 * anything between is partly adopted, rounded but never shown as 0 or 100. `alreadyThere` is
 * text the newer paragraph had anyway (the paragraph a merged one went into), left out.
 */
export function amendmentUptake(oldText: string, proposedText: string, newText: string, alreadyThere = ""): Uptake {
  if (!alreadyThere && normalise(newText) === normalise(proposedText)) {
    return ADOPTED;
  }
  const older = wordCounts(oldText);
  const proposed = wordCounts(proposedText);
  const newer = minus(wordCounts(newText), wordCounts(alreadyThere));
  const toAdd = minus(proposed, older);
  const toDelete = minus(older, proposed);
  const wanted = totalWords(toAdd) + totalWords(toDelete);
  if (wanted === 0) {
    return sameWords(newer, proposed) ? ADOPTED : NOT_ADOPTED;
  }
  const made = sharedWords(toAdd, minus(newer, older)) + sharedWords(toDelete, minus(older, newer));
  if (made === wanted) {
    return ADOPTED;
  }
  if (made === 0) {
    return NOT_ADOPTED;
  }
  return { status: "partlyAdopted", percent: Math.min(99, Math.max(1, Math.round((made / wanted) * 100))) };
}

/** Where a comment's paragraph went, and the older and newer text its proposal is measured on. */
interface Followed {
  fate: CommentFate;
  target: ParagraphChange | null;
  oldText: string;
  newText: string;
  /** For a merge: the older text of the paragraph it went into, whose words do not count. */
  alreadyThere: string;
}

function follow(change: ParagraphChange, byId: ReadonlyMap<string, ParagraphChange>, splitParts: ReadonlyMap<string, ParagraphChange[]>): Followed {
  const oldText = change.old?.text ?? "";
  if (change.status === "removed") {
    const target = change.mergedInto ? byId.get(change.mergedInto) : undefined;
    if (!target) {
      return { fate: "removed", target: null, oldText, newText: "", alreadyThere: "" };
    }
    return { fate: "merged", target, oldText, newText: target.new?.text ?? "", alreadyThere: target.old?.text ?? "" };
  }
  const parts = splitParts.get(change.id) ?? [];
  const fate: CommentFate = parts.length > 0 ? "split" : change.status === "changed" ? "modified" : change.movedFrom ? "moved" : "unchanged";
  const newText = [change.new?.text ?? "", ...parts.map((part) => part.new?.text ?? "")].join(" ");
  return { fate, target: change, oldText, newText, alreadyThere: "" };
}

/** Uptake for a comment that proposes wording, or proposes deleting the paragraph; null for others. */
function uptakeOf(comment: Pick<DiffComment, "stance" | "proposedText">, followed: Followed): Uptake | null {
  const proposal = comment.proposedText.trim();
  if (proposal && normalise(proposal) !== normalise(followed.oldText)) {
    return followed.fate === "removed" ? NOT_ADOPTED : amendmentUptake(followed.oldText, proposal, followed.newText, followed.alreadyThere);
  }
  if (!proposal && comment.stance === "delete") {
    return followed.fate === "removed" ? ADOPTED : NOT_ADOPTED;
  }
  return null;
}

/**
 * Carries an organisation's comments from the older version of a diff to the newer: for each,
 * what happened to its paragraph (by stable id, following merges and splits), where it is now,
 * and, for amendments, how much of the proposal the newer text took up. Outcomes come in the
 * diff's paragraph order, as the report reads, not in the order the comments were written; a
 * paragraph's own comments keep theirs.
 */
export function commentOutcomes(comments: readonly Pick<DiffComment, "id" | "paragraphId" | "stance" | "proposedText">[], diff: ReportDiff): CommentOutcome[] {
  const byId = new Map(diff.paragraphs.map((change) => [change.id, change]));
  const splitParts = new Map<string, ParagraphChange[]>();
  for (const change of diff.paragraphs) {
    if (change.splitFrom) {
      splitParts.set(change.splitFrom, [...(splitParts.get(change.splitFrom) ?? []), change]);
    }
  }
  const position = new Map(diff.paragraphs.map((change, index) => [change.id, index]));
  const place = (comment: { paragraphId: string }) => position.get(comment.paragraphId) ?? diff.paragraphs.length;
  const inReportOrder = [...comments].sort((a, b) => place(a) - place(b));
  return inReportOrder.map((comment) => {
    const change = byId.get(comment.paragraphId);
    if (!change?.old) {
      const now = change?.new ?? null;
      return { commentId: comment.id, fate: "absent", moved: false, oldNumber: null, newParagraphId: now?.id ?? null, newNumber: now?.number ?? null, uptake: null };
    }
    const followed = follow(change, byId, splitParts);
    return {
      commentId: comment.id,
      fate: followed.fate,
      moved: change.movedFrom !== null,
      oldNumber: change.old.number,
      newParagraphId: followed.target?.new?.id ?? null,
      newNumber: followed.target?.new?.number ?? null,
      uptake: uptakeOf(comment, followed),
    };
  });
}
