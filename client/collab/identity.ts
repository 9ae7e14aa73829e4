/** Who a person is to the others: the name and colour on their caret. */
export interface Identity {
  name: string;
  color: string;
}

/** Caret colours readable against white, with white labels. */
const PALETTE = ["#1f6feb", "#b3261e", "#1a7f37", "#8250df", "#bc4c00", "#0a7c86", "#bf3989", "#6e5600"];

/** The same person always gets the same colour, so people recognise each other. */
export function colorFor(key: string): string {
  let hash = 0;
  for (const char of key) {
    hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  }
  return PALETTE[hash % PALETTE.length] ?? "#1f6feb";
}
