import type { ParagraphFate } from "../../shared/api/exports";
import { stringAttr, type ProseMirrorJson } from "../../shared/editor/proseMirrorJson";
import { paragraphs, type NumberingScheme, type Paragraph } from "../../shared/paragraphs";
import { similarPairs } from "./similarPairs";

/** How alike (word Dice, `wordSimilarity`) an imported paragraph must be to a current one to take over its id. */
export const SIMILAR = 0.5;
/** The same, for a paragraph at the same number: a revised paragraph in its old place needs fewer of its words. */
export const SIMILAR_AT_SAME_NUMBER = 0.35;

interface Candidate {
  current: number;
  imported: number;
  similarity: number;
  sameNumber: boolean;
  /** How far apart the two sit, as a share of their reports' lengths: the tie-breaker between equal texts. */
  distance: number;
}

/**
 * Pairs current paragraphs with imported ones by their text, one to one, best pairs first: every
 * pair at least `SIMILAR` alike (or `SIMILAR_AT_SAME_NUMBER` when the numbers agree) is a
 * candidate; the most alike is taken first, then the next whose two paragraphs are both still
 * free. A number alone never pairs two paragraphs: an unrelated text at number 12 is a new
 * paragraph 12. Returns, for each current paragraph, the imported one it continues as, if any.
 */
export function matchParagraphs(current: readonly Paragraph[], imported: readonly Paragraph[]): Map<number, { imported: number; similarity: number }> {
  const sameNumber = (i: number, j: number) => current[i]?.number === imported[j]?.number;
  const pairs = similarPairs(
    current.map((paragraph) => paragraph.text),
    imported.map((paragraph) => paragraph.text),
    Math.min(SIMILAR, SIMILAR_AT_SAME_NUMBER),
    (i, j) => (sameNumber(i, j) ? SIMILAR_AT_SAME_NUMBER : SIMILAR),
  );
  const candidates: Candidate[] = pairs.map(({ left, right, similarity }) => ({
    current: left,
    imported: right,
    similarity,
    sameNumber: sameNumber(left, right),
    distance: Math.abs(left / Math.max(1, current.length) - right / Math.max(1, imported.length)),
  }));
  candidates.sort((a, b) => b.similarity - a.similarity || Number(b.sameNumber) - Number(a.sameNumber) || a.distance - b.distance);
  const matches = new Map<number, { imported: number; similarity: number }>();
  const taken = new Set<number>();
  for (const candidate of candidates) {
    if (!matches.has(candidate.current) && !taken.has(candidate.imported)) {
      matches.set(candidate.current, { imported: candidate.imported, similarity: candidate.similarity });
      taken.add(candidate.imported);
    }
  }
  return matches;
}

/**
 * Gives each imported paragraph the stable id of the current paragraph whose text it continues
 * (`matchParagraphs`), so comments follow their words into a revised draft, wherever its
 * numbering puts them; a current paragraph with no similar imported one is left behind, and its
 * comments become detached rather than landing on unrelated text. Returns the rewritten report
 * and each current paragraph's fate: kept (same number), re-attached (another number), detached.
 */
export function keepParagraphIds(json: ProseMirrorJson, current: readonly Paragraph[], numbering: NumberingScheme): { json: ProseMirrorJson; fates: ParagraphFate[] } {
  const imported = paragraphs(json, numbering);
  const matches = matchParagraphs(current, imported);
  const idFor = new Map<string, string>();
  const fates = current.map((paragraph, index): ParagraphFate => {
    const match = matches.get(index);
    const target = match ? imported[match.imported] : undefined;
    if (!match || !target) {
      return { paragraphId: paragraph.id, number: paragraph.number, newNumber: null, outcome: "detached", similarity: 0 };
    }
    idFor.set(target.id, paragraph.id);
    const outcome = target.number === paragraph.number ? "kept" : "reattached";
    return { paragraphId: paragraph.id, number: paragraph.number, newNumber: target.number, outcome, similarity: Math.round(match.similarity * 100) / 100 };
  });
  const content = (json.content ?? []).map((block) => {
    const id = idFor.get(stringAttr(block, "id") ?? "");
    return id ? { ...block, attrs: { ...block.attrs, id } } : block;
  });
  return { json: { ...json, content }, fates };
}
