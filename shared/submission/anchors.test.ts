import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuote, locateQuote, placeComments, quoteOf } from "./anchors";

interface ReportParagraph {
  id: string;
  text: string;
}

/** A report edit as people make them; indexes are taken modulo the report's length. */
type Edit =
  | { type: "insert"; at: number }
  | { type: "delete"; at: number }
  | { type: "split"; at: number; word: number }
  | { type: "merge"; at: number }
  | { type: "move"; from: number; to: number }
  | { type: "type"; at: number; word: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ type: fc.constant("insert" as const), at: fc.nat() }),
  fc.record({ type: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ type: fc.constant("split" as const), at: fc.nat(), word: fc.nat() }),
  fc.record({ type: fc.constant("merge" as const), at: fc.nat() }),
  fc.record({ type: fc.constant("move" as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ type: fc.constant("type" as const), at: fc.nat(), word: fc.nat() }),
);

/** Applies an edit the way the editor does: a split keeps the id on the first part, a merge on the first paragraph. */
function apply(report: ReportParagraph[], change: Edit, fresh: () => string): ReportParagraph[] {
  const next = [...report];
  const index = (value: number) => value % Math.max(1, next.length);
  switch (change.type) {
    case "insert":
      next.splice(index(change.at), 0, { id: fresh(), text: `${fresh()} ${fresh()}` });
      return next;
    case "delete":
      next.splice(index(change.at), 1);
      return next;
    case "split": {
      const at = index(change.at);
      const paragraph = next[at];
      const words = paragraph?.text.split(" ") ?? [];
      if (!paragraph || words.length < 2) {
        return next;
      }
      const cut = 1 + (change.word % (words.length - 1));
      next.splice(at, 1, { id: paragraph.id, text: words.slice(0, cut).join(" ") }, { id: fresh(), text: words.slice(cut).join(" ") });
      return next;
    }
    case "merge": {
      const at = index(change.at);
      const [first, second] = [next[at], next[at + 1]];
      if (first && second) {
        next.splice(at, 2, { id: first.id, text: `${first.text} ${second.text}` });
      }
      return next;
    }
    case "move": {
      const [moved] = next.splice(index(change.from), 1);
      if (moved) {
        next.splice(index(change.to), 0, moved);
      }
      return next;
    }
    case "type": {
      const at = index(change.at);
      const paragraph = next[at];
      if (paragraph) {
        const words = paragraph.text.split(" ");
        words.splice(change.word % (words.length + 1), 0, fresh());
        next[at] = { ...paragraph, text: words.join(" ") };
      }
      return next;
    }
  }
}

describe("comment anchors", () => {
  it("finds a repeated quote by its context", () => {
    const text = "States should act. Civil society should act. Industry should act.";
    const from = text.indexOf("should act", 20);
    const quote = quoteOf(text, from, from + "should act".length);
    expect(findQuote(`Preamble. ${text}`, quote)).toEqual({ from: from + 10, to: from + 10 + "should act".length });
    expect(findQuote("Nothing here.", quote)).toBeNull();
  });

  it("follows a quote into the second half of a split paragraph", () => {
    const before = [{ id: "para-h-3", text: "First idea here. Second idea there." }];
    const from = before[0]!.text.indexOf("Second idea");
    const quote = { ...quoteOf(before[0]!.text, from, from + 11), start: null, end: null };
    const after = [
      { id: "para-h-3", text: "First idea here." },
      { id: "p-new", text: "Second idea there." },
    ];
    expect(placeComments([{ id: "c1", paragraphId: "para-h-3" }], after).attached.get("para-h-3")).toHaveLength(1);
    expect(locateQuote(after, { paragraphId: "para-h-3", quote })).toEqual({ paragraphId: "p-new", from: 0, to: 11 });
  });

  it("never loses a comment through any sequence of report edits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.record({ paragraph: fc.nat(), start: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 8 }),
        fc.array(edit, { maxLength: 30 }),
        (size, commentSpecs, edits) => {
          // Every word is unique, so a quote survives exactly when its words are still side by side.
          let counter = 0;
          const fresh = () => `w${(counter += 1)}z`;
          let report: ReportParagraph[] = Array.from({ length: size }, (_, index) => ({ id: `para-${index}`, text: [fresh(), fresh(), fresh(), fresh()].join(" ") }));
          const comments = commentSpecs.map((spec, index) => {
            const paragraph = report[spec.paragraph % report.length]!;
            const words = paragraph.text.split(" ");
            const start = spec.start % words.length;
            const exact = words.slice(start, start + spec.length).join(" ");
            const from = paragraph.text.indexOf(exact);
            return { id: `c${index}`, paragraphId: paragraph.id, quote: { ...quoteOf(paragraph.text, from, from + exact.length), start: null, end: null } };
          });
          for (const change of edits) {
            report = apply(report, change, fresh);
          }

          const { attached, detached } = placeComments(comments, report);
          const placed = [...[...attached.values()].flat(), ...detached].map((comment) => comment.id).sort();
          expect(placed).toEqual(comments.map((comment) => comment.id).sort());
          const ids = new Set(report.map((paragraph) => paragraph.id));
          for (const [paragraphId] of attached) {
            expect(ids.has(paragraphId)).toBe(true);
          }
          for (const comment of detached) {
            expect(ids.has(comment.paragraphId)).toBe(false);
            expect(comment.quote.exact).not.toBe("");
          }
          for (const comment of comments) {
            const home = report.find((paragraph) => paragraph.id === comment.paragraphId);
            const located = locateQuote(report, comment);
            if (home?.text.includes(comment.quote.exact)) {
              expect(located?.paragraphId).toBe(home.id);
            }
            if (located) {
              const text = report.find((paragraph) => paragraph.id === located.paragraphId)?.text;
              expect(text?.slice(located.from, located.to)).toBe(comment.quote.exact);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
