import { describe, expect, it } from "vitest";
import { ErrorBody } from "../../shared/api/errors";
import { PackageImportResult } from "../../shared/api/exports";
import { VersionList } from "../../shared/api/versions";
import { submissionDocumentName } from "../../shared/collab/documentNames";
import { createComment, readComments, restoreComment, writeSubmissionText } from "../../shared/submission/submissionDoc";
import { SubmissionPackage } from "../../shared/submission/submissionPackage";
import { docFromStore } from "../../server/collab/DocumentRoom";
import { seedDemoComments } from "../../server/demo/demoComments";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { connectClient, eventually, synced } from "../helpers/collabClient";
import { api, startServer, type TestServer } from "../helpers/startServer";

const BASE = `/api/consultations/${DEMO_CONSULTATION_ID}`;
const OPEN_NETWORKS = `${BASE}/organisations/open-networks`;
const SUBMISSION = submissionDocumentName(DEMO_CONSULTATION_ID, "open-networks");

/** A server whose Open Networks submission has every kind of content a package carries. */
async function fullServer(): Promise<TestServer> {
  const server = await startServer();
  seedDemoComments(server.parley.deps.documents, DEMO_CONSULTATION_ID);
  server.parley.deps.collab.rooms.change(SUBMISSION, (doc) => {
    writeSubmissionText(doc, "general", "General remarks.\nA second paragraph of them.");
    writeSubmissionText(doc, "cover", "Cover note from Open Networks.");
    const quoted = createComment(
      doc,
      { paragraphId: "para-h-38", paragraphNumber: "38", paragraphText: "", quote: { exact: "points of contact", prefix: "", suffix: "", start: null, end: null }, kind: "editorial", stance: "amend", priority: "normal" },
      { id: "someone", name: "Someone" },
      new Date(),
    );
    restoreComment(
      doc,
      { id: quoted, paragraphId: "para-h-38", paragraphNumber: "38", paragraphText: "", quote: { exact: "points of contact", prefix: "", suffix: "", start: null, end: null }, kind: "editorial", stance: "amend", priority: "normal", status: "ready", bodyText: "Say “points of contact” once.\n\nThen refer back." },
      { id: "someone", name: "Someone" },
      new Date(),
    );
    restoreComment(
      doc,
      { id: "c-gone", paragraphId: "para-removed", paragraphNumber: "41", paragraphText: "A paragraph no longer in the report.", quote: null, kind: "concern", stance: "delete", priority: "redLine", status: "draft", bodyText: "Keep it deleted." },
      { id: "someone", name: "Someone" },
      new Date(),
    );
  });
  return server;
}

async function exportJson(server: TestServer): Promise<SubmissionPackage> {
  const response = await api(server, `${OPEN_NETWORKS}/package?format=json`, { as: "coordinator" });
  expect(response.status).toBe(200);
  return SubmissionPackage.parse(await response.json());
}

const importInto = (server: TestServer, body: unknown, as: "lead" | "coordinator" | "member" = "lead") =>
  api(server, `${OPEN_NETWORKS}/package/import`, { as, method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) });

const withoutAsOf = ({ asOf: _asOf, ...pkg }: SubmissionPackage) => pkg;

describe("importing a JSON package", () => {
  it("round-trips: export, import into an empty submission live for a connected member, export again, equal", async () => {
    const source = await fullServer();
    const exported = await exportJson(source);
    expect(exported.sections.flatMap((section) => section.comments).length).toBe(4);
    expect(exported.detached.map((comment) => comment.id)).toEqual(["c-gone"]);

    const target = await startServer();
    const member = connectClient(target.collabUrl, SUBMISSION, target.people.member.token);
    await synced(member.provider);
    expect(readComments(member.doc)).toEqual([]);

    const response = await importInto(target, exported);
    expect(response.status).toBe(200);
    expect(PackageImportResult.parse(await response.json())).toMatchObject({ comments: 5, generalRemarks: true, coverNote: true });
    await eventually(() => readComments(member.doc).length === 5, "the member sees the imported comments live");
    // Stored before it was relayed: a document rebuilt from the store alone has it all.
    const stored = docFromStore(target.parley.deps.documents.load(SUBMISSION));
    expect(readComments(stored)).toHaveLength(5);
    stored.destroy();

    const again = await exportJson(target);
    expect(withoutAsOf(again)).toEqual(withoutAsOf(exported));

    // Importing the same package again replaces the comments rather than adding copies.
    expect((await importInto(target, exported)).status).toBe(200);
    expect(withoutAsOf(await exportJson(target))).toEqual(withoutAsOf(exported));
    const versions = VersionList.parse(await (await api(target, `/api/docs/${SUBMISSION}/versions`, { as: "lead" })).json());
    expect(versions.versions.map((version) => version.name)).toEqual(["Before import", "Before import"]);
    const audit = (await (await api(target, "/api/audit?action=submission.import", { as: "coordinator" })).json()) as { events: unknown[] };
    expect(audit.events).toHaveLength(2);
  });

  it("refuses, changing nothing, a package of another consultation, a file that is not a package, repeated ids, people who are not leads or coordinators, and a lead importing another organisation's package", async () => {
    const server = await fullServer();
    const exported = await exportJson(server);
    const target = await startServer();

    const other = await importInto(target, { ...exported, consultation: { ...exported.consultation, id: "another-consultation" } });
    expect(other.status).toBe(400);
    expect(ErrorBody.parse(await other.json()).error.message).toContain("another consultation");
    expect((await importInto(target, "{ not json")).status).toBe(400);
    expect((await importInto(target, { format: "something-else" })).status).toBe(400);
    const [first] = exported.sections[0]!.comments;
    expect((await importInto(target, { ...exported, detached: [...exported.detached, first] })).status).toBe(400);
    expect((await importInto(target, exported, "member")).status).toBe(403);
    const elsewhere = await importInto(target, { ...exported, organisation: { id: "digital-rights", name: "Digital Rights Collective" } });
    expect(elsewhere.status).toBe(403);
    expect(ErrorBody.parse(await elsewhere.json()).error.message).toContain("only a coordinator");
    expect((await api(target, `${BASE}/organisations/digital-rights/package/import`, { as: "lead", method: "POST", body: JSON.stringify(exported) })).status).toBe(403);

    expect(target.parley.deps.collab.rooms.read(SUBMISSION, readComments)).toEqual([]);
    const versions = VersionList.parse(await (await api(target, `/api/docs/${SUBMISSION}/versions`, { as: "lead" })).json());
    expect(versions.versions).toEqual([]);
    expect((await importInto(target, exported, "coordinator")).status).toBe(200);
  });
});
