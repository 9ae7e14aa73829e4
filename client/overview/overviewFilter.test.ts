import { describe, expect, it } from "vitest";
import type { CommentSummary } from "../../shared/api/comments";
import { NO_OVERVIEW_FILTER, visibleRows, type OverviewComment, type OverviewFilter, type OverviewRow } from "./overviewFilter";

const summary = (id: string, settings: Partial<CommentSummary>): CommentSummary => ({
  id,
  paragraphId: "p",
  paragraphNumber: "1",
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
});

const placed = (organisationId: string, comment: CommentSummary): OverviewComment => ({ organisationId, comment, endorsedBy: [] });

const row = (id: string, comments: OverviewComment[]): OverviewRow => ({
  paragraph: { id, number: id, section: "A", text: "" },
  comments,
  tally: { kinds: { general: 0, support: 0, concern: 0, amendment: 0, question: 0, editorial: 0 }, stances: { support: 0, oppose: 0, amend: 0, delete: 0, question: 0 }, redLines: 0, organisations: 0 },
});

const rows = [
  row("1", [placed("a", summary("red", { kind: "amendment", stance: "amend", priority: "redLine" })), placed("b", summary("ready", { kind: "support", stance: "support", status: "ready" }))]),
  row("2", [placed("b", summary("concern", { kind: "concern", stance: "oppose" }))]),
  row("3", []),
];

const shown = (filter: Partial<OverviewFilter>) =>
  visibleRows(rows, { ...NO_OVERVIEW_FILTER, ...filter }).map(({ row, comments }) => `${row.paragraph.id}:${comments.map(({ comment }) => comment.id).join(",")}`);

describe("visibleRows", () => {
  it("lists the paragraphs with comments, or all of them when asked", () => {
    expect(shown({})).toEqual(["1:red,ready", "2:concern"]);
    expect(shown({ allParagraphs: true })).toEqual(["1:red,ready", "2:concern", "3:"]);
  });

  it.each<[Partial<OverviewFilter>, string[]]>([
    [{ kind: "concern" }, ["2:concern"]],
    [{ stance: "support" }, ["1:ready"]],
    [{ organisation: "b" }, ["1:ready", "2:concern"]],
    [{ redLinesOnly: true }, ["1:red"]],
    [{ readyOnly: true }, ["1:ready"]],
    [{ redLinesOnly: true, readyOnly: true }, []],
    [{ redLinesOnly: true, allParagraphs: true }, ["1:red", "2:", "3:"]],
  ])("filters by %o", (filter, expected) => {
    expect(shown(filter)).toEqual(expected);
  });
});
