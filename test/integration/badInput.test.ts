import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as encoding from "lib0/encoding";
import { CloseCode } from "../../shared/collab/closeCodes";
import { DEMO_CONSULTATION_ID } from "../../server/demo/seedDemo";
import { appendParagraph, connectClient, eventually, reportText, synced } from "../helpers/collabClient";
import { startServer, type TestServer } from "../helpers/startServer";

const REPORT = `report:${DEMO_CONSULTATION_ID}`;

interface Closed {
  code: number;
  reason: string;
}

/** Opens a raw socket, sends `payload` once open, and resolves with how the server closed it. */
function sendRaw(url: string, payload?: Buffer | string): Promise<Closed> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on("open", () => payload !== undefined && socket.send(payload));
    socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
    socket.on("error", (error) => !socket.readyState && reject(error));
  });
}

function syncUpdateMessage(update: Uint8Array): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return Buffer.from(encoding.toUint8Array(encoder));
}

async function twoClients(server: TestServer) {
  const watcher = connectClient(server.collabUrl, REPORT, server.people.editor.token);
  const writer = connectClient(server.collabUrl, REPORT, server.people.editor.token);
  await Promise.all([synced(watcher.provider), synced(writer.provider)]);
  return { watcher, writer };
}

describe("bad input closes only the offending connection", () => {
  it.each([
    ["garbage bytes", Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01])],
    ["an unknown message type", Buffer.from([7, 1, 2, 3])],
    ["an unknown sync message type", Buffer.from([0, 9, 0])],
    ["a truncated update", Buffer.from([0, 2, 50, 1, 2])],
    ["an update Yjs cannot decode", syncUpdateMessage(new Uint8Array([1, 200, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))],
    ["a text frame", "hello"],
  ])("closes with 4422 on %s and keeps the document and other clients", async (_name, payload) => {
    const server = await startServer();
    const { watcher, writer } = await twoClients(server);
    const before = reportText(watcher.report);

    const closed = await sendRaw(`${server.collabUrl}/${REPORT}?token=${server.people.editor.token}`, payload);
    expect(closed.code).toBe(CloseCode.malformedMessage);
    expect(closed.reason).not.toBe("");

    appendParagraph(writer.report, "after-bad", "Written after the bad message.");
    await eventually(() => reportText(watcher.report).includes("Written after the bad message."), "others still sync");
    expect(reportText(watcher.report).startsWith(before)).toBe(true);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it("closes with 1009 on a message over the size limit", async () => {
    const server = await startServer({ env: { MAX_MESSAGE_BYTES: "1024" } });
    const { watcher, writer } = await twoClients(server);
    const closed = await sendRaw(`${server.collabUrl}/${REPORT}?token=${server.people.editor.token}`, Buffer.alloc(4096, 1));
    expect(closed.code).toBe(CloseCode.messageTooLarge);
    appendParagraph(writer.report, "after-big", "Still syncing.");
    await eventually(() => reportText(watcher.report).includes("Still syncing."), "others still sync");
  });

  it.each([
    ["report:", CloseCode.invalidDocumentName],
    ["notes:ict-security", CloseCode.invalidDocumentName],
    ["report:Bad Name", CloseCode.invalidDocumentName],
    ["submission:ict-security", CloseCode.invalidDocumentName],
    ["report:no-such-consultation", CloseCode.documentNotFound],
    ["submission:ict-security:no-such-organisation", CloseCode.documentNotFound],
  ])("refuses the document name %s with close code %i", async (name, code) => {
    const server = await startServer();
    const closed = await sendRaw(`${server.collabUrl}/${encodeURIComponent(name)}?token=${server.people.coordinator.token}`);
    expect(closed.code).toBe(code);
    expect(closed.reason).not.toBe("");
  });

  it("accepts a submission document of an organisation taking part", async () => {
    const server = await startServer();
    const client = connectClient(server.collabUrl, `submission:${DEMO_CONSULTATION_ID}:open-networks`, server.people.member.token);
    await synced(client.provider);
    client.doc.getMap("submission").set("coverNote", "Hello");
    await eventually(() => server.parley.deps.documents.logLength(`submission:${DEMO_CONSULTATION_ID}:open-networks`) > 0, "stored");
    expect(client.provider.wsconnected).toBe(true);
  });
});
