import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { DocumentParagraphs } from "../../shared/api/documents";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { appendParagraph, connectClient, eventually, reportText, synced } from "../helpers/collabClient";
import { api, startServer } from "../helpers/startServer";

const REPORT = `report:${DEMO_CONSULTATION_ID}`;

describe("real-time sync over y-websocket", () => {
  it("gives a new client the stored report before its synced event", async () => {
    const server = await startServer();
    const client = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    let lengthAtSync = -1;
    client.provider.on("sync", (isSynced: boolean) => {
      if (isSynced && lengthAtSync < 0) {
        lengthAtSync = client.report.length;
      }
    });
    await synced(client.provider);
    expect(lengthAtSync).toBeGreaterThan(40);
    expect(reportText(client.report)).toContain("Conclusions and recommendations");
  });

  it("makes two clients converge on each other's edits", async () => {
    const server = await startServer();
    const alice = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    const bruno = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    await Promise.all([synced(alice.provider), synced(bruno.provider)]);

    appendParagraph(alice.report, "alice-1", "Alice proposes a new closing paragraph.");
    appendParagraph(bruno.report, "bruno-1", "Bruno adds a sentence at the same time.");

    await eventually(
      () => reportText(alice.report) === reportText(bruno.report) && reportText(alice.report).includes("Bruno adds"),
      "both clients hold both edits",
    );
    expect(reportText(bruno.report)).toContain("Alice proposes a new closing paragraph.");
  });

  it("gives a late joiner everything", async () => {
    const server = await startServer();
    const early = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    await synced(early.provider);
    for (let index = 0; index < 20; index += 1) {
      appendParagraph(early.report, `early-${index}`, `Early paragraph ${index}`);
    }
    const late = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    await synced(late.provider);
    await eventually(() => reportText(late.report) === reportText(early.report), "late joiner has the whole report");
  });

  it("merges edits made offline when the client comes back", async () => {
    const server = await startServer();
    const online = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    const traveller = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    await Promise.all([synced(online.provider), synced(traveller.provider)]);

    traveller.provider.disconnect();
    appendParagraph(traveller.report, "offline-1", "Written on the train without a connection.");
    appendParagraph(online.report, "online-1", "Written in the office meanwhile.");
    await eventually(() => !traveller.provider.wsconnected, "traveller is offline");
    expect(reportText(online.report)).not.toContain("on the train");

    traveller.provider.connect();
    await eventually(
      () => reportText(online.report).includes("on the train") && reportText(traveller.report).includes("in the office"),
      "both sides merged",
    );
    expect(reportText(online.report)).toBe(reportText(traveller.report));
  });

  it("relays presence between clients and drops it when a client leaves", async () => {
    const server = await startServer({ awarenessTiming: { changeDelayMs: 10, renewalDelayMs: 200, lanes: 2 } });
    const alice = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    const bruno = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    await Promise.all([synced(alice.provider), synced(bruno.provider)]);

    alice.provider.awareness.setLocalStateField("user", { name: "Alice", color: "#1f6feb" });
    await eventually(
      () => (bruno.provider.awareness.getStates().get(alice.doc.clientID) as { user?: { name: string } } | undefined)?.user?.name === "Alice",
      "Bruno sees Alice",
    );
    alice.provider.destroy();
    await eventually(() => !bruno.provider.awareness.getStates().has(alice.doc.clientID), "Alice's presence is gone");
  });

  it("reads the report's paragraphs on the server after live edits", async () => {
    const server = await startServer();
    const client = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    await synced(client.provider);
    appendParagraph(client.report, "para-new", "A paragraph added over the socket.");

    await eventually(() => server.parley.deps.documents.logLength(REPORT) > 0, "the edit is stored");
    const response = await api(server, `/api/docs/${REPORT}/paragraphs`, { as: "reviewer" });
    const body = (await response.json()) as DocumentParagraphs;
    const added = body.paragraphs.at(-1);
    expect(added).toMatchObject({ id: "para-new", section: "H", text: "A paragraph added over the socket." });
    expect(Number(added?.number)).toBe(body.paragraphs.length);
  });

  it("unloads a document after its last client leaves, with its state on disk", async () => {
    const server = await startServer();
    const client = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    await synced(client.provider);
    appendParagraph(client.report, "before-unload", "Kept after unloading.");
    await eventually(() => server.parley.deps.documents.logLength(REPORT) > 0, "the edit is stored");
    expect(server.parley.deps.collab.rooms.size).toBe(1);

    client.provider.destroy();
    await eventually(() => server.parley.deps.collab.rooms.size === 0, "the document is unloaded");
    await server.parley.deps.maintenance.idle();
    expect(server.parley.deps.documents.logLength(REPORT)).toBe(0);

    const again = connectClient(server.collabUrl, REPORT, server.people.editor.token, new Y.Doc());
    await synced(again.provider);
    expect(reportText(again.report)).toContain("Kept after unloading.");
  });

  it("sends a compacted document to its first reader once, while the server loads its own copy", async () => {
    const server = await startServer();
    const writer = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    await synced(writer.provider);
    appendParagraph(writer.report, "written-before", "Written before the document was unloaded.");
    const state = Y.encodeStateAsUpdate(writer.doc);
    writer.provider.destroy();
    await eventually(() => server.parley.deps.collab.rooms.size === 0, "the document is unloaded");
    await server.parley.deps.maintenance.idle();

    const reader = connectClient(server.collabUrl, REPORT, server.people.editor.token, new Y.Doc());
    let bytesReceived = 0;
    reader.provider.ws?.addEventListener("message", (event: MessageEvent) => {
      bytesReceived += (event.data as ArrayBuffer).byteLength;
    });
    await synced(reader.provider);
    expect(reportText(reader.report)).toBe(reportText(writer.report));
    // The answer to the reader's own sync request left out the state it had just been sent.
    await eventually(() => bytesReceived >= state.byteLength, "the state arrived");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bytesReceived).toBeLessThan(state.byteLength * 1.2);

    // A second reader, once the room is loaded, is answered as usual.
    const second = connectClient(server.collabUrl, REPORT, server.people.editor.token, new Y.Doc());
    await synced(second.provider);
    expect(reportText(second.report)).toBe(reportText(writer.report));
  });
});
