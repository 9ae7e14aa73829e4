import { describe, expect, it } from "vitest";
import { dayLater, previewDeadline, timeZoneChoices, utcLabel } from "./previewDeadline";

describe("previewDeadline", () => {
  it("turns a local date-time in a zone into its UTC instant", () => {
    const deadline = previewDeadline("2027-04-03T23:59", "America/New_York");
    expect(deadline).toEqual({ local: "2027-04-03T23:59", timeZone: "America/New_York", utc: "2027-04-04T03:59:00.000Z" });
    expect(utcLabel(deadline!)).toBe("2027-04-04 03:59 UTC");
  });

  it("waits for a valid date-time and a real zone", () => {
    expect(previewDeadline("", "America/New_York")).toBeNull();
    expect(previewDeadline("2027-04-03T23:59", "America/Gotham")).toBeNull();
    expect(previewDeadline("2027-04-03T23:59", " Europe/Paris ")?.utc).toBe("2027-04-03T21:59:00.000Z");
  });

  it("offers UTC among the zones", () => {
    expect(timeZoneChoices()).toContain("UTC");
    expect(timeZoneChoices()).toContain("America/New_York");
  });
});

describe("dayLater", () => {
  it("moves a local date-time on by one calendar day, across months", () => {
    expect(dayLater("2027-04-03T23:59")).toBe("2027-04-04T23:59");
    expect(dayLater("2027-04-30T08:00")).toBe("2027-05-01T08:00");
  });
});
