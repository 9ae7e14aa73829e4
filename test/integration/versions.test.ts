import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { ErrorBody } from "../../shared/api/errors";
import { RestoredVersion, Version, VersionContent, VersionDiff, VersionList } from "../../shared/api/versions";
import { docFromStore } from "../../server/collab/DocumentRoom";
import type { CollabConnection } from "../../server/collab/CollabConnection";
import { reportJson } from "../../server/collab/reportJson";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { appendParagraph, connectClient, eventually, reportText, synced } from "../helpers/collabClient";
import { api, startServer, type TestServer } from "../helpers/startServer";
import type { TestRole } from "../helpers/testPeople";

const REPORT = `report:${DEMO_CONSULTATION_ID}`;
const BASE = `/api/docs/${REPORT}`;

async function call<T>(server: TestServer, path: string, schema: { parse(body: unknown): T }, as: TestRole = "editor", init: RequestInit = {}): Promise<T> {
  const response = await api(server, `${BASE}${path}`, { as, ...init });
  const body: unknown = await response.json();
  expect(response.ok, JSON.stringify(body)).toBe(true);
  return schema.parse(body);
}

const versionNamed = async (server: TestServer, name: string) =>
  (await call(server, "/versions", VersionList)).versions.find((version) => version.name === name) as Version;

