import { describe, expect, it } from "vitest";
import type { CommentSummary } from "../../shared/api/comments";
import { heatCell, type HeatMode } from "./heatCell";
import type { OverviewComment, OverviewRow } from "./overviewFilter";

function placed(organisationId: string, settings: Partial<CommentSummary>): OverviewComment {
  const comment: CommentSummary = {
    id: `${organisationId}-${Math.random()}`,
    paragraphId: "para-h-38",
    paragraphNumber: "38",
    kind: "general",
    stance: "question",
    priority: "normal",
    status: "draft",
    bodyText: "",
    proposedText: "",
    quote: null,
    shared: false,
    updatedAt: "2026-03-30T10:00:00Z",
    ...settings,
  };
  return { organisationId, comment, endorsedBy: [] };
}

function row(comments: OverviewComment[]): OverviewRow {
  return {
    paragraph: { id: "para-h-38", number: "38", section: "H", text: "States should publish points of contact." },
    comments,
    tally: {
      kinds: { general: 0, support: 0, concern: 0, amendment: 0, question: 0, editorial: 0 },
      stances: { support: 0, oppose: 0, amend: 0, delete: 0, question: 0 },
      redLines: comments.filter(({ comment }) => comment.priority === "redLine").length,
      organisations: new Set(comments.map(({ organisationId }) => organisationId)).size,
    },
  };
}

const amendment = { kind: "amendment", stance: "amend", priority: "redLine" } as const;

describe("heatCell", () => {
  it("leaves a paragraph without comments blank", () => {
    expect(heatCell(row([]), "all")).toEqual({ tone: "none", level: 0, redLines: 0 });
  });

  it.each<[string, OverviewComment[], HeatMode, ReturnType<typeof heatCell>]>([
    ["colours by the most frequent position, strength by organisations", [placed("a", { stance: "support" }), placed("b", { stance: "support" }), placed("c", { stance: "question" })], "all", { tone: "support", level: 3, redLines: 0 }],
    ["puts disagreement first on a tie", [placed("a", { stance: "support" }), placed("b", { stance: "oppose" })], "all", { tone: "oppose", level: 2, redLines: 0 }],
    ["counts deleting a paragraph as opposing it", [placed("a", { stance: "delete" }), placed("a", { stance: "delete" }), placed("b", { stance: "support" })], "all", { tone: "oppose", level: 2, redLines: 0 }],
    ["counts organisations, not comments", [placed("a", amendment), placed("a", amendment)], "amend", { tone: "amend", level: 1, redLines: 2 }],
    ["in one position's view, counts only the organisations taking it", [placed("a", amendment), placed("b", { stance: "support" })], "support", { tone: "support", level: 1, redLines: 1 }],
    ["shows nothing in a view no comment matches, but keeps the red lines", [placed("a", amendment)], "oppose", { tone: "none", level: 0, redLines: 1 }],
    ["shows red lines in their own view", [placed("a", amendment), placed("b", { priority: "redLine" })], "redLines", { tone: "redLine", level: 2, redLines: 2 }],
    ["caps the strength at three organisations", ["a", "b", "c", "d"].map((id) => placed(id, { stance: "amend" })), "all", { tone: "amend", level: 3, redLines: 0 }],
  ])("%s", (_name, comments, mode, expected) => {
    expect(heatCell(row(comments), mode)).toEqual(expected);
  });
});
