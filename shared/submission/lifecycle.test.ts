import { describe, expect, it } from "vitest";
import { makeDeadline } from "../deadline";
import { effectiveDeadline, lockReason, submissionState } from "./lifecycle";

const deadline = makeDeadline("2027-04-03T23:59", "America/New_York");

describe("submission lifecycle", () => {
  it("locks at the deadline in its own zone, or when the consultation closes", () => {
    expect(deadline.utc).toBe("2027-04-04T03:59:00.000Z");
    expect(lockReason("open", deadline, new Date("2027-04-04T03:58:59Z"))).toBeNull();
    expect(lockReason("open", deadline, new Date("2027-04-04T03:59:00Z"))).toBe("deadline_passed");
    expect(lockReason("closed", deadline, new Date("2027-01-01T00:00:00Z"))).toBe("consultation_closed");
  });

  it("applies an extension only when it is later", () => {
    const later = makeDeadline("2027-04-05T12:00", "America/New_York");
    expect(effectiveDeadline(deadline, later)).toEqual({ deadline: later, extended: true });
    expect(effectiveDeadline(later, deadline)).toEqual({ deadline: later, extended: false });
    expect(effectiveDeadline(deadline, null)).toEqual({ deadline, extended: false });
  });

  it("names each state of a submission", () => {
    const submitted = { action: "submitted" as const };
    const withdrawn = { action: "withdrawn" as const };
    expect(submissionState([], false, false)).toBe("not_started");
    expect(submissionState([], true, false)).toBe("drafting");
    expect(submissionState([submitted], true, false)).toBe("submitted");
    expect(submissionState([submitted, withdrawn, submitted], true, true)).toBe("resubmitted");
    expect(submissionState([withdrawn, submitted], true, false)).toBe("withdrawn");
    expect(submissionState([withdrawn, submitted], true, true)).toBe("not_submitted");
    expect(submissionState([], true, true)).toBe("not_submitted");
  });
});
