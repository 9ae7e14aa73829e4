import type { Paragraph } from "../paragraphs";
import type { SubmissionComment } from "./comment";

/** How many characters of context a quote keeps on each side. */
export const QUOTE_CONTEXT = 32;

/** Where comments sit in the current report. */
export interface CommentPlacement<C extends Pick<SubmissionComment, "id" | "paragraphId"> = SubmissionComment> {
  /** Comments by the id of the paragraph they answer, in report order of paragraphs. */
  attached: Map<string, C[]>;
  /** Comments whose paragraph is no longer in the report: kept, shown with their quote. */
  detached: C[];
}

/**
 * Places comments on the report's paragraphs by stable id. A comment is never dropped: if its
 * paragraph is gone it is detached, to be shown with its quote and re-attached by hand.
 */
export function placeComments<C extends Pick<SubmissionComment, "id" | "paragraphId">>(
  comments: readonly C[],
  report: readonly Pick<Paragraph, "id">[],
): CommentPlacement<C> {
  const attached = new Map<string, C[]>(report.map((paragraph) => [paragraph.id, []]));
  const detached: C[] = [];
  for (const comment of comments) {
    const list = attached.get(comment.paragraphId);
    if (list) {
      list.push(comment);
    } else {
      detached.push(comment);
    }
  }
  for (const [id, list] of attached) {
    if (list.length === 0) {
      attached.delete(id);
    }
  }
  return { attached, detached };
}

/** The quote of `text` between `from` and `to`, with context to find it again. */
export function quoteOf(text: string, from: number, to: number): { exact: string; prefix: string; suffix: string } {
  return {
    exact: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - QUOTE_CONTEXT), from),
    suffix: text.slice(to, to + QUOTE_CONTEXT),
  };
}

function commonSuffixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) {
    length += 1;
  }
  return length;
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) {
    length += 1;
  }
  return length;
}

/**
 * Finds a quote in a text: every occurrence of the exact words is scored by how much of the
 * saved context still surrounds it, and the best one wins. Null when the words are gone.
 */
export function findQuote(text: string, quote: { exact: string; prefix: string; suffix: string }): { from: number; to: number } | null {
  if (!quote.exact) {
    return null;
  }
  let best: { from: number; to: number; score: number } | null = null;
  for (let from = text.indexOf(quote.exact); from >= 0; from = text.indexOf(quote.exact, from + 1)) {
    const to = from + quote.exact.length;
    const score = commonSuffixLength(text.slice(0, from), quote.prefix) + commonPrefixLength(text.slice(to), quote.suffix);
    if (!best || score > best.score) {
      best = { from, to, score };
    }
  }
  return best && { from: best.from, to: best.to };
}

/** How far from its own paragraph a quote is looked for. */
const QUOTE_SEARCH_DISTANCE = 3;

/**
 * Where a comment's quoted words are now: in its own paragraph if they are still there, else in
 * a nearby paragraph that holds them (after a split the words may be in the new part).
 */
export function locateQuote(
  report: readonly Pick<Paragraph, "id" | "text">[],
  comment: Pick<SubmissionComment, "paragraphId" | "quote">,
): { paragraphId: string; from: number; to: number } | null {
  const quote = comment.quote;
  const home = report.findIndex((paragraph) => paragraph.id === comment.paragraphId);
  if (!quote || home < 0) {
    return null;
  }
  for (let distance = 0; distance <= QUOTE_SEARCH_DISTANCE; distance += 1) {
    for (const index of distance === 0 ? [home] : [home + distance, home - distance]) {
      const paragraph = report[index];
      const found = paragraph ? findQuote(paragraph.text, quote) : null;
      if (paragraph && found) {
        return { paragraphId: paragraph.id, ...found };
      }
    }
  }
  return null;
}