describe("versions of a report", () => {
  it("lists the demo versions and diffs them: rewording, additions, removals, a move and a split", async () => {
    const server = await startServer();
    const { versions } = await call(server, "/versions", VersionList, "reviewer");
    expect(versions.map((version) => version.name)).toEqual(["Zero draft", "Initial pre-draft"]);
    const [zero, preDraft] = versions as [Version, Version];

    const { diff } = await call(server, `/diff?from=${preDraft.id}&to=${zero.id}`, VersionDiff, "reviewer");
    expect(diff.summary).toMatchObject({ added: 2, removed: 2, changed: 5, moved: 1, split: 1, headings: 1 });
    expect(diff.paragraphs.find((change) => change.id === "para-g-34")?.movedFrom).toEqual({ afterId: "para-a-4", afterNumber: "4" });
    expect(diff.paragraphs.find((change) => change.id === "para-g-33")?.splitFrom).toBe("para-g-32");

    const againstNow = await call(server, `/diff?from=${zero.id}`, VersionDiff, "reviewer");
    expect(againstNow.to).toBeNull();
    expect(againstNow.diff.summary).toMatchObject({ added: 0, removed: 0, changed: 0, moved: 0, headings: 0 });

    const { content } = await call(server, `/versions/${preDraft.id}`, VersionContent, "reviewer");
    expect(content.paragraphs.some((paragraph) => paragraph.id === "pre-b-glossary")).toBe(true);
    expect(content.headings.find((heading) => heading.id === "section-f")?.text).toBe("F. Capacity building and cooperation");
  });

  it("saves the exact live state, including an update still queued in the pipeline", async () => {
    const server = await startServer();
    const { collab, versions } = server.parley.deps;
    const editor = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    await synced(editor.provider);
    const room = collab.rooms.open(REPORT);
    const change = new Y.Doc();
    Y.applyUpdate(change, Y.encodeStateAsUpdate(room.doc));
    const update: Uint8Array[] = [];
    change.on("update", (bytes: Uint8Array) => update.push(bytes));
    appendParagraph(change.getXmlFragment("report"), "queued", "A sentence still waiting in the pipeline.");
    collab.rooms.pipeline.receive(room, { room, close: () => undefined } as unknown as CollabConnection, update[0] ?? new Uint8Array());

    const saved = versions.saveVersion(REPORT, { kind: "manual", name: "With the queued sentence" });
    const { content } = versions.read(REPORT, saved.id, "continuous");
    expect(content.paragraphs.at(-1)?.text).toBe("A sentence still waiting in the pipeline.");
    const stored = docFromStore(server.parley.deps.documents.load(REPORT));
    expect(JSON.stringify(reportJson(stored))).toContain("A sentence still waiting in the pipeline.");
    await eventually(() => reportText(editor.report).includes("A sentence still waiting in the pipeline."), "relayed after storing");
  });

  it("restores a version live to a connected editor and into the store, keeping history", async () => {
    const server = await startServer();
    const editor = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    await synced(editor.provider);
    const preDraft = await versionNamed(server, "Initial pre-draft");

    const saved = await call(server, "/versions", Version, "editor", { method: "POST", body: JSON.stringify({ name: "Before trying the old text", note: "just in case" }) });
    expect(saved).toMatchObject({ kind: "manual", createdBy: { id: server.people.editor.id, name: "Test editor" } });

    const restored = await call(server, `/versions/${preDraft.id}/restore`, RestoredVersion, "coordinator", { method: "POST" });
    expect(restored.before).toMatchObject({ name: "Before restore", kind: "restore" });
    await eventually(() => reportText(editor.report).includes("compile a common glossary of technical terms"), "the connected editor sees the restored text");

    const stored = JSON.stringify(reportJson(docFromStore(server.parley.deps.documents.load(REPORT))));
    expect(stored).toContain("compile a common glossary of technical terms");
    const { diff } = await call(server, `/diff?from=${preDraft.id}&to=current`, VersionDiff);
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, changed: 0, moved: 0, split: 0, merged: 0, headings: 0 });
    const undo = await call(server, `/diff?from=${restored.before.id}&to=current`, VersionDiff);
    expect(undo.diff.summary.moved).toBe(1);

    const { versions } = await call(server, "/versions", VersionList);
    expect(versions.map((version) => version.name)).toEqual(["Before restore", "Before trying the old text", "Zero draft", "Initial pre-draft"]);
  });

  it("lets reviewers read but not save or restore, and answers bad requests with JSON errors", async () => {
    const server = await startServer();
    const cases: [TestRole, string, RequestInit, number, string][] = [
      ["reviewer", "/versions", { method: "POST", body: JSON.stringify({ name: "Mine" }) }, 403, "forbidden"],
      ["reviewer", "/versions/1/restore", { method: "POST" }, 403, "forbidden"],
      ["editor", "/versions", { method: "POST", body: JSON.stringify({ name: "  " }) }, 400, "bad_request"],
      ["editor", "/versions/999", {}, 404, "not_found"],
      ["editor", "/versions/999/restore", { method: "POST" }, 404, "not_found"],
      ["editor", "/versions/abc", {}, 400, "bad_request"],
      ["editor", "/diff?from=yesterday", {}, 400, "bad_request"],
      ["editor", "/diff?from=1&to=999", {}, 404, "not_found"],
    ];
    for (const [as, path, init, status, code] of cases) {
      const response = await api(server, `${BASE}${path}`, { as, ...init });
      expect(`${path} ${response.status}`).toBe(`${path} ${status}`);
      expect(ErrorBody.parse(await response.json()).error.code).toBe(code);
    }
  });

  it("saves an automatic version at most once per interval while the report is edited", async () => {
    const server = await startServer({ env: { AUTO_VERSION_INTERVAL_MS: "400" } });
    const editor = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    await synced(editor.provider);
    const automatic = () => server.parley.deps.versions.list(REPORT).filter((version) => version.kind === "auto");

    appendParagraph(editor.report, "auto-1", "First edit of the session.");
    await eventually(() => automatic().length === 1, "an automatic version after the first edit");
    appendParagraph(editor.report, "auto-2", "A second edit at once.");
    await eventually(() => server.parley.deps.documents.logLength(REPORT) >= 2, "the second edit is stored");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(automatic()).toHaveLength(1);

    await new Promise((resolve) => setTimeout(resolve, 400));
    appendParagraph(editor.report, "auto-3", "An edit after the interval.");
    await eventually(() => automatic().length === 2, "a second automatic version after the interval");
  });
});
