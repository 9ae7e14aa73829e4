import { describe, expect, it } from "vitest";
import { similarPairs } from "./similarPairs";
import { wordCounts, wordSimilarity } from "./wordSimilarity";

/** A small deterministic generator, so the texts are the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function texts(count: number, next: () => number): string[] {
  const common = ["the", "of", "states", "should", "and"];
  const rare = Array.from({ length: 60 }, (_, index) => `word${index}`);
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(next() * 12);
    return Array.from({ length }, () => (next() < 0.6 ? common[Math.floor(next() * common.length)] : rare[Math.floor(next() * rare.length)])).join(" ");
  });
}

describe("similarPairs", () => {
  it.each([0.35, 0.5, 0.8])("finds exactly the pairs a comparison of every pair finds, at %s", (floor) => {
    const next = random(7);
    const left = texts(80, next);
    const right = texts(80, next);
    const everyPair = left.flatMap((a, i) =>
      right.flatMap((b, j) => {
        const similarity = wordSimilarity(wordCounts(a), wordCounts(b));
        return similarity >= floor ? [{ left: i, right: j, similarity }] : [];
      }),
    );
    const found = similarPairs(left, right, floor, () => floor);
    expect(found).toEqual(everyPair);
    expect(found.length).toBeGreaterThan(5);
  });
});
