import { describe, expect, it } from "vitest";
import { parseRoute } from "./router";

describe("parseRoute", () => {
  it.each([
    ["/", { page: "consultations" }],
    ["/consultations/ict-security", { page: "report", consultationId: "ict-security" }],
    ["/consultations/ict-security/overview", { page: "overview", consultationId: "ict-security" }],
    ["/consultations/ict-security/overview/extra", { page: "notFound" }],
    ["/consultations/ict-security/dashboard", { page: "dashboard", consultationId: "ict-security" }],
    ["/people", { page: "people" }],
    ["/people/", { page: "people" }],
    ["/account", { page: "account" }],
    ["/audit", { page: "audit" }],
    ["/welcome/abc_DEF-123", { page: "welcome", token: "abc_DEF-123" }],
    ["/peoplex", { page: "notFound" }],
    ["/audit/extra", { page: "notFound" }],
  ])("reads %s", (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });
});
