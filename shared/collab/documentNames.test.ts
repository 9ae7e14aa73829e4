import { describe, expect, it } from "vitest";
import { parseDocumentName, reportDocumentName, submissionDocumentName } from "./documentNames";

describe("document names", () => {
  it("round-trips report and submission names", () => {
    expect(parseDocumentName(reportDocumentName("oewg-2027"))).toEqual({ kind: "report", consultationId: "oewg-2027" });
    expect(parseDocumentName(submissionDocumentName("oewg-2027", "digital-rights"))).toEqual({
      kind: "submission",
      consultationId: "oewg-2027",
      organisationId: "digital-rights",
    });
  });

  it.each(["", "report", "report:", "report:A", "report:a:b", "submission:a", "submission:a:b:c", "other:a", "report:-x", "report:a b"])(
    "refuses %j",
    (name) => {
      expect(parseDocumentName(name)).toBeNull();
    },
  );
});
