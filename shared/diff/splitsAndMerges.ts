import type { ParagraphChange, WordPart } from "./ReportDiff";
import { sharedWords, totalWords, wordCounts } from "./wordParts";

/** Share of a paragraph's words that must come from (or go to) another for a split (or merge). */
const SHARE = 0.5;
/** Paragraphs shorter than this are too small to call a split or merge. */
const MIN_WORDS = 3;

type Counts = Map<string, number>;

function partWords(parts: readonly WordPart[], change: "added" | "removed"): Counts {
  return wordCounts(
    parts
      .filter((part) => part.change === change)
      .map((part) => part.text)
      .join(" "),
  );
}

/**
 * Finds, for each paragraph, the changed paragraph whose added or removed words cover at least
 * half of its words. An inverted index keeps this linear in practice: only paragraphs that share
 * a word are compared.
 */
function bestSource(subjects: readonly ParagraphChange[], subjectText: (change: ParagraphChange) => string, candidates: ReadonlyMap<string, Counts>): Map<string, string> {
  const index = new Map<string, string[]>();
  for (const [id, counts] of candidates) {
    for (const word of counts.keys()) {
      const ids = index.get(word);
      if (ids) {
        ids.push(id);
      } else {
        index.set(word, [id]);
      }
    }
  }
  const found = new Map<string, string>();
  for (const subject of subjects) {
    const words = wordCounts(subjectText(subject));
    const total = totalWords(words);
    if (total < MIN_WORDS) {
      continue;
    }
    const reached = new Set(Array.from(words.keys()).flatMap((word) => index.get(word) ?? []));
    let best: { id: string; shared: number } | null = null;
    for (const id of reached) {
      const shared = sharedWords(words, candidates.get(id) ?? new Map());
      if (shared >= total * SHARE && (!best || shared > best.shared)) {
        best = { id, shared };
      }
    }
    if (best) {
      found.set(subject.id, best.id);
    }
  }
  return found;
}

/**
 * Marks added paragraphs whose text largely came out of an old paragraph that still exists
 * (a split) and removed paragraphs whose text largely went into one that survives (a merge).
 */
export function markSplitsAndMerges(changes: ParagraphChange[]): void {
  const changed = changes.filter((change) => change.status === "changed" && change.words);
  const lost = new Map(changed.map((change) => [change.id, partWords(change.words ?? [], "removed")]));
  const gained = new Map(changed.map((change) => [change.id, partWords(change.words ?? [], "added")]));
  const added = changes.filter((change) => change.status === "added");
  const removed = changes.filter((change) => change.status === "removed");
  const splits = bestSource(added, (change) => change.new?.text ?? "", lost);
  const merges = bestSource(removed, (change) => change.old?.text ?? "", gained);
  for (const change of changes) {
    change.splitFrom = splits.get(change.id) ?? null;
    change.mergedInto = merges.get(change.id) ?? null;
  }
}
