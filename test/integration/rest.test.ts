import { describe, expect, it } from "vitest";
import { Consultation, ConsultationList } from "../../shared/api/consultations";
import { DocumentParagraphs } from "../../shared/api/documents";
import { ErrorBody } from "../../shared/api/errors";
import { Health } from "../../shared/api/health";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { api, startServer, type TestServer } from "../helpers/startServer";

async function getJson(server: TestServer, path: string): Promise<{ status: number; body: unknown }> {
  const response = await api(server, path, { as: "editor" });
  expect(response.headers.get("content-type")).toMatch(/application\/json/);
  return { status: response.status, body: await response.json() };
}

describe("REST API", () => {
  it("answers health", async () => {
    const server = await startServer();
    const { status, body } = await getJson(server, `/api/health`);
    expect(status).toBe(200);
    expect(Health.parse(body).status).toBe("ok");
  });

  it("lists the demo consultation with its deadline in New York time", async () => {
    const server = await startServer();
    const { body } = await getJson(server, `/api/consultations`);
    const [consultation] = ConsultationList.parse(body).consultations;
    expect(consultation).toMatchObject({
      id: DEMO_CONSULTATION_ID,
      title: "Initial pre-draft: consultation on the draft report",
      deadline: { timeZone: "America/New_York" },
    });
    expect(consultation?.deadline.local).toMatch(/-04-03T23:59$/);
    expect(new Date(consultation?.deadline.utc ?? 0).getTime()).toBeGreaterThan(Date.now());
  });

  it("gives one consultation with its three organisations", async () => {
    const server = await startServer();
    const { body } = await getJson(server, `/api/consultations/${DEMO_CONSULTATION_ID}`);
    const consultation = Consultation.parse(body);
    expect(consultation.organisations).toHaveLength(3);
    expect(consultation.reportDocument).toBe(`report:${DEMO_CONSULTATION_ID}`);
  });

  it("reads the demo report's paragraphs: sections A to H, about 40 numbered in order", async () => {
    const server = await startServer();
    const { body } = await getJson(server, `/api/docs/report:${DEMO_CONSULTATION_ID}/paragraphs`);
    const { paragraphs } = DocumentParagraphs.parse(body);
    expect(paragraphs.length).toBeGreaterThanOrEqual(36);
    expect(paragraphs.map((paragraph) => paragraph.number)).toEqual(paragraphs.map((_, index) => String(index + 1)));
    expect([...new Set(paragraphs.map((paragraph) => paragraph.section))]).toEqual(["A", "B", "C", "D", "E", "F", "G", "H"]);
    expect(paragraphs[0]?.id).toBe("para-a-1");
  });

  it.each([
    ["/api/consultations/NOT_AN_ID", 400, "bad_request"],
    ["/api/consultations/missing", 404, "not_found"],
    ["/api/docs/nonsense/paragraphs", 400, "bad_request"],
    ["/api/docs/report:missing/paragraphs", 404, "not_found"],
    ["/api/no-such-route", 404, "not_found"],
  ])("answers %s with %i %s as JSON", async (path, expectedStatus, code) => {
    const server = await startServer();
    const { status, body } = await getJson(server, `${path}`);
    expect(status).toBe(expectedStatus);
    const error = ErrorBody.parse(body).error;
    expect(error.code).toBe(code);
    expect(error.message).not.toMatch(/at .*\.ts/);
  });

  it("serves an OpenAPI description of every route the server answers", async () => {
    const server = await startServer();
    const { body } = await getJson(server, `/api/openapi.json`);
    const described = new Set(
      Object.entries((body as { paths: Record<string, Record<string, unknown>> }).paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
      ),
    );
    expect(server.parley.routes.length).toBeGreaterThan(20);
    const served = server.parley.routes.map((route) => `${route.method} ${route.path}`);
    expect(served.filter((route) => !described.has(route))).toEqual([]);
  });
});
