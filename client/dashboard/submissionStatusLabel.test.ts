import { describe, expect, it } from "vitest";
import type { OrganisationStatus, SubmissionEvent } from "../../shared/api/submissions";
import { makeDeadline } from "../../shared/deadline";
import type { Translate } from "../i18n/I18nProvider";
import { en } from "../i18n/messages/en";
import { commentCountsLabel, isLate, submissionStatusLabel, submittedCount } from "./submissionStatusLabel";

const t: Translate = (key, values = {}) => en[key].replace(/\{(\w+)\}/g, (match: string, name: string) => String(values[name] ?? match));
const deadline = makeDeadline("2027-04-03T23:59", "America/New_York");
const submit = (id: number, at: string): SubmissionEvent => ({ id, action: "submitted", at, by: { id: "p", name: "Lead" }, stateSha256: "ab" });

function status(state: OrganisationStatus["state"], official: SubmissionEvent | null = null): OrganisationStatus {
  return {
    organisation: { id: "open-networks", name: "Open Networks" },
    deadline,
    extended: false,
    locked: false,
    state,
    stage: "drafting",
    official,
    history: official ? [official] : [],
  };
}

describe("submissionStatusLabel", () => {
  it("says when the standing submission was sent", () => {
    expect(submissionStatusLabel(status("submitted", submit(1, "2027-04-02T14:05:00Z")), "en-GB", t)).toMatch(/^Submitted at 2 Apr 2027, \d\d:05$/);
    expect(submissionStatusLabel(status("resubmitted", submit(2, "2027-04-02T14:05:00Z")), "en-GB", t)).toMatch(/^Resubmitted at /);
  });

  it.each([
    ["not_started", "Not started"],
    ["drafting", "Drafting"],
    ["withdrawn", "Withdrawn"],
    ["not_submitted", "Not submitted"],
  ] as const)("names %s", (state, label) => {
    expect(submissionStatusLabel(status(state), "en", t)).toBe(label);
  });
});

describe("isLate and submittedCount", () => {
  it("calls a submission late only when sent after the consultation's deadline", () => {
    expect(isLate(status("submitted", submit(1, "2027-04-04T03:58:00Z")), deadline)).toBe(false);
    expect(isLate(status("submitted", submit(1, "2027-04-04T04:00:00Z")), deadline)).toBe(true);
    expect(isLate(status("drafting"), deadline)).toBe(false);
  });

  it("counts submitted and resubmitted", () => {
    expect(submittedCount([status("submitted"), status("resubmitted"), status("withdrawn"), status("not_submitted")])).toBe(2);
  });
});

describe("commentCountsLabel", () => {
  it("lists the kinds that have comments, in the given order", () => {
    expect(commentCountsLabel({ support: 1, concern: 2, question: 0 }, ["general", "support", "concern", "question"], t)).toBe("Support: 1, Concern: 2");
    expect(commentCountsLabel({}, ["general"], t)).toBeNull();
    expect(commentCountsLabel(undefined, ["general"], t)).toBeNull();
  });
});
