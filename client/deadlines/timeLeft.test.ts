import { describe, expect, it } from "vitest";
import { formatTimeLeft } from "./timeLeft";

describe("time left", () => {
  it("never says less than a minute while the deadline is still ahead", () => {
    expect(formatTimeLeft(((2 * 24 + 4) * 60 + 30) * 60_000, "en")).toBe("2 days 4 hours");
    expect(formatTimeLeft(20_000, "en")).toBe("1 minute");
    expect(formatTimeLeft(24 * 3_600_000, "fr")).toMatch(/^1\sjour$/);
  });
});
