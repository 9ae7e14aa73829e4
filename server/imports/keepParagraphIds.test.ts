import { describe, expect, it } from "vitest";
import type { ProseMirrorJson } from "../../shared/editor/proseMirrorJson";
import { paragraphs, type Paragraph } from "../../shared/paragraphs";
import { keepParagraphIds, matchParagraphs } from "./keepParagraphIds";
import { wordCounts, wordSimilarity } from "./wordSimilarity";

const similarityCases: [string, string, string, number][] = [
  ["the same text", "States should report every year.", "States should report every year.", 1],
  ["case and punctuation ignored", "States should REPORT, every year!", "states should report every year", 1],
  ["no word in common", "Attacks on hospitals remain a concern.", "Ransomware targets supply chains.", 0],
  ["one word changed of five", "states should report every year", "states should report each year", 0.8],
  ["empty texts", "", "", 0],
  ["Chinese compared character by character", "各国应每年报告", "各国应每年汇报", 6 / 7],
];

describe("wordSimilarity", () => {
  it.each(similarityCases)("%s", (_name, a, b, expected) => {
    expect(wordSimilarity(wordCounts(a), wordCounts(b))).toBeCloseTo(expected, 5);
  });
});

function report(...texts: (string | [number: string, text: string])[]): ProseMirrorJson {
  return {
    type: "doc",
    content: texts.map((entry, index) => {
      const [number, text] = typeof entry === "string" ? [null, entry] : entry;
      return { type: "paragraph", attrs: { id: `new-${index + 1}`, number }, content: [{ type: "text", text }] };
    }),
  };
}

const CURRENT: Paragraph[] = paragraphs(
  report(
    "The working group held five sessions in Geneva and New York.",
    "Delegations recognised that no single State can secure cyberspace alone.",
    "States should report on progress every year to the General Assembly.",
    "A question about capacity building remains open for the next session.",
  ),
).map((paragraph, index) => ({ ...paragraph, id: `old-${index + 1}` }));

/** [case, imported paragraphs, the id each imported paragraph ends with, the current paragraphs' outcomes] */
const matchingCases: [string, ReturnType<typeof report>, string[], string[]][] = [
  [
    "the same text keeps every id",
    report(...CURRENT.map((paragraph) => paragraph.text)),
    ["old-1", "old-2", "old-3", "old-4"],
    ["kept", "kept", "kept", "kept"],
  ],
  [
    "lightly edited paragraphs keep their ids",
    report(
      "The working group held six sessions in Geneva and New York.",
      "Delegations recognised that no State can secure cyberspace on its own.",
      "States should report on their progress every year to the General Assembly.",
      "A question about capacity building remains open.",
    ),
    ["old-1", "old-2", "old-3", "old-4"],
    ["kept", "kept", "kept", "kept"],
  ],
  [
    "a paragraph inserted at the start moves the others' ids one number on",
    report("A new opening paragraph about the mandate.", ...CURRENT.map((paragraph) => paragraph.text)),
    ["new-1", "old-1", "old-2", "old-3", "old-4"],
    ["reattached", "reattached", "reattached", "reattached"],
  ],
  [
    "an unrelated text at the same numbers takes no id",
    report(
      ["1", "Ransomware groups increasingly target supply chains."],
      ["2", "Attacks on hospitals remain a grave concern."],
      ["3", "The chair thanked the secretariat."],
      ["4", "Footnote: adopted at the second session."],
    ),
    ["new-1", "new-2", "new-3", "new-4"],
    ["detached", "detached", "detached", "detached"],
  ],
  [
    "a rewritten paragraph (0.4 alike) at its own typed number keeps its id",
    report(["3", "States should report on annual reviews online now."], ["4", "Something else entirely."]),
    ["old-3", "new-2"],
    ["detached", "detached", "kept", "detached"],
  ],
  [
    "the same rewritten paragraph at another number is too unlike to take the id",
    report(["7", "States should report on annual reviews online now."]),
    ["new-1"],
    ["detached", "detached", "detached", "detached"],
  ],
  [
    "a typed number alone takes no id",
    report(["3", "Something else entirely."]),
    ["new-1"],
    ["detached", "detached", "detached", "detached"],
  ],
  [
    "reordered paragraphs follow their text",
    report(CURRENT[2]?.text ?? "", CURRENT[0]?.text ?? "", CURRENT[1]?.text ?? ""),
    ["old-3", "old-1", "old-2"],
    ["reattached", "reattached", "reattached", "detached"],
  ],
  [
    "two copies of a paragraph: one takes the id, the one nearer its old place",
    report(CURRENT[0]?.text ?? "", "Another paragraph.", "Yet another paragraph.", "More text here.", CURRENT[0]?.text ?? ""),
    ["old-1", "new-2", "new-3", "new-4", "new-5"],
    ["kept", "detached", "detached", "detached"],
  ],
];

describe("keepParagraphIds", () => {
  it.each(matchingCases)("%s", (_name, imported, ids, outcomes) => {
    const { json, fates } = keepParagraphIds(imported, CURRENT, "continuous");
    expect((json.content ?? []).map((block) => block.attrs?.id)).toEqual(ids);
    expect(fates.map((fate) => fate.outcome)).toEqual(outcomes);
  });

  it("matches one to one, the most similar pair first", () => {
    const current = [
      { id: "a", number: "1", section: null, text: "alpha beta gamma delta" },
      { id: "b", number: "2", section: null, text: "alpha beta gamma epsilon" },
    ];
    const imported = [{ id: "x", number: "1", section: null, text: "alpha beta gamma epsilon" }];
    expect([...matchParagraphs(current, imported)]).toEqual([[1, { imported: 0, similarity: 1 }]]);
  });

  it("reports where each paragraph goes", () => {
    const { fates } = keepParagraphIds(report("A new opening paragraph about the mandate.", ...CURRENT.map((paragraph) => paragraph.text)), CURRENT, "continuous");
    expect(fates[0]).toEqual({ paragraphId: "old-1", number: "1", newNumber: "2", outcome: "reattached", similarity: 1 });
  });
});
