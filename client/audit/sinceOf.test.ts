import { describe, expect, it } from "vitest";
import { sinceOf } from "./AuditFilters";

describe("sinceOf", () => {
  it("turns a local date into the instant that day starts", () => {
    const since = sinceOf("2027-04-03");
    expect(since).toBe(new Date(2027, 3, 3, 0, 0, 0).toISOString());
  });

  it("ignores what is not a whole date", () => {
    expect(sinceOf("")).toBeUndefined();
    expect(sinceOf("2027-04")).toBeUndefined();
    expect(sinceOf("2027-13-45")).toBeUndefined();
  });
});
