/** Chinese and Japanese characters count as words of their own: those scripts put no spaces between words. */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text, lower-cased and counted; punctuation, spacing and case do not matter. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

function total(counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) {
    sum += count;
  }
  return sum;
}

/**
 * How alike two texts are by their words, from 0 (no word in common) to 1 (the same words as
 * often): the Dice coefficient over word counts, twice the shared words over all words. Word
 * order is ignored, so a reworded sentence scores by how many of its words survived.
 */
export function wordSimilarity(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const size = total(a) + total(b);
  if (size === 0) {
    return 0;
  }
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [word, count] of small) {
    shared += Math.min(count, large.get(word) ?? 0);
  }
  return (2 * shared) / size;
}
