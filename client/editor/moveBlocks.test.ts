import { getSchema } from "@tiptap/core";
import { EditorState, NodeSelection, TextSelection } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { reportExtensions } from "../../shared/editor/reportExtensions";
import { moveBlocks, moveSelectedBlocks } from "./moveBlocks";
import { blockStart, selectedBlocks } from "./selectedBlocks";

const schema = getSchema(reportExtensions());
const paragraph = (id: string, text: string) => ({ type: "paragraph", attrs: { id }, content: [{ type: "text", text }] });
const doc = schema.nodeFromJSON({
  type: "doc",
  content: [
    paragraph("a", "Alpha."),
    paragraph("b", "Bravo."),
    { type: "bulletList", attrs: { id: "list" }, content: [{ type: "listItem", attrs: { id: "item" }, content: [paragraph("c", "Charlie.")] }] },
    paragraph("d", "Delta."),
  ],
});
const ids = (state: EditorState) => {
  const found: unknown[] = [];
  state.doc.forEach((node) => found.push(node.attrs.id));
  return found;
};
const endOf = (index: number) => blockStart(doc, index + 1) - 1;

describe("moving top-level blocks", () => {
  it("moves the caret's block one up or down, ids and caret with it", () => {
    const state = EditorState.create({ doc, selection: TextSelection.create(doc, endOf(1)) });
    const up = state.tr;
    expect(moveSelectedBlocks(up, "up")).toBe(true);
    const moved = state.apply(up);
    expect(ids(moved)).toEqual(["b", "a", "list", "d"]);
    expect(moved.selection.$from.parent.attrs.id).toBe("b");
    expect(moved.selection.$from.parentOffset).toBe("Bravo.".length);

    const down = state.tr;
    expect(moveSelectedBlocks(down, "down")).toBe(true);
    expect(ids(state.apply(down))).toEqual(["a", "list", "b", "d"]);
  });

  it("moves every block a selection touches, and does nothing at the edges", () => {
    const state = EditorState.create({ doc, selection: TextSelection.create(doc, 3, endOf(2)) });
    const down = state.tr;
    expect(moveSelectedBlocks(down, "down")).toBe(true);
    expect(ids(state.apply(down))).toEqual(["d", "a", "b", "list"]);
    expect(moveSelectedBlocks(state.tr, "up")).toBe(false);
  });

  it("drops blocks before any block, and the node's own attributes come along", () => {
    const state = EditorState.create({ doc, selection: NodeSelection.create(doc, blockStart(doc, 3)) });
    const tr = state.tr;
    expect(moveBlocks(tr, 3, 3, 0)).toBe(true);
    const moved = state.apply(tr);
    expect(ids(moved)).toEqual(["d", "a", "b", "list"]);
    expect(moved.selection).toBeInstanceOf(NodeSelection);
    expect(moveBlocks(state.tr, 1, 1, 2)).toBe(false);
  });
});

describe("the blocks under a selection", () => {
  it("reads a selection from a block's very start to another's very end as whole blocks", () => {
    expect(selectedBlocks(doc, TextSelection.create(doc, 1, endOf(1)))).toMatchObject({ first: 0, last: 1, whole: true });
    expect(selectedBlocks(doc, TextSelection.create(doc, 2, endOf(1)))).toMatchObject({ whole: false });
    // A triple click ends at the start of the next block, which does not come along.
    expect(selectedBlocks(doc, TextSelection.create(doc, 1, blockStart(doc, 1) + 1))).toMatchObject({ first: 0, last: 0, whole: true });
    expect(selectedBlocks(doc, TextSelection.create(doc, blockStart(doc, 2) + 3, endOf(2) - 2))).toMatchObject({ first: 2, last: 2, whole: true });
    expect(selectedBlocks(doc, TextSelection.create(doc, endOf(0)))).toMatchObject({ first: 0, last: 0, whole: false });
  });
});
