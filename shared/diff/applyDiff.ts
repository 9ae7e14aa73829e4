import type { ReportDiff } from "./ReportDiff";
import { sideOf } from "./wordParts";

/** A paragraph reduced to what a diff must reproduce: its id and text. */
export interface ParagraphText {
  id: string;
  text: string;
}

/**
 * Applies a diff's operations to the old paragraphs and returns the new ones: removals, then,
 * in the new order, each added or moved paragraph placed after the one it follows, and each
 * changed text rebuilt from its word changes. It states what a diff means; tests check that it
 * gives back the new version exactly.
 */
export function applyDiff(older: readonly ParagraphText[], diff: ReportDiff): ParagraphText[] {
  const removed = new Set(diff.paragraphs.filter((change) => change.status === "removed").map((change) => change.id));
  const list = older.filter((paragraph) => !removed.has(paragraph.id)).map(({ id, text }) => ({ id, text }));
  for (const change of diff.paragraphs) {
    if (change.status === "removed") {
      continue;
    }
    if (change.status === "added" || change.movedFrom) {
      const from = list.findIndex((paragraph) => paragraph.id === change.id);
      const paragraph = from >= 0 ? list.splice(from, 1)[0] : { id: change.id, text: change.new?.text ?? "" };
      const to = change.after === null ? 0 : list.findIndex((candidate) => candidate.id === change.after) + 1;
      list.splice(to, 0, paragraph ?? { id: change.id, text: "" });
    }
    if (change.status === "changed" && change.words) {
      const paragraph = list.find((candidate) => candidate.id === change.id);
      if (paragraph) {
        paragraph.text = sideOf(change.words, "new");
      }
    }
  }
  return list;
}
