import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { lastActivity, touchSubmissionText } from "./submissionActivity";
import { createComment } from "./submissionDoc";

describe("lastActivity", () => {
  it("counts the general remarks and the cover note as well as the comments", () => {
    const doc = new Y.Doc();
    expect(lastActivity(doc)).toBeNull();
    createComment(
      doc,
      { paragraphId: "p1", paragraphNumber: "1", paragraphText: "", quote: null, kind: "concern", stance: "oppose", priority: "normal" },
      { id: "a", name: "A" },
      new Date("2027-03-01T10:00:00Z"),
    );
    expect(lastActivity(doc)).toBe("2027-03-01T10:00:00.000Z");
    touchSubmissionText(doc, "general", new Date("2027-03-02T10:00:00Z"));
    expect(lastActivity(doc)).toBe("2027-03-02T10:00:00.000Z");
    touchSubmissionText(doc, "cover", new Date("2027-03-03T08:00:00Z"));
    expect(lastActivity(doc)).toBe("2027-03-03T08:00:00.000Z");
  });
});
