/**
 * The positions of one longest strictly increasing subsequence of `values`, in O(n log n)
 * (patience sorting). Used on the old positions of the paragraphs both versions share, taken in
 * their new order: those in the subsequence kept their relative order; only the others moved.
 */
export function longestIncreasingSubsequence(values: readonly number[]): Set<number> {
  /** tails[k]: index in `values` of the smallest tail of an increasing run of length k + 1. */
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((values[tails[middle] ?? 0] ?? 0) < value) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    previous[index] = low > 0 ? (tails[low - 1] ?? -1) : -1;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index] ?? -1) {
    kept.add(index);
  }
  return kept;
}
