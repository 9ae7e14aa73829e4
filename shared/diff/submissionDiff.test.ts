import { describe, expect, it } from "vitest";
import type { DiffComment } from "./CommentFate";
import { submissionDiff } from "./submissionDiff";

const base: DiffComment = { id: "c-1", paragraphId: "para-a-1", paragraphNumber: "1", kind: "concern", stance: "oppose", priority: "normal", status: "draft", bodyText: "Too vague.", proposedText: "" };

describe("submissionDiff", () => {
  it("finds added, removed and changed comments and names what changed", () => {
    const older = [base, { ...base, id: "c-2", bodyText: "Keep this." }, { ...base, id: "c-3" }];
    const newer = [
      { ...base, priority: "redLine", status: "ready", bodyText: "Far too vague." } as DiffComment,
      { ...base, id: "c-2", bodyText: "Keep this." },
      { ...base, id: "c-4", kind: "amendment", stance: "amend", proposedText: "A clearer text." } as DiffComment,
    ];
    const diff = submissionDiff(older, newer);
    expect(diff.summary).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1 });
    expect(diff.comments.map((change) => [change.id, change.change, change.fields])).toEqual([
      ["c-1", "changed", ["priority", "status", "bodyText"]],
      ["c-4", "added", []],
      ["c-3", "removed", []],
    ]);
  });

  it("reports nothing for the same comments", () => {
    expect(submissionDiff([base], [{ ...base }])).toEqual({ comments: [], summary: { added: 0, removed: 0, changed: 0, unchanged: 1 } });
  });

  it("notices a proposal edited and a comment moved to another paragraph", () => {
    const diff = submissionDiff([{ ...base, proposedText: "Old wording." }], [{ ...base, paragraphId: "para-a-2", proposedText: "New wording." }]);
    expect(diff.comments[0]?.fields).toEqual(["paragraphId", "proposedText"]);
  });
});
