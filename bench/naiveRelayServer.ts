/**
 * A naive relay, for comparison only: one Y.Doc per room in memory, nothing stored, nobody
 * checked. It sends a document update on, as the bytes received, to everyone else in the room
 * and then applies it to its own copy, synchronously, in the same callback; it parses every
 * presence message (JSON included) to drop echoes, as the classic server does, and sends what is
 * new to each other socket separately, at once. A sync request is answered from the room's copy.
 *
 * It is NOT a lower bound: it does real Yjs and JSON work per message and no batching, and a
 * server that batches (Parley) can beat it. It tells how a server that does the least a Yjs
 * relay must do, done plainly, fares on this machine beside the two real servers. It keeps
 * nothing across restarts and gates nothing, so it is not a server anyone should run.
 * Env: PORT, HOST.
 */
import http from "node:http";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { WebSocketServer, type WebSocket } from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";

const SYNC_MESSAGE = 0;
const AWARENESS_MESSAGE = 1;

interface Room {
  doc: Y.Doc;
  /** Only to tell news from echoes: a stock provider sends back every presence it receives. */
  awareness: awarenessProtocol.Awareness;
  sockets: Set<WebSocket>;
}

const rooms = new Map<string, Room>();

function roomFor(name: string): Room {
  let room = rooms.get(name);
  if (!room) {
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState(null);
    room = { doc, awareness, sockets: new Set() };
    rooms.set(name, room);
  }
  return room;
}

function sendToOthers(room: Room, from: WebSocket, message: Uint8Array): void {
  for (const socket of room.sockets) {
    if (socket !== from && socket.readyState === socket.OPEN) {
      socket.send(message);
    }
  }
}

function onMessage(room: Room, socket: WebSocket, message: Uint8Array): void {
  const decoder = decoding.createDecoder(message);
  const type = decoding.readVarUint(decoder);
  if (type === AWARENESS_MESSAGE) {
    // Sent on, as received, only when it tells something new, as the classic server does.
    let news = false;
    const onUpdate = () => (news = true);
    room.awareness.on("update", onUpdate);
    awarenessProtocol.applyAwarenessUpdate(room.awareness, decoding.readVarUint8Array(decoder), socket);
    room.awareness.off("update", onUpdate);
    if (news) {
      sendToOthers(room, socket, message);
    }
    return;
  }
  if (type !== SYNC_MESSAGE) {
    return;
  }
  const step = decoding.readVarUint(decoder);
  if (step === syncProtocol.messageYjsSyncStep1) {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, SYNC_MESSAGE);
    syncProtocol.writeSyncStep2(encoder, room.doc, decoding.readVarUint8Array(decoder));
    socket.send(encoding.toUint8Array(encoder));
    return;
  }
  // Step 2 and updates both carry an update: send it on first, then apply it.
  const update = decoding.readVarUint8Array(decoder);
  sendToOthers(room, socket, message);
  Y.applyUpdate(room.doc, update, socket);
}

const server = http.createServer((_request, response) => response.writeHead(404).end());
const sockets = new WebSocketServer({ server });
sockets.on("connection", (socket, request) => {
  const room = roomFor((request.url ?? "/").slice(1).split("?")[0] ?? "");
  room.sockets.add(socket);
  socket.binaryType = "arraybuffer";
  socket.on("message", (data: ArrayBuffer) => onMessage(room, socket, new Uint8Array(data)));
  socket.on("close", () => room.sockets.delete(socket));
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SYNC_MESSAGE);
  syncProtocol.writeSyncStep1(encoder, room.doc);
  socket.send(encoding.toUint8Array(encoder));
});

const port = Number(process.env.PORT ?? 0);
server.listen(port, process.env.HOST ?? "127.0.0.1", () => {
  process.stdout.write(`naive relay running at ${port}\n`);
});
