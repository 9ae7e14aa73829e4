/** The order of a typed paragraph number: 14 < "14 bis" < "14 ter" < 15. */
function orderOf(number: string): number {
  const value = Number(/^\d+/.exec(number)?.[0] ?? Number.NaN);
  const suffix = /(bis|ter|quater|quinquies)$/i.exec(number)?.[1]?.toLowerCase();
  return value + (suffix ? ["bis", "ter", "quater", "quinquies"].indexOf(suffix) * 0.1 + 0.1 : 0);
}

/**
 * Which typed numbers are the consultation's own paragraph numbers: the longest run of them that
 * rises through the document. Numbers that restart inside a section ("1. Defining the
 * objective…", then "2. …") are sub-headings or a list, not paragraph numbers, and fall outside
 * it. `numbers` has one entry per block (null where a block has none); returns their indices.
 */
export function paragraphSequence(numbers: readonly (string | null)[]): Set<number> {
  const entries = numbers.flatMap((number, index) => (number === null ? [] : [{ index, order: orderOf(number) }]));
  // The longest rising chain; among equally long ones, the one with the most steps of exactly one
  // number ("5, 6, 7" over "1, 6, 7"), then the earliest. Quadratic, and reports hold hundreds.
  const length = new Array<number>(entries.length).fill(1);
  const steps = new Array<number>(entries.length).fill(0);
  const previous = new Array<number>(entries.length).fill(-1);
  entries.forEach((entry, position) => {
    for (let before = 0; before < position; before++) {
      const candidate = entries[before];
      if (!candidate || candidate.order >= entry.order) {
        continue;
      }
      const step = entry.order - candidate.order <= 1 ? 1 : 0;
      const better =
        (length[before] ?? 0) + 1 > (length[position] ?? 0) ||
        ((length[before] ?? 0) + 1 === length[position] && (steps[before] ?? 0) + step > (steps[position] ?? 0));
      if (better) {
        length[position] = (length[before] ?? 0) + 1;
        steps[position] = (steps[before] ?? 0) + step;
        previous[position] = before;
      }
    }
  });
  let end = -1;
  entries.forEach((_entry, position) => {
    const best = end < 0 ? -1 : (length[end] ?? 0);
    if ((length[position] ?? 0) > best || ((length[position] ?? 0) === best && (steps[position] ?? 0) > (steps[end] ?? 0))) {
      end = position;
    }
  });
  const chosen = new Set<number>();
  for (let position = end; position >= 0; position = previous[position] ?? -1) {
    chosen.add(entries[position]?.index ?? -1);
  }
  return chosen;
}
