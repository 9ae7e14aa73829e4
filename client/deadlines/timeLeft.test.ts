import { describe, expect, it } from "vitest";
import { formatTimeLeft } from "./timeLeft";

describe("time left", () => {
  it("shows days and hours, then hours and minutes, then minutes, in the reader's language", () => {
    expect(formatTimeLeft(((2 * 24 + 4) * 60 + 30) * 60_000, "en")).toBe("2 days, 4 hours");
    expect(formatTimeLeft((3 * 60 + 12) * 60_000, "en")).toBe("3 hours, 12 minutes");
    expect(formatTimeLeft(5 * 60_000 + 30_000, "en")).toBe("5 minutes");
    expect(formatTimeLeft(20_000, "en")).toBe("1 minute");
    expect(formatTimeLeft(24 * 3_600_000, "fr")).toMatch(/^1\sjour et 0\sheure$/);
  });
});
