import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CommentMatrix, SharedCommentList } from "../../shared/api/comments";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import { endorse } from "../../shared/submission/endorsements";
import { addReply, commentFragment, createComment, fragmentText, readComments, updateComment } from "../../shared/submission/submissionDoc";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { connectClient, eventually, synced } from "../helpers/collabClient";
import { api, startServer } from "../helpers/startServer";

const OPEN_NETWORKS = submissionDocumentName(DEMO_CONSULTATION_ID, "open-networks");
const DIGITAL_RIGHTS = submissionDocumentName(DEMO_CONSULTATION_ID, "digital-rights");
const now = new Date("2026-03-30T10:00:00Z");

function newComment(doc: Y.Doc, paragraphId: string, author: { id: string; name: string }): string {
  return createComment(
    doc,
    { paragraphId, paragraphNumber: "38", paragraphText: "", quote: null, kind: "amendment", stance: "amend", priority: "redLine", proposedText: "States should keep the directory current." },
    author,
    now,
  );
}

function typeInto(fragment: Y.XmlFragment, words: string): void {
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(words)]);
  fragment.insert(fragment.length, [paragraph]);
}

describe("submission documents over the sync server", () => {
  it("makes two members' concurrent edits of one comment body converge, and keeps them", async () => {
    const server = await startServer();
    const member = connectClient(server.collabUrl, OPEN_NETWORKS, server.people.member.token);
    const lead = connectClient(server.collabUrl, OPEN_NETWORKS, server.people.lead.token);
    await Promise.all([synced(member.provider), synced(lead.provider)]);
    const id = newComment(member.doc, "para-h-38", { id: server.people.member.id, name: "Member" });
    await eventually(() => commentFragment(lead.doc, id, "body") !== null, "the lead receives the comment");

    // Both type at once, each into their own copy, before either has seen the other.
    for (let round = 0; round < 20; round += 1) {
      typeInto(commentFragment(member.doc, id, "body")!, `member line ${round}`);
      typeInto(commentFragment(lead.doc, id, "body")!, `lead line ${round}`);
    }
    const bodyOf = (doc: Y.Doc) => fragmentText(commentFragment(doc, id, "body")!);
    await eventually(() => bodyOf(member.doc) === bodyOf(lead.doc) && bodyOf(member.doc).split("\n").length === 40, "both bodies hold all 40 lines");

    member.provider.destroy();
    lead.provider.destroy();
    const fresh = connectClient(server.collabUrl, OPEN_NETWORKS, server.people.member.token);
    await synced(fresh.provider);
    expect(bodyOf(fresh.doc).split("\n").sort()).toEqual(bodyOf(member.doc).split("\n").sort());
  });

  it("shows shared comments and endorsements to the coalition, and everything to coordinators, but no discussion", async () => {
    const server = await startServer();
    const member = connectClient(server.collabUrl, OPEN_NETWORKS, server.people.member.token);
    const outsider = connectClient(server.collabUrl, DIGITAL_RIGHTS, server.people.otherMember.token);
    await Promise.all([synced(member.provider), synced(outsider.provider)]);
    const author = { id: server.people.member.id, name: "Member" };
    const shared = newComment(member.doc, "para-h-38", author);
    const kept = newComment(member.doc, "para-h-39", author);
    updateComment(member.doc, shared, { shared: true }, author, now);
    addReply(member.doc, shared, author, "Internal: do not show this to partners.", now);
    endorse(outsider.doc, { organisationId: "open-networks", commentId: shared }, { id: server.people.otherMember.id, name: "Other" }, now);

    const sharedList = async () => SharedCommentList.parse(await (await api(server, `/api/consultations/${DEMO_CONSULTATION_ID}/shared-comments`, { as: "otherMember" })).json());
    await eventually(() => true, "");
    let list = await sharedList();
    for (let attempt = 0; attempt < 100 && (list.comments.length === 0 || list.comments[0]?.endorsedBy.length === 0); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      list = await sharedList();
    }
    expect(list.comments).toMatchObject([{ organisationId: "open-networks", comment: { id: shared, kind: "amendment", priority: "redLine" }, endorsedBy: ["digital-rights"] }]);
    expect(JSON.stringify(list)).not.toContain("Internal");
    expect(JSON.stringify(list)).not.toContain(kept);
    expect((await api(server, `/api/consultations/${DEMO_CONSULTATION_ID}/shared-comments`, { as: "reviewer" })).status).toBe(403);

    const matrix = CommentMatrix.parse(await (await api(server, `/api/consultations/${DEMO_CONSULTATION_ID}/comment-matrix`, { as: "coordinator" })).json());
    const row = (id: string) => matrix.rows.find((candidate) => candidate.paragraph.id === id);
    expect(row("para-h-38")?.comments.map((placed) => placed.comment.id)).toEqual([shared]);
    expect(row("para-h-38")?.tally).toMatchObject({ redLines: 1, organisations: 1, kinds: { amendment: 1 }, stances: { amend: 1 } });
    expect(row("para-h-39")?.comments.map((placed) => placed.comment.id)).toEqual([kept]);
    expect(matrix.rows).toHaveLength(40);
    expect(JSON.stringify(matrix)).not.toContain("Internal");
    expect(readComments(member.doc)).toHaveLength(2);
  });
});
