import { describe, expect, it } from "vitest";
import type { Paragraph } from "../paragraphs";
import { applyDiff } from "./applyDiff";
import { diffReport } from "./diffReport";
import { longestIncreasingSubsequence } from "./longestIncreasingSubsequence";
import type { Heading } from "./ReportDiff";
import { sideOf } from "./wordParts";

const TEXTS: Record<string, string> = {
  "para-a-1": "The working group met five times and heard many delegations.",
  "para-a-2": "States agreed that capacity-building must be demand-driven.",
  "para-a-3": "A permanent mechanism should follow the working group.",
  "para-a-4": "Confidence-building measures reduce the risk of escalation.",
};

/** Numbered paragraphs in section A from ids (texts from TEXTS unless given). */
function report(entries: (string | [string, string])[]): Paragraph[] {
  return entries.map((entry, index) => {
    const [id, text] = typeof entry === "string" ? [entry, TEXTS[entry] ?? entry] : entry;
    return { id, number: String(index + 1), section: "A", text };
  });
}

const content = (paragraphs: Paragraph[], headings: Heading[] = []) => ({ paragraphs, headings });
const ALL = ["para-a-1", "para-a-2", "para-a-3", "para-a-4"];

function check(older: Paragraph[], newer: Paragraph[]) {
  const diff = diffReport(content(older), content(newer));
  expect(applyDiff(older, diff)).toEqual(newer.map(({ id, text }) => ({ id, text })));
  return diff;
}

describe("diffReport", () => {
  it("reports nothing but unchanged paragraphs for identical versions", () => {
    const diff = check(report(ALL), report(ALL));
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 0, moved: 0, split: 0, merged: 0, unchanged: 4, headings: 0 });
  });

  it("reports an inserted paragraph after the one it follows", () => {
    const diff = check(report(ALL), report(["para-a-1", ["new-1", "An entirely fresh statement about funding."], "para-a-2", "para-a-3", "para-a-4"]));
    const added = diff.paragraphs.find((change) => change.id === "new-1");
    expect(added).toMatchObject({ status: "added", after: "para-a-1", splitFrom: null });
    expect(diff.summary).toMatchObject({ added: 1, unchanged: 4, moved: 0 });
  });

  it("reports a deleted paragraph where it used to be", () => {
    const diff = check(report(ALL), report(["para-a-1", "para-a-3", "para-a-4"]));
    expect(diff.paragraphs.map((change) => `${change.id}:${change.status}`)).toEqual([
      "para-a-1:unchanged",
      "para-a-2:removed",
      "para-a-3:unchanged",
      "para-a-4:unchanged",
    ]);
    expect(diff.summary).toMatchObject({ removed: 1, merged: 0 });
  });

  it("reports only the truly moved paragraph as moved, with where it came from", () => {
    const diff = check(report(ALL), report(["para-a-1", "para-a-4", "para-a-2", "para-a-3"]));
    const moved = diff.paragraphs.filter((change) => change.movedFrom);
    expect(moved.map((change) => change.id)).toEqual(["para-a-4"]);
    expect(moved[0]?.movedFrom).toEqual({ afterId: "para-a-3", afterNumber: "3" });
    expect(diff.summary).toMatchObject({ moved: 1, unchanged: 3 });
  });

  it("marks word-level changes inside a changed paragraph", () => {
    const diff = check(report(ALL), report([["para-a-1", "The working group met six times and heard many delegations."], "para-a-2", "para-a-3", "para-a-4"]));
    const changed = diff.paragraphs[0];
    expect(changed?.status).toBe("changed");
    expect(changed?.words?.filter((part) => part.change !== "same").map((part) => `${part.change}:${part.text}`)).toEqual(["removed:five", "added:six"]);
    expect(sideOf(changed?.words ?? [], "old")).toBe(TEXTS["para-a-1"]);
  });

  it("recognises a paragraph split in two", () => {
    const older = report([["para-a-1", "States agreed on the importance of regular dialogue. They also asked for predictable funding for experts from developing countries."], "para-a-2"]);
    const newer = report([
      ["para-a-1", "States agreed on the importance of regular dialogue."],
      ["p-split", "They also asked for predictable funding for experts from developing countries."],
      "para-a-2",
    ]);
    const diff = check(older, newer);
    expect(diff.paragraphs.find((change) => change.id === "p-split")).toMatchObject({ status: "added", splitFrom: "para-a-1" });
    expect(diff.summary).toMatchObject({ split: 1, added: 0, changed: 1 });
  });

  it("recognises two paragraphs merged into one", () => {
    const older = report([["para-a-1", "Delegations discussed thematic groups."], ["para-a-2", "Many stressed that the structure should stay flexible and light."], "para-a-3"]);
    const newer = report([["para-a-1", "Delegations discussed thematic groups. Many stressed that the structure should stay flexible and light."], "para-a-3"]);
    const diff = check(older, newer);
    expect(diff.paragraphs.find((change) => change.id === "para-a-2")).toMatchObject({ status: "removed", mergedInto: "para-a-1" });
    expect(diff.summary).toMatchObject({ merged: 1, removed: 0 });
  });

  it("reports renamed, added and removed headings", () => {
    const older = [
      { id: "section-a", level: 2, text: "A. Introduction", before: 0 },
      { id: "section-b", level: 2, text: "B. Threats", before: 2 },
    ];
    const newer = [
      { id: "section-a", level: 2, text: "A. Introduction and mandate", before: 0 },
      { id: "section-c", level: 2, text: "C. Law", before: 3 },
    ];
    const diff = diffReport(content(report(ALL), older), content(report(ALL), newer));
    expect(diff.headings.map((change) => `${change.id}:${change.status}`)).toEqual(["section-a:changed", "section-c:added", "section-b:removed"]);
    expect(diff.summary.headings).toBe(3);
  });
});

describe("longestIncreasingSubsequence", () => {
  it.each([
    [[], 0],
    [[3, 1, 2], 2],
    [[0, 1, 2, 3], 4],
    [[4, 3, 2, 1], 1],
    [[0, 8, 4, 12, 2, 10, 6, 14, 1, 9], 4],
  ])("finds a longest run in %j", (values, length) => {
    const kept = [...longestIncreasingSubsequence(values)].sort((a, b) => a - b);
    expect(kept).toHaveLength(length);
    const picked = kept.map((index) => values[index] ?? 0);
    expect(picked).toEqual([...picked].sort((a, b) => a - b));
  });
});
