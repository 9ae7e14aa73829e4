import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import { paragraphs } from "../../shared/paragraphs";
import { commentMatrix } from "../../shared/submission/coalition";
import { readEndorsements } from "../../shared/submission/endorsements";
import { readComments } from "../../shared/submission/submissionDoc";
import { openDatabase } from "../db/openDatabase";
import { DocumentStore } from "../stores/DocumentStore";
import { seedDemoComments } from "./demoComments";
import { demoReportJson } from "./demoReportJson";

function load(store: DocumentStore, name: string): Y.Doc {
  const doc = new Y.Doc();
  const { state, updates } = store.load(name);
  for (const update of [state, ...updates]) {
    if (update) {
      Y.applyUpdate(doc, update);
    }
  }
  return doc;
}

describe("demo comments", () => {
  it("give every demo organisation a submission, with one shared amendment backed by two partners", () => {
    const store = new DocumentStore(openDatabase({ dataDir: ":memory:", synchronous: "NORMAL" }));
    seedDemoComments(store, "ict-security", new Date("2026-03-01T09:00:00Z"));
    const submissions = ["open-networks", "digital-rights", "industry-forum"].map((organisationId) => {
      const doc = load(store, submissionDocumentName("ict-security", organisationId));
      return { organisationId, comments: readComments(doc), endorsements: readEndorsements(doc) };
    });
    expect(submissions.map((submission) => submission.comments.length)).toEqual([3, 2, 1]);
    expect(submissions[0]?.comments.every((comment) => comment.bodyText.length > 20)).toBe(true);

    const { rows, detached } = commentMatrix(paragraphs(demoReportJson()), submissions);
    const row = rows.find((candidate) => candidate.paragraph.id === "para-h-38");
    expect(row?.tally).toMatchObject({ organisations: 2, redLines: 1 });
    expect(row?.comments.find((placed) => placed.comment.id === "c-demo-on-1")?.endorsedBy.sort()).toEqual(["digital-rights", "industry-forum"]);
    expect(detached).toEqual([]);
  });
});
