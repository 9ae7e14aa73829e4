import { wordCounts } from "./wordSimilarity";

/** A text's words as sorted ids with their counts, for a fast merge of two texts' words. */
interface WordVector {
  ids: Int32Array;
  counts: Int32Array;
  total: number;
}

/** One pair of texts at least as alike as asked, by `wordSimilarity`'s measure. */
export interface SimilarPair {
  left: number;
  right: number;
  similarity: number;
}

/** A word in more than this share of all the paragraphs (and more than a few) says little about which pairs are alike. */
const COMMON_SHARE = 0.2;
const COMMON_MIN = 8;

function vectors(texts: readonly string[], ids: Map<string, number>): WordVector[] {
  return texts.map((text) => {
    const entries = [...wordCounts(text)].map(([word, count]): [number, number] => {
      let id = ids.get(word);
      if (id === undefined) {
        id = ids.size;
        ids.set(word, id);
      }
      return [id, count];
    });
    entries.sort((a, b) => a[0] - b[0]);
    return { ids: Int32Array.from(entries, (entry) => entry[0]), counts: Int32Array.from(entries, (entry) => entry[1]), total: entries.reduce((sum, entry) => sum + entry[1], 0) };
  });
}

function dice(a: WordVector, b: WordVector): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    const left = a.ids[i] as number;
    const right = b.ids[j] as number;
    if (left === right) {
      shared += Math.min(a.counts[i] as number, b.counts[j] as number);
      i += 1;
      j += 1;
    } else if (left < right) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return a.total + b.total === 0 ? 0 : (2 * shared) / (a.total + b.total);
}

/**
 * Every pair (one text of `left`, one of `right`) whose word similarity (the Dice coefficient of
 * `wordSimilarity`) reaches `threshold(i, j)`, which is never below `floor`. Exact, but quick: a
 * pair is compared word by word only when its lengths allow `floor` and it either shares a word
 * that is not common to many paragraphs or its common words alone could reach `floor`; two
 * reports of a thousand paragraphs each then take well under a second, not a million merges.
 */
export function similarPairs(left: readonly string[], right: readonly string[], floor: number, threshold: (i: number, j: number) => number): SimilarPair[] {
  const ids = new Map<string, number>();
  const a = vectors(left, ids);
  const b = vectors(right, ids);
  const frequency = new Int32Array(ids.size);
  for (const vector of [...a, ...b]) {
    vector.ids.forEach((id) => (frequency[id] = (frequency[id] ?? 0) + 1));
  }
  const common = Math.max(COMMON_MIN, COMMON_SHARE * (a.length + b.length));
  const isRare = (id: number) => (frequency[id] ?? 0) <= common;
  /** How many of a text's words are common ones: all that a pair sharing no rare word can have in common. */
  const commonMass = (vector: WordVector) => vector.counts.reduce((sum, count, index) => sum + (isRare(vector.ids[index] as number) ? 0 : count), 0);
  const commonOfB = b.map(commonMass);
  const postings = new Map<number, number[]>();
  b.forEach((vector, j) => vector.ids.filter(isRare).forEach((id) => postings.set(id, [...(postings.get(id) ?? []), j])));
  const sharesRare = new Uint8Array(b.length);
  const pairs: SimilarPair[] = [];
  a.forEach((vector, i) => {
    sharesRare.fill(0);
    vector.ids.filter(isRare).forEach((id) => postings.get(id)?.forEach((j) => (sharesRare[j] = 1)));
    const commonOfA = commonMass(vector);
    b.forEach((other, j) => {
      const size = vector.total + other.total;
      // Dice is at most twice the shorter text over both; without a rare word in common, at most twice the common words.
      const reachable = 2 * Math.min(vector.total, other.total, sharesRare[j] ? Number.POSITIVE_INFINITY : Math.min(commonOfA, commonOfB[j] ?? 0));
      if (size === 0 || reachable < floor * size) {
        return;
      }
      const similarity = dice(vector, other);
      if (similarity >= threshold(i, j)) {
        pairs.push({ left: i, right: j, similarity });
      }
    });
  });
  return pairs;
}
