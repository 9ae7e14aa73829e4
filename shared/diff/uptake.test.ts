import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Paragraph } from "../paragraphs";
import type { DiffComment } from "./CommentFate";
import { diffReport } from "./diffReport";
import { amendmentUptake, commentOutcomes } from "./uptake";

const report = (entries: [string, string][]): Paragraph[] => entries.map(([id, text], index) => ({ id, number: String(index + 1), section: "A", text }));
const diffOf = (older: [string, string][], newer: [string, string][]) => diffReport({ paragraphs: report(older), headings: [] }, { paragraphs: report(newer), headings: [] });

const ONE = "The working group met five times and heard many delegations on capacity.";
const TWO = "States agreed that capacity-building must be demand-driven and sustainable.";
const THREE = "A permanent mechanism should follow the working group after its mandate ends.";
const OLDER: [string, string][] = [
  ["p1", ONE],
  ["p2", TWO],
  ["p3", THREE],
];

function comment(paragraphId: string, extra: Partial<DiffComment> = {}): DiffComment {
  return { id: `c-${paragraphId}`, paragraphId, paragraphNumber: "1", kind: "concern", stance: "oppose", priority: "normal", status: "ready", bodyText: "", proposedText: "", ...extra };
}

describe("commentOutcomes", () => {
  it.each([
    ["unchanged", OLDER, "p2", { fate: "unchanged", moved: false, newNumber: "2" }],
    ["modified", [OLDER[0]!, ["p2", "States agreed that capacity-building must be demand-driven, sustainable and inclusive."], OLDER[2]!], "p2", { fate: "modified", newParagraphId: "p2" }],
    ["moved", [OLDER[1]!, OLDER[2]!, OLDER[0]!], "p1", { fate: "moved", moved: true, oldNumber: "1", newNumber: "3" }],
    ["removed", [OLDER[0]!, OLDER[2]!], "p2", { fate: "removed", newParagraphId: null, newNumber: null }],
    ["merged", [OLDER[0]!, ["p3", `${THREE} ${TWO}`]], "p2", { fate: "merged", newParagraphId: "p3", newNumber: "2" }],
    ["split", [OLDER[0]!, OLDER[1]!, ["p3", "A permanent mechanism should follow the working group."], ["p3b", "After its mandate ends."]], "p3", { fate: "split", newParagraphId: "p3" }],
    ["absent", [["p0", "An entirely new opening paragraph on something else."], ...OLDER], "p0", { fate: "absent", oldNumber: null, newNumber: "1" }],
  ] as [string, [string, string][], string, object][])("labels a comment on a %s paragraph", (_name, newer, paragraphId, expected) => {
    const [outcome] = commentOutcomes([comment(paragraphId)], diffOf(OLDER, newer));
    expect(outcome).toMatchObject({ commentId: `c-${paragraphId}`, uptake: null, ...expected });
  });

  it("measures each amendment's uptake on the newer text, following splits and merges", () => {
    const proposal = "States agreed that capacity-building must be demand-driven, gender-sensitive and sustainable.";
    const amendment = comment("p2", { kind: "amendment", stance: "amend", proposedText: proposal });
    const adopted = commentOutcomes([amendment], diffOf(OLDER, [OLDER[0]!, ["p2", proposal], OLDER[2]!]));
    expect(adopted[0]?.uptake).toEqual({ status: "adopted", percent: 100 });
    const ignored = commentOutcomes([amendment], diffOf(OLDER, OLDER));
    expect(ignored[0]?.uptake).toEqual({ status: "notAdopted", percent: 0 });
    const mergedAway = commentOutcomes([amendment], diffOf(OLDER, [OLDER[0]!, ["p3", `${THREE} ${proposal}`]]));
    expect(mergedAway[0]).toMatchObject({ fate: "merged", uptake: { status: "adopted" } });
    const removed = commentOutcomes([amendment, comment("p3", { id: "c-delete", stance: "delete" })], diffOf(OLDER, [OLDER[0]!]));
    expect(removed.map((outcome) => outcome.uptake)).toEqual([
      { status: "notAdopted", percent: 0 },
      { status: "adopted", percent: 100 },
    ]);
  });

  it("gives no uptake to a proposal that still equals the older text", () => {
    const untouched = comment("p1", { kind: "amendment", stance: "amend", proposedText: ONE });
    expect(commentOutcomes([untouched], diffOf(OLDER, OLDER))[0]?.uptake).toBeNull();
  });
});

describe("amendmentUptake", () => {
  const old = "the directory will only be useful if kept up to date";
  it.each([
    ["the exact wording", "the directory will be useful if States keep it current", "the directory will be useful if States keep it current", "adopted", 100],
    ["nothing of it", "the directory will be useful if States keep it current", old, "notAdopted", 0],
    // Proposed: delete "only", "kept", "up", "to", "date"; add "states", "keep", "it", "current": 9 changes.
    ["three of nine changes", "the directory will be useful if States keep it current", "the directory will be useful if kept up to date by States", "partlyAdopted", 22],
    ["every change, in other words around it", "the directory will be useful if States keep it current", "in practice the directory will be useful if States keep it current", "adopted", 100],
    ["a deletion", "the directory will be useful", "the directory will be useful", "adopted", 100],
    ["half a deletion", "the directory will be useful", "the directory will be useful if kept", "partlyAdopted", 67],
  ] as const)("scores %s", (_name, proposal, newer, status, percent) => {
    expect(amendmentUptake(old, proposal, newer)).toEqual({ status, percent });
  });

  const words = fc.array(fc.constantFrom("states", "agreed", "the", "directory", "must", "be", "kept", "current", "useful", "and", "open"), { minLength: 1, maxLength: 12 }).map((list) => list.join(" "));

  it("always gives a share between 0 and 100 that matches its label, 100 for the exact proposal, 0 for the old text", () => {
    fc.assert(
      fc.property(words, words, words, (older, proposal, newer) => {
        const uptake = amendmentUptake(older, proposal, newer);
        expect(uptake.percent).toBeGreaterThanOrEqual(0);
        expect(uptake.percent).toBeLessThanOrEqual(100);
        expect(uptake.status === "adopted").toBe(uptake.percent === 100);
        expect(uptake.status === "notAdopted").toBe(uptake.percent === 0);
        expect(amendmentUptake(older, proposal, proposal).status).toBe("adopted");
        if (older.split(" ").sort().join(" ") !== proposal.split(" ").sort().join(" ")) {
          expect(amendmentUptake(older, proposal, older)).toEqual({ status: "notAdopted", percent: 0 });
        }
      }),
    );
  });
});
