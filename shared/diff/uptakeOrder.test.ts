import { describe, expect, it } from "vitest";
import type { Paragraph } from "../paragraphs";
import type { DiffComment } from "./CommentFate";
import { diffReport } from "./diffReport";
import { commentOutcomes } from "./uptake";

const report = (ids: string[]): Paragraph[] => ids.map((id, index) => ({ id, number: String(index + 1), section: "A", text: `Paragraph ${id} says something of its own about the matter.` }));

function comment(id: string, paragraphId: string): DiffComment {
  return { id, paragraphId, paragraphNumber: "1", kind: "concern", stance: "oppose", priority: "normal", status: "ready", bodyText: "", proposedText: "" };
}

describe("commentOutcomes order", () => {
  it("lists outcomes as the report reads, not as the comments were written; a paragraph's comments keep their order", () => {
    const diff = diffReport({ paragraphs: report(["p1", "p2", "p3"]), headings: [] }, { paragraphs: report(["p1", "p2", "p3"]), headings: [] });
    const written = [comment("c-late", "p3"), comment("c-first", "p1"), comment("c-gone", "p-removed-long-ago"), comment("c-second", "p2"), comment("c-first-again", "p1")];
    expect(commentOutcomes(written, diff).map((outcome) => outcome.commentId)).toEqual(["c-first", "c-first-again", "c-second", "c-late", "c-gone"]);
  });
});
