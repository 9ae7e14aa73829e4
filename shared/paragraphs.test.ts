import { describe, expect, it } from "vitest";
import type { ProseMirrorJson } from "./editor/proseMirrorJson";
import { numberBlocks, paragraphs, sectionLabel, type BlockInfo } from "./paragraphs";

const heading = (text: string, level = 2): BlockInfo => ({ type: "heading", level, text, empty: false });
const para = (explicitNumber: string | null = null, empty = false): BlockInfo => ({ type: "paragraph", explicitNumber, empty });
const list: BlockInfo = { type: "bulletList", empty: false };

const text = (value: string): ProseMirrorJson[] => [{ type: "text", text: value }];
const p = (id: string, value: string, attrs: Record<string, unknown> = {}): ProseMirrorJson => ({
  type: "paragraph",
  attrs: { id, ...attrs },
  content: value ? text(value) : [],
});
const h = (id: string, value: string, level = 2): ProseMirrorJson => ({ type: "heading", attrs: { id, level }, content: text(value) });

describe("sectionLabel", () => {
  it.each([
    ["A. Introduction", "A"],
    ["Section H: Conclusions and recommendations", "H"],
    ["IV. International law", "IV"],
    ["b) Capacity-building", "B"],
    ["Annex", "Annex"],
  ])("reads %s as %s", (input, label) => {
    expect(sectionLabel(input)).toBe(label);
  });
});

describe("numberBlocks", () => {
  it("numbers paragraphs continuously across sections, skipping headings and empty paragraphs", () => {
    const numbers = numberBlocks([heading("Title", 1), heading("A. Intro"), para(), para(null, true), para(), heading("B. Threats"), para()], "continuous");
    expect(numbers.map((n) => n.number)).toEqual([null, null, "1", null, "2", null, "3"]);
    expect(numbers.map((n) => n.section)).toEqual([null, "A", "A", "A", "A", "B", "B"]);
  });

  it("restarts numbers in each section when sectioned", () => {
    const numbers = numberBlocks([heading("A. Intro"), para(), para(), heading("Section H: Conclusions"), para()], "sectioned");
    expect(numbers.map((n) => n.number)).toEqual([null, "A.1", "A.2", null, "H.1"]);
  });

  it("lets an explicit number win and continues from it", () => {
    const numbers = numberBlocks([heading("A. Intro"), para("12"), para(), para("14 bis"), para()], "continuous");
    expect(numbers.map((n) => n.number)).toEqual([null, "12", "13", "14 bis", "15"]);
  });

  it("attaches a list to the paragraph before it, and numbers a list that stands alone", () => {
    const numbers = numberBlocks([heading("A. Intro"), para(), list, heading("B. Threats"), list, para()], "continuous");
    expect(numbers.map((n) => n.number)).toEqual([null, "1", null, null, "2", "3"]);
  });
});

describe("paragraphs", () => {
  it("reads id, number, section and text from a report, with sub-points joined to their paragraph", () => {
    const doc: ProseMirrorJson = {
      type: "doc",
      content: [
        h("title", "Draft report", 1),
        h("section-a", "A. Introduction"),
        p("para-a-1", "First paragraph."),
        {
          type: "bulletList",
          attrs: { id: "list" },
          content: [
            { type: "listItem", content: [p("i1", "one")] },
            { type: "listItem", content: [p("i2", "two")] },
          ],
        },
        p("empty", ""),
        h("section-h", "Section H: Conclusions and recommendations"),
        p("para-h-2", "Recommends \u0627\u0644\u062a\u0639\u0627\u0648\u0646.", { number: "38" }),
        { type: "paragraph", attrs: { id: "para-h-3" }, content: [...text("Line one"), { type: "hardBreak" }, ...text("line two")] },
      ],
    };
    expect(paragraphs(doc)).toEqual([
      { id: "para-a-1", number: "1", section: "A", text: "First paragraph.\none\ntwo" },
      { id: "para-h-2", number: "38", section: "H", text: "Recommends \u0627\u0644\u062a\u0639\u0627\u0648\u0646." },
      { id: "para-h-3", number: "39", section: "H", text: "Line one\nline two" },
    ]);
  });

  it("numbers sectioned reports as H.1", () => {
    const doc: ProseMirrorJson = { type: "doc", content: [h("s", "H. Conclusions"), p("a", "x"), p("b", "y")] };
    expect(paragraphs(doc, "sectioned").map((paragraph) => paragraph.number)).toEqual(["H.1", "H.2"]);
  });
});
