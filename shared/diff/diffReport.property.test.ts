import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Paragraph } from "../paragraphs";
import { applyDiff } from "./applyDiff";
import { diffReport } from "./diffReport";
import { sideOf } from "./wordParts";

const word = fc.constantFrom("states", "group", "law", "norms", "capacity", "the", "of", "dialogue", "risk", "données", "安全", "الدول", "1", ",", ".");
const text = fc.array(word, { minLength: 0, maxLength: 12 }).map((words) => words.join(" "));

/** One edit to a list of paragraphs; positions are taken modulo the list's length. */
type Edit =
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete"; at: number }
  | { kind: "move"; from: number; to: number }
  | { kind: "rewrite"; at: number; text: string }
  | { kind: "append"; at: number; text: string }
  | { kind: "split"; at: number; cut: number }
  | { kind: "merge"; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("move" as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant("rewrite" as const), at: fc.nat(), text }),
  fc.record({ kind: fc.constant("append" as const), at: fc.nat(), text }),
  fc.record({ kind: fc.constant("split" as const), at: fc.nat(), cut: fc.nat() }),
  fc.record({ kind: fc.constant("merge" as const), at: fc.nat() }),
);

interface Item {
  id: string;
  text: string;
}

function applyEdit(list: Item[], change: Edit, freshId: () => string): Item[] {
  const next = list.map((item) => ({ ...item }));
  const size = next.length;
  const index = (value: number) => (size === 0 ? 0 : value % size);
  switch (change.kind) {
    case "insert":
      next.splice(change.at % (size + 1), 0, { id: freshId(), text: change.text });
      return next;
    case "delete":
      next.splice(index(change.at), size === 0 ? 0 : 1);
      return next;
    case "move": {
      const [item] = next.splice(index(change.from), size === 0 ? 0 : 1);
      if (item) {
        next.splice(change.to % size, 0, item);
      }
      return next;
    }
    case "rewrite":
    case "append": {
      const item = next[index(change.at)];
      if (item) {
        item.text = change.kind === "rewrite" ? change.text : `${item.text} ${change.text}`;
      }
      return next;
    }
    case "split": {
      const item = next[index(change.at)];
      if (item) {
        const cut = change.cut % (item.text.length + 1);
        next.splice(index(change.at) + 1, 0, { id: freshId(), text: item.text.slice(cut) });
        item.text = item.text.slice(0, cut);
      }
      return next;
    }
    case "merge": {
      const at = index(change.at);
      const [following] = next.splice(at + 1, 1);
      const item = next[at];
      if (item && following) {
        item.text = `${item.text} ${following.text}`;
      }
      return next;
    }
  }
}

const numbered = (items: Item[]): Paragraph[] => items.map((item, index) => ({ ...item, number: String(index + 1), section: "A" }));

describe("diffReport, over random edit sequences", () => {
  it("gives operations that turn the old paragraphs into the new ones, texts and order", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 15 }), fc.array(edit, { maxLength: 12 }), (texts, edits) => {
        let counter = 0;
        const freshId = () => `new-${(counter += 1)}`;
        const older = texts.map((value, index) => ({ id: `para-${index}`, text: value }));
        const newer = edits.reduce((list, change) => applyEdit(list, change, freshId), older);
        const diff = diffReport({ paragraphs: numbered(older), headings: [] }, { paragraphs: numbered(newer), headings: [] });
        expect(applyDiff(older, diff)).toEqual(newer);
        for (const change of diff.paragraphs.filter((entry) => entry.words)) {
          expect(sideOf(change.words ?? [], "old")).toBe(change.old?.text);
        }
        const counted = diff.summary.added + diff.summary.split + diff.summary.changed + diff.summary.unchanged + diff.summary.removed + diff.summary.merged;
        const movedUnchanged = diff.paragraphs.filter((entry) => entry.movedFrom && entry.status === "unchanged").length;
        expect(counted + movedUnchanged).toBe(diff.paragraphs.length);
      }),
      { numRuns: 500 },
    );
  });
});
