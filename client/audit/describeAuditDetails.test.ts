import { describe, expect, it } from "vitest";
import { describeAuditDetails } from "./describeAuditDetails";

describe("describeAuditDetails", () => {
  it("says a role change as before → after", () => {
    expect(describeAuditDetails({ workspaceRole: { from: "editor", to: "reviewer" }, "open-networks": { from: null, to: "member" } })).toBe(
      "workspaceRole: editor → reviewer; open-networks: — → member",
    );
  });

  it("says a deadline change in the deadline's own words, and of settings only what changed", () => {
    const deadline = (local: string) => ({ local, timeZone: "America/New_York", utc: "2031-04-04T03:59:00.000Z" });
    expect(describeAuditDetails({ from: deadline("2031-04-01T23:59"), to: deadline("2031-04-03T23:59"), internalDeadline: null })).toBe(
      "2031-04-01 23:59 America/New_York → 2031-04-03 23:59 America/New_York",
    );
    expect(describeAuditDetails({ from: { maxPages: 10, asciiOnly: false }, to: { maxPages: 12, asciiOnly: false } })).toBe("maxPages: 10 → 12");
    expect(describeAuditDetails({ from: ["open-networks"], to: ["open-networks", "digital-rights"] })).toBe("open-networks → open-networks, digital-rights");
  });

  it("gives other details as name: value, without JSON", () => {
    const text = describeAuditDetails({ consultation: "ict-security", deadline: { local: "2031-04-05T12:00", timeZone: "UTC", utc: "2031-04-05T12:00:00.000Z" }, title: true });
    expect(text).toBe("consultation: ict-security; deadline: 2031-04-05 12:00 UTC; title: true");
    expect(text).not.toMatch(/[{}"]/);
  });
});
