import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addReply,
  commentFragment,
  createComment,
  deleteComment,
  fragmentText,
  reattachComment,
  readComments,
  touchComment,
  updateComment,
} from "./submissionDoc";

const amina = { id: "person-amina", name: "Amina" };
const jonas = { id: "person-jonas", name: "Jonas" };
const noon = new Date("2026-03-30T12:00:00Z");
const later = new Date("2026-03-30T12:05:00Z");

function newComment(doc: Y.Doc, proposedText = "") {
  return createComment(
    doc,
    {
      paragraphId: "para-h-3",
      paragraphNumber: "37",
      paragraphText: "States should publish their national positions.",
      quote: null,
      kind: proposedText ? "amendment" : "concern",
      stance: proposedText ? "amend" : "oppose",
      priority: "normal",
      proposedText,
    },
    amina,
    noon,
  );
}

function sync(from: Y.Doc, to: Y.Doc) {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

describe("submission document", () => {
  it("writes and reads a comment with its proposal", () => {
    const doc = new Y.Doc();
    const id = newComment(doc, "States should publish and update their positions.");
    const [comment] = readComments(doc);
    expect(comment).toMatchObject({
      id,
      paragraphId: "para-h-3",
      paragraphNumber: "37",
      kind: "amendment",
      stance: "amend",
      status: "draft",
      authors: [amina],
      createdAt: noon.toISOString(),
      proposedText: "States should publish and update their positions.",
      bodyText: "",
      replies: [],
      resolved: false,
      shared: false,
    });
  });

  it("records each author once and moves the time on", () => {
    const doc = new Y.Doc();
    const id = newComment(doc);
    updateComment(doc, id, { status: "ready", priority: "redLine" }, jonas, later);
    touchComment(doc, id, amina, later);
    touchComment(doc, id, jonas, later);
    const [comment] = readComments(doc);
    expect(comment?.authors).toEqual([amina, jonas]);
    expect(comment).toMatchObject({ status: "ready", priority: "redLine", updatedAt: later.toISOString() });
  });

  it("keeps a discussion, re-attaches and deletes", () => {
    const doc = new Y.Doc();
    const id = newComment(doc);
    addReply(doc, id, jonas, "Should we ask for a timeline too?", later);
    reattachComment(doc, id, { id: "para-h-4", number: "38", text: "A new paragraph." });
    const [comment] = readComments(doc);
    expect(comment?.replies).toMatchObject([{ author: jonas, text: "Should we ask for a timeline too?" }]);
    expect(comment).toMatchObject({ paragraphId: "para-h-4", paragraphNumber: "38", paragraphText: "A new paragraph." });
    expect(deleteComment(doc, id)).toBe(true);
    expect(readComments(doc)).toEqual([]);
  });

  it("merges concurrent edits of one comment's body from two people", () => {
    const first = new Y.Doc();
    const id = newComment(first);
    const second = new Y.Doc();
    sync(first, second);
    const write = (doc: Y.Doc, words: string) => {
      const body = commentFragment(doc, id, "body")!;
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText(words)]);
      body.insert(body.length, [paragraph]);
    };
    write(first, "The deadline is too short.");
    write(second, "Ask for a second reading.");
    sync(first, second);
    sync(second, first);
    expect(fragmentText(commentFragment(first, id, "body")!)).toBe(fragmentText(commentFragment(second, id, "body")!));
    expect(readComments(first)[0]?.bodyText.split("\n").sort()).toEqual(["Ask for a second reading.", "The deadline is too short."]);
  });
});
