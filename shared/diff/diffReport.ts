import type { Paragraph } from "../paragraphs";
import { longestIncreasingSubsequence } from "./longestIncreasingSubsequence";
import type { DiffSummary, Heading, HeadingChange, ParagraphChange, ReportContent, ReportDiff } from "./ReportDiff";
import { markSplitsAndMerges } from "./splitsAndMerges";
import { wordParts } from "./wordParts";

/** The ids of the paragraphs both lists hold that moved: all but one longest run kept in order. */
function movedIds(older: readonly Paragraph[], newer: readonly Paragraph[], oldIndex: ReadonlyMap<string, number>): Set<string> {
  const common = newer.filter((paragraph) => oldIndex.has(paragraph.id));
  const kept = longestIncreasingSubsequence(common.map((paragraph) => oldIndex.get(paragraph.id) ?? -1));
  return new Set(common.filter((_, index) => !kept.has(index)).map((paragraph) => paragraph.id));
}

const blank = { movedFrom: null, splitFrom: null, mergedInto: null, words: null };

/**
 * Aligns two paragraph lists by stable id: entries in the new order, each removed paragraph
 * right after the surviving paragraph it used to follow. Changed paragraphs carry word-level
 * changes; moved ones say where they were.
 */
export function diffParagraphs(older: readonly Paragraph[], newer: readonly Paragraph[]): ParagraphChange[] {
  const oldIndex = new Map(older.map((paragraph, index) => [paragraph.id, index]));
  const newIds = new Set(newer.map((paragraph) => paragraph.id));
  const moved = movedIds(older, newer, oldIndex);

  const removedAfter = new Map<string | null, ParagraphChange[]>();
  let anchor: string | null = null;
  for (const paragraph of older) {
    if (newIds.has(paragraph.id)) {
      anchor = paragraph.id;
      continue;
    }
    const change: ParagraphChange = { ...blank, id: paragraph.id, status: "removed", old: paragraph, new: null, after: null };
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), change]);
  }

  const changes: ParagraphChange[] = [...(removedAfter.get(null) ?? [])];
  newer.forEach((paragraph, index) => {
    const after = newer[index - 1]?.id ?? null;
    const position = oldIndex.get(paragraph.id);
    const previous = position === undefined ? undefined : older[position];
    if (position === undefined || !previous) {
      changes.push({ ...blank, id: paragraph.id, status: "added", old: null, new: paragraph, after });
    } else {
      const before = older[position - 1] ?? null;
      const textChanged = previous.text !== paragraph.text;
      changes.push({
        ...blank,
        id: paragraph.id,
        status: textChanged ? "changed" : "unchanged",
        old: previous,
        new: paragraph,
        after,
        movedFrom: moved.has(paragraph.id) ? { afterId: before?.id ?? null, afterNumber: before?.number ?? null } : null,
        words: textChanged ? wordParts(previous.text, paragraph.text) : null,
      });
    }
    changes.push(...(removedAfter.get(paragraph.id) ?? []));
  });
  markSplitsAndMerges(changes);
  return changes;
}

/** Headings added, removed or changed (text or level), aligned by id. */
export function diffHeadings(older: readonly Heading[], newer: readonly Heading[]): HeadingChange[] {
  const oldById = new Map(older.map((heading) => [heading.id, heading]));
  const newIds = new Set(newer.map((heading) => heading.id));
  const changes: HeadingChange[] = [];
  for (const heading of newer) {
    const previous = oldById.get(heading.id);
    if (!previous) {
      changes.push({ id: heading.id, status: "added", old: null, new: heading });
    } else if (previous.text !== heading.text || previous.level !== heading.level) {
      changes.push({ id: heading.id, status: "changed", old: previous, new: heading });
    }
  }
  for (const heading of older.filter((candidate) => !newIds.has(candidate.id))) {
    changes.push({ id: heading.id, status: "removed", old: heading, new: null });
  }
  return changes;
}

/** Counts a diff's paragraphs and headings; splits and merges are counted apart from added and removed. */
export function summarise(paragraphs: readonly ParagraphChange[], headings: readonly HeadingChange[]): DiffSummary {
  const count = (test: (change: ParagraphChange) => boolean) => paragraphs.filter(test).length;
  return {
    added: count((change) => change.status === "added" && !change.splitFrom),
    removed: count((change) => change.status === "removed" && !change.mergedInto),
    changed: count((change) => change.status === "changed"),
    moved: count((change) => change.movedFrom !== null),
    split: count((change) => change.splitFrom !== null),
    merged: count((change) => change.mergedInto !== null),
    unchanged: count((change) => change.status === "unchanged" && !change.movedFrom),
    headings: headings.length,
  };
}

/** The difference between two versions of a report: paragraphs by stable id, words, moves, headings. */
export function diffReport(older: ReportContent, newer: ReportContent): ReportDiff {
  const paragraphs = diffParagraphs(older.paragraphs, newer.paragraphs);
  const headings = diffHeadings(older.headings, newer.headings);
  return { paragraphs, headings, summary: summarise(paragraphs, headings) };
}
