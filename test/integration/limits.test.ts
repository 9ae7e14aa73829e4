import { describe, expect, it } from "vitest";
import { Consultation } from "../../shared/api/consultations";
import { ErrorBody } from "../../shared/api/errors";
import { ExportJob } from "../../shared/api/exports";
import { VersionList } from "../../shared/api/versions";
import { writeSubmissionText } from "../../shared/submission/submissionDoc";
import { seedDemoComments } from "../../server/demo/demoComments";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { api, startServer, type TestServer } from "../helpers/startServer";

const BASE = `/api/consultations/${DEMO_CONSULTATION_ID}`;
const OPEN_NETWORKS = `${BASE}/organisations/open-networks`;

async function demoServer(): Promise<TestServer> {
  const server = await startServer();
  seedDemoComments(server.parley.deps.documents, DEMO_CONSULTATION_ID);
  return server;
}

const setLimits = (server: TestServer, limits: unknown) => api(server, BASE, { as: "coordinator", method: "PATCH", body: JSON.stringify({ limits }) });

describe("submission limits", () => {
  it("are stored with the consultation, changed one at a time by coordinators, and audited", async () => {
    const server = await demoServer();
    const initial = Consultation.parse(await (await api(server, BASE, { as: "member" })).json());
    expect(initial.limits).toEqual({ maxCommentCharacters: null, maxPages: null, asciiOnly: false });

    expect((await setLimits(server, { maxCommentCharacters: 500, asciiOnly: true })).status).toBe(200);
    expect((await setLimits(server, { maxPages: 10 })).status).toBe(200);
    const changed = Consultation.parse(await (await api(server, BASE, { as: "member" })).json());
    expect(changed.limits).toEqual({ maxCommentCharacters: 500, maxPages: 10, asciiOnly: true });

    expect((await setLimits(server, { maxCommentCharacters: null })).status).toBe(200);
    expect(Consultation.parse(await (await api(server, BASE, { as: "member" })).json()).limits.maxCommentCharacters).toBeNull();
    // Sending the same limits again changes nothing and records nothing.
    expect((await setLimits(server, { maxCommentCharacters: null, maxPages: 10, asciiOnly: true })).status).toBe(200);

    expect((await setLimits(server, { maxPages: 0 })).status).toBe(400);
    expect((await setLimits(server, { maxCommentCharacters: "many" })).status).toBe(400);
    expect((await api(server, BASE, { as: "lead", method: "PATCH", body: JSON.stringify({ limits: { maxPages: 1 } }) })).status).toBe(403);

    const audit = (await (await api(server, "/api/audit?action=consultation.limits", { as: "coordinator" })).json()) as { events: { action: string }[] };
    expect(audit.events.map((event) => event.action)).toEqual(["consultation.limits", "consultation.limits", "consultation.limits"]);
  });

  it("refuse a package download with 422 and every offending comment: paragraph, limit and by how much", async () => {
    const server = await demoServer();
    await setLimits(server, { maxCommentCharacters: 200 });
    const refused = await api(server, `${OPEN_NETWORKS}/package?format=docx`, { as: "member" });
    expect(refused.status).toBe(422);
    const body = ErrorBody.parse(await refused.json());
    expect(body.error.code).toBe("limits_exceeded");
    expect(body.error.violations).toEqual([
      expect.objectContaining({ limit: "characters", part: "comment", commentId: "c-demo-on-1", paragraphNumber: "38", allowed: 200, excess: expect.any(Number) as number }),
    ]);
    const [violation] = body.error.violations ?? [];
    expect(violation!.actual - violation!.allowed).toBe(violation!.excess);
    expect(body.error.message).toContain(`Paragraph 38 (comment c-demo-on-1): ${violation!.actual} characters, ${violation!.excess} over the limit of 200`);

    // Other organisations' packages keep the limit and download.
    expect((await api(server, `${BASE}/organisations/industry-forum/package?format=json`, { as: "coordinator" })).status).toBe(200);

    await setLimits(server, { maxCommentCharacters: null, maxPages: 1 });
    expect((await api(server, `${OPEN_NETWORKS}/package?format=json`, { as: "member" })).status).toBe(200);
  });

  it("flag non-ASCII text and refuse the coalition package naming the organisation", async () => {
    const server = await demoServer();
    await setLimits(server, { asciiOnly: true });
    // The demo comments are plain ASCII; Digital Rights' general remarks are not once someone writes "naïve".
    server.parley.deps.collab.rooms.change(`submission:${DEMO_CONSULTATION_ID}:digital-rights`, (doc) => writeSubmissionText(doc, "general", "A naïve “reading” of the report."));
    const refused = ErrorBody.parse(await (await api(server, `${BASE}/organisations/digital-rights/package?format=md`, { as: "coordinator" })).json());
    expect(refused.error.violations).toEqual([{ limit: "ascii", part: "generalRemarks", commentId: null, paragraphNumber: null, actual: 3, allowed: 0, excess: 3, characters: ["ï", "“", "”"] }]);

    const started = ExportJob.parse(await (await api(server, `${BASE}/exports`, { as: "coordinator", method: "POST", body: JSON.stringify({ formats: ["json"] }) })).json());
    let job = started;
    for (let attempt = 0; attempt < 100 && job.state === "running"; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      job = ExportJob.parse(await (await api(server, `${BASE}/exports/${started.id}`, { as: "coordinator" })).json());
    }
    expect(job.state).toBe("failed");
    expect(job.error).toContain("Digital Rights Collective: General remarks: 3 characters that are not plain ASCII (ï “ ”)");
  });

  it("refuse a submit before anything is frozen", async () => {
    const server = await demoServer();
    await setLimits(server, { maxPages: 1, maxCommentCharacters: 100 });
    const refused = await api(server, `${OPEN_NETWORKS}/submit`, { as: "lead", method: "POST" });
    expect(refused.status).toBe(422);
    const body = ErrorBody.parse(await refused.json());
    expect(body.error.violations?.map((violation) => violation.paragraphNumber)).toEqual(["7", "38", "40"]);
    const versions = VersionList.parse(await (await api(server, `/api/docs/submission:${DEMO_CONSULTATION_ID}:open-networks/versions`, { as: "lead" })).json());
    expect(versions.versions).toEqual([]);
    const status = (await (await api(server, `${BASE}/status`, { as: "lead" })).json()) as { organisations: { official: unknown }[] };
    expect(status.organisations[0]?.official).toBeNull();

    await setLimits(server, { maxCommentCharacters: null });
    expect((await api(server, `${OPEN_NETWORKS}/submit`, { as: "lead", method: "POST" })).status).toBe(201);
  });
});
