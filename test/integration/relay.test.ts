import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { appendParagraph, connectClient, eventually, reportText, synced } from "../helpers/collabClient";
import { startServer, type TestServer } from "../helpers/startServer";

const REPORT = `report:${DEMO_CONSULTATION_ID}`;

function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A raw y-websocket connection that sends hand-made messages and counts the document updates it is sent. */
async function rawSocket(server: TestServer): Promise<{ socket: WebSocket; updatesReceived: () => number }> {
  const socket = new WebSocket(`${server.collabUrl}/${REPORT}?token=${server.people.editor.token}`);
  let updates = 0;
  socket.on("message", (data: Buffer) => {
    if (data[0] === 0 && data[1] === 2) {
      updates += 1;
    }
  });
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  return { socket, updatesReceived: () => updates };
}

describe("the update pipeline", () => {
  it("neither stores nor relays an update that holds nothing new", async () => {
    const server = await startServer();
    const writer = connectClient(server.collabUrl, REPORT, server.people.editor.token);
    await synced(writer.provider);
    const watcher = await rawSocket(server);
    appendParagraph(writer.report, "first", "A paragraph everyone has.");
    await eventually(() => watcher.updatesReceived() === 1, "the watcher got the edit");
    const logged = server.parley.deps.documents.logLength(REPORT);

    // What an editor sends when its offline copy loads after it connected: everything, again.
    const resender = await rawSocket(server);
    resender.socket.send(updateMessage(Y.encodeStateAsUpdate(writer.doc)));
    appendParagraph(writer.report, "second", "A paragraph written afterwards.");
    await eventually(() => watcher.updatesReceived() === 2, "the watcher got the later edit");

    expect(server.parley.deps.documents.logLength(REPORT)).toBe(logged + 1);
    expect(watcher.updatesReceived()).toBe(2);
    resender.socket.close();
    watcher.socket.close();
  });

  it("stores and relays an edit that arrived before the edit it builds on, once both are in", async () => {
    const server = await startServer();
    const watcher = connectClient(server.collabUrl, REPORT, server.people.reviewer.token);
    await synced(watcher.provider);

    const author = new Y.Doc();
    Y.applyUpdate(author, Y.encodeStateAsUpdate(watcher.doc));
    const updates: Uint8Array[] = [];
    author.on("update", (update: Uint8Array) => updates.push(update));
    const report = author.getXmlFragment("report");
    appendParagraph(report, "late-base", "Base paragraph.");
    const paragraph = report.get(report.length - 1) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert("Base paragraph.".length, " Then a second sentence.");
    const [base, onTop] = updates;
    if (!base || !onTop) {
      throw new Error("expected two updates");
    }

    const sender = await rawSocket(server);
    sender.socket.send(updateMessage(onTop));
    sender.socket.send(updateMessage(base));
    await eventually(() => reportText(watcher.report).includes("Base paragraph. Then a second sentence."), "the watcher got both");
    sender.socket.close();
    await server.close();

    const reopened = await startServer({ dataDir: server.dataDir, people: server.people });
    const again = connectClient(reopened.collabUrl, REPORT, reopened.people.editor.token);
    await synced(again.provider);
    expect(reportText(again.report)).toContain("Base paragraph. Then a second sentence.");
  });
});
