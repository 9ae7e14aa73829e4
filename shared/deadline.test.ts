import { describe, expect, it } from "vitest";
import { makeDeadline, nextDeadline, zonedTimeToUtc } from "./deadline";

describe("deadlines", () => {
  it("converts New York summer and winter times to UTC", () => {
    expect(zonedTimeToUtc("2027-04-03T23:59", "America/New_York").toISOString()).toBe("2027-04-04T03:59:00.000Z");
    expect(zonedTimeToUtc("2027-01-15T12:00", "America/New_York").toISOString()).toBe("2027-01-15T17:00:00.000Z");
    expect(zonedTimeToUtc("2027-04-03T23:59", "Asia/Tokyo").toISOString()).toBe("2027-04-03T14:59:00.000Z");
  });

  it("keeps the local form and zone", () => {
    expect(makeDeadline("2027-04-03T23:59", "Europe/Zurich")).toEqual({
      local: "2027-04-03T23:59",
      timeZone: "Europe/Zurich",
      utc: "2027-04-03T21:59:00.000Z",
    });
  });

  it("picks the next 3 April that is still ahead", () => {
    expect(nextDeadline(4, 3, "23:59", "America/New_York", new Date("2026-11-23T09:00:00Z")).local).toBe("2027-04-03T23:59");
    expect(nextDeadline(4, 3, "23:59", "America/New_York", new Date("2027-04-04T03:58:00Z")).local).toBe("2027-04-03T23:59");
    expect(nextDeadline(4, 3, "23:59", "America/New_York", new Date("2027-04-04T04:00:00Z")).local).toBe("2028-04-03T23:59");
  });

  it("rejects a malformed local time", () => {
    expect(() => zonedTimeToUtc("3 April", "America/New_York")).toThrow(RangeError);
  });
});
