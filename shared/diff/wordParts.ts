import { diffWordsWithSpace } from "diff";
import type { WordPart } from "./ReportDiff";

/** Word-level changes from one text to another, as runs of kept, added and removed words. */
export function wordParts(oldText: string, newText: string): WordPart[] {
  return diffWordsWithSpace(oldText, newText).map((change) => ({
    text: change.value,
    change: change.added ? "added" : change.removed ? "removed" : "same",
  }));
}

/** The text on one side of a word diff: the new text skips removed runs, the old skips added ones. */
export function sideOf(parts: readonly WordPart[], side: "old" | "new"): string {
  const skip = side === "new" ? "removed" : "added";
  return parts
    .filter((part) => part.change !== skip)
    .map((part) => part.text)
    .join("");
}

/** Counts of each lower-cased word (letters and digits in any script) of a text. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  }
  return counts;
}

/** How many words the two counts share, counting repeats. */
export function sharedWords(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  for (const [word, count] of a) {
    shared += Math.min(count, b.get(word) ?? 0);
  }
  return shared;
}

/** How many words a count holds, counting repeats. */
export function totalWords(counts: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const count of counts.values()) {
    total += count;
  }
  return total;
}
