/** Letters of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/gu;
const ANY_LETTER = /\p{L}/gu;

/** True when most letters of a text are right-to-left, so it is laid out from the right. */
export function isRightToLeft(text: string): boolean {
  const rtl = text.match(RTL_LETTER)?.length ?? 0;
  return rtl > 0 && rtl * 2 >= (text.match(ANY_LETTER)?.length ?? 0);
}

const RTL_CHARACTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR_CHARACTER = /[\p{L}\p{N}]/u;

/** True when a text holds any right-to-left letter, and so needs reordering when drawn. */
export function hasRightToLeft(text: string): boolean {
  return RTL_CHARACTER.test(text);
}

/** A word's own direction: right-to-left if it starts with such a letter, left-to-right if with another letter or digit, else none (punctuation). */
function wordDirection(word: string): "rtl" | "ltr" | null {
  for (const character of word) {
    if (RTL_CHARACTER.test(character)) {
      return "rtl";
    }
    if (LTR_CHARACTER.test(character)) {
      return "ltr";
    }
  }
  return null;
}

/**
 * The words of one visual line in the order they are drawn from left to right: the Unicode
 * bidirectional algorithm's reordering, at the level of whole words (a PDF library shapes each
 * word itself). In a right-to-left line the words run from the right, but a run of left-to-right
 * words ("ICT security norms", "2027") keeps its own order; in a left-to-right line a run of
 * right-to-left words is turned round. A word without a direction of its own (a dash, a number
 * sign) joins its neighbours when both agree, else follows the line.
 */
export function visualOrder(words: readonly string[], rightToLeft: boolean): string[];
export function visualOrder<T>(words: readonly T[], rightToLeft: boolean, textOf: (word: T) => string): T[];
export function visualOrder<T>(words: readonly T[], rightToLeft: boolean, textOf: (word: T) => string = String): T[] {
  const own = words.map((word) => wordDirection(textOf(word)));
  const line = rightToLeft ? "rtl" : "ltr";
  const resolved = own.map((direction, index) => {
    if (direction) {
      return direction;
    }
    const before = own.slice(0, index).reverse().find(Boolean) ?? line;
    const after = own.slice(index + 1).find(Boolean) ?? line;
    return before === after ? before : line;
  });
  // Turn round every run of words whose direction differs from the line's, then, in a
  // right-to-left line, the whole line.
  const ordered: T[] = [];
  let run: T[] = [];
  const flush = () => {
    ordered.push(...run.reverse());
    run = [];
  };
  words.forEach((word, index) => {
    if (resolved[index] === line) {
      flush();
      ordered.push(word);
    } else {
      run.push(word);
    }
  });
  flush();
  return rightToLeft ? ordered.reverse() : ordered;
}
