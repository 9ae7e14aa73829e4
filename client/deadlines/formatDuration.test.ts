import { describe, expect, it } from "vitest";
import { durationParts, formatDuration } from "./formatDuration";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("durationParts", () => {
  it.each([
    [2 * DAY + 4 * HOUR + 30 * MINUTE, [{ unit: "day", value: 2 }, { unit: "hour", value: 4 }]],
    [3 * HOUR + 12 * MINUTE + 59_000, [{ unit: "hour", value: 3 }, { unit: "minute", value: 12 }]],
    [12 * MINUTE, [{ unit: "minute", value: 12 }]],
    [DAY + 5 * MINUTE, [{ unit: "day", value: 1 }]],
    [-(2 * HOUR), [{ unit: "hour", value: 2 }]],
    [59_000, []],
  ])("splits %d ms", (ms, parts) => {
    expect(durationParts(ms)).toEqual(parts);
  });
});

describe("formatDuration", () => {
  it("names the units in the reader's language", () => {
    expect(formatDuration(2 * DAY + 4 * HOUR, "en")).toBe("2 days 4 hours");
    expect(formatDuration(HOUR + MINUTE, "en")).toBe("1 hour 1 minute");
    expect(formatDuration(2 * DAY, "ru")).toBe("2 дня");
  });

  it("gives nothing under a minute", () => {
    expect(formatDuration(30_000, "en")).toBeNull();
  });
});
