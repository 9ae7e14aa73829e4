import { describe, expect, it } from "vitest";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { openDatabase } from "../../server/db/openDatabase";
import { DocumentStore } from "../../server/stores/DocumentStore";
import { appendParagraph, connectClient, eventually, reportText, synced } from "../helpers/collabClient";
import { prepareDataDir, startServer, tempDataDir } from "../helpers/startServer";
import { startServerProcess } from "../helpers/startServerProcess";

const REPORT = `report:${DEMO_CONSULTATION_ID}`;

describe("durable persistence", () => {
  it("keeps every edit another client saw when the server is killed with SIGKILL", async () => {
    const dataDir = tempDataDir();
    const people = await prepareDataDir(dataDir);
    const server = await startServerProcess(dataDir);
    const writer = connectClient(server.collabUrl, REPORT, people.editor.token);
    const reader = connectClient(server.collabUrl, REPORT, people.reviewer.token);
    await Promise.all([synced(writer.provider), synced(reader.provider)]);

    const markers = Array.from({ length: 50 }, (_, index) => `marker-${index}`);
    markers.forEach((marker) => appendParagraph(writer.report, marker, `Seen edit ${marker}`));
    await eventually(() => reportText(reader.report).includes("Seen edit marker-49"), "the reader saw the last edit");
    await server.kill("SIGKILL");
    writer.provider.destroy();
    reader.provider.destroy();

    const restarted = await startServerProcess(dataDir);
    const fresh = connectClient(restarted.collabUrl, REPORT, people.coordinator.token);
    await synced(fresh.provider);
    const text = reportText(fresh.report);
    expect(markers.filter((marker) => !text.includes(`Seen edit ${marker}`))).toEqual([]);
  });

  it("compacts the update log into merged state without changing the document", async () => {
    const server = await startServer({ env: { COMPACT_AFTER_UPDATES: "25" } });
    const client = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    await synced(client.provider);
    for (let index = 0; index < 60; index += 1) {
      appendParagraph(client.report, `bulk-${index}`, `Bulk paragraph ${index}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await eventually(() => reportText(client.report).includes("Bulk paragraph 59"), "edits applied");
    await eventually(() => server.parley.deps.documents.logLength(REPORT) < 25, "log was compacted");
    const expected = reportText(client.report);
    await server.close();

    const db = openDatabase({ dataDir: server.dataDir, synchronous: "NORMAL" });
    const stored = new DocumentStore(db).load(REPORT);
    db.close();
    expect(stored.state?.byteLength).toBeGreaterThan(0);
    expect(stored.updates).toHaveLength(0);

    const reopened = await startServer({ dataDir: server.dataDir, people: server.people });
    const again = connectClient(reopened.collabUrl, REPORT, reopened.people.editor.token);
    await synced(again.provider);
    expect(reportText(again.report)).toBe(expected);
  });
});
