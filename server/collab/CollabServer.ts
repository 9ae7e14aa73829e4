import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import * as authProtocol from "y-protocols/auth";
import * as awarenessProtocol from "y-protocols/awareness";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import { CloseCode } from "../../shared/collab/closeCodes";
import { parseDocumentName } from "../../shared/collab/documentNames";
import { COLLAB_PATH, EXPECTED_ACCESS_PARAM } from "../../shared/collab/fields";
import { encodeServerNotice } from "../../shared/collab/serverNotice";
import type { StoreMaintenance } from "../db/StoreMaintenance";
import type { Logger } from "../logger";
import type { DocumentStore } from "../stores/DocumentStore";
import type { AwarenessTiming } from "./AwarenessRelay";
import { CollabConnection } from "./CollabConnection";
import { ConnectionBudget, DEFAULT_CONNECTION_LIMITS, type ConnectionLimits } from "./ConnectionBudget";
import type { DocumentGate } from "./documentAccess";
import type { DocumentRoom } from "./DocumentRoom";
import { DocumentRooms } from "./DocumentRooms";
import { DEFAULT_PRESENCE_LIMITS, PresenceBudget, type PresenceLimits } from "./PresenceBudget";
import { openedBy, type RevokedCredential } from "./revokedCredential";
import { decodeMessage, encodeAwareness, encodeSyncStep1, encodeSyncStep2, MalformedMessageError, MessageType } from "./protocol";

export interface CollabServerOptions {
  maxMessageBytes: number;
  compactAfter: number;
  unloadAfterMs: number;
  awarenessTiming: AwarenessTiming;
  /** How often dead sockets are looked for with a ping. */
  pingIntervalMs: number;
  /** How often every connection's access is re-checked (catches changes made by other processes). */
  accessCheckIntervalMs: number;
  /** How often loaded documents are checked for a deadline that has passed. */
  lockCheckIntervalMs?: number;
  /** What one connection may queue and ask for (defaults: DEFAULT_CONNECTION_LIMITS). */
  connectionLimits?: ConnectionLimits;
  /** What presence one connection may publish (defaults: DEFAULT_PRESENCE_LIMITS). */
  presenceLimits?: PresenceLimits;
}

/** Why a document refuses every change now (a passed deadline), or null. */
export type LockCheck = (documentName: string) => string | null;

const PATH_PREFIX = `${COLLAB_PATH}/`;

/** The y-websocket endpoint: upgrade → name → access → load → sync, with storing before relaying. */
export class CollabServer {
  readonly rooms: DocumentRooms;
  private readonly wss: WebSocketServer;
  private readonly pingTimer: NodeJS.Timeout;
  private readonly accessTimer: NodeJS.Timeout;
  private readonly lockTimer: NodeJS.Timeout;
  /** Tells whether a document is locked; set by the app (deadlines live outside the sync server). */
  lockFor: LockCheck = () => null;
  /** Sockets that answered the last ping (or connected since). */
  private readonly alive = new WeakSet<WebSocket>();
  /** The lock each room's clients were last told of (absent: none). */
  private readonly announcedLocks = new WeakMap<DocumentRoom, string>();
  private readonly connectionLimits: ConnectionLimits;
  private readonly presenceLimits: PresenceLimits;

  constructor(
    store: DocumentStore,
    maintenance: StoreMaintenance,
    private readonly gate: DocumentGate,
    private readonly logger: Logger,
    options: CollabServerOptions,
  ) {
    this.rooms = new DocumentRooms(store, maintenance, logger, options);
    this.connectionLimits = options.connectionLimits ?? DEFAULT_CONNECTION_LIMITS;
    this.presenceLimits = options.presenceLimits ?? DEFAULT_PRESENCE_LIMITS;
    this.wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
    this.pingTimer = setInterval(() => this.pingAll(), options.pingIntervalMs);
    this.pingTimer.unref();
    this.accessTimer = setInterval(() => this.recheckAll(), options.accessCheckIntervalMs);
    this.accessTimer.unref();
    this.lockTimer = setInterval(() => this.recheckLocks(), options.lockCheckIntervalMs ?? 1_000);
    this.lockTimer.unref();
  }

  /**
   * Applies a person's current roles to their open connections: refused ones close for good, and
   * those whose writing was taken away or given back close with `accessChanged`, to reopen at it.
   */
  refreshPerson(personId: string): void {
    for (const connection of this.connections()) {
      if (connection.personId === personId) {
        this.applyAccess(connection, this.gate.levelFor(personId, connection.document));
      }
    }
  }

  /** Closes every connection of a person (removed, or signed out everywhere), or all but one session's. */
  disconnectPerson(personId: string, exceptSessionId: string | null = null): void {
    for (const connection of this.connections()) {
      if (connection.personId === personId && (exceptSessionId === null || connection.sessionId !== exceptSessionId)) {
        connection.close(CloseCode.unauthenticated, "signed out");
      }
    }
  }

  /** Closes, as signed out, every connection a session or token opened once it stops authenticating. */
  disconnectCredential(credential: RevokedCredential): void {
    for (const connection of this.connections()) {
      if (openedBy(connection, credential)) {
        connection.close(CloseCode.unauthenticated, "signed out");
      }
    }
  }

  private *connections(): Generator<CollabConnection> {
    for (const room of this.rooms.all()) {
      yield* room.connections;
    }
  }

  private applyAccess(connection: CollabConnection, level: "none" | "read" | "write"): void {
    if (level === "none") {
      connection.close(CloseCode.forbidden, "your access to this document was removed");
      return;
    }
    const canWrite = level === "write";
    if (connection.canWrite === canWrite) {
      return;
    }
    // Dropped from now on, even what the socket already read; the client learns by the close, which
    // no other client can send, reconnects at its new level and throws away what was refused.
    connection.canWrite = canWrite;
    connection.close(CloseCode.accessChanged, canWrite ? "you may now change this document" : "you may now only read this document");
  }

  private recheckAll(): void {
    const levels = new Map<string, "none" | "read" | "write">();
    for (const connection of this.connections()) {
      const key = `${connection.personId} ${connection.room.name}`;
      let level = levels.get(key);
      if (level === undefined) {
        level = this.gate.levelFor(connection.personId, connection.document);
        levels.set(key, level);
      }
      this.applyAccess(connection, level);
    }
  }

  /**
   * Tells everyone in a document that its lock changed, in a server notice (see
   * shared/collab/serverNotice.ts): a message type only the server sends, so no client can fake a
   * lock, as any client could in presence.
   */
  private applyLock(room: DocumentRoom, reason: string | null): void {
    if ((this.announcedLocks.get(room) ?? null) === reason) {
      return;
    }
    if (reason) {
      this.announcedLocks.set(room, reason);
    } else {
      this.announcedLocks.delete(room);
    }
    room.broadcast(encodeServerNotice({ lock: reason ? { reason } : null }));
  }

  /** Re-applies every loaded document's lock at once, after a deadline or state changed. */
  recheckLocksNow(): void {
    this.recheckLocks();
  }

  private recheckLocks(): void {
    for (const room of this.rooms.all()) {
      this.applyLock(room, this.lockFor(room.name));
    }
  }

  /** Handles an HTTP upgrade; returns false when the path is not the collab endpoint. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const path = (request.url ?? "").split("?")[0] ?? "";
    if (!path.startsWith(PATH_PREFIX)) {
      return false;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.onConnection(ws, request, path.slice(PATH_PREFIX.length)));
    return true;
  }

  private onConnection(ws: WebSocket, request: IncomingMessage, rawName: string): void {
    const document = parseDocumentName(safeDecode(rawName));
    if (!document) {
      ws.close(CloseCode.invalidDocumentName, "unknown or malformed document name");
      return;
    }
    const decision = this.gate.admit(request, document);
    if (!decision.ok) {
      ws.close(decision.code, decision.reason);
      return;
    }
    if (!expectationHolds(request, decision.canWrite)) {
      ws.close(CloseCode.accessChanged, decision.canWrite ? "you may now change this document" : "you may now only read this document");
      return;
    }
    const name = safeDecode(rawName);
    // A locked document says so before anything else, so that a client synced without hearing of
    // a lock on this connection knows there is none.
    const lock = this.lockFor(name);
    if (lock) {
      ws.send(encodeServerNotice({ lock: { reason: lock } }));
    }
    let room;
    // On a cold load, the stored state goes to the first reader before the server builds its own
    // copy from it, so that both decode it at once, on separate cores.
    let sentStoredState = false;
    try {
      room = this.rooms.open(name, (state) => {
        ws.send(encodeSyncStep2(state));
        sentStoredState = true;
      });
    } catch (error) {
      this.logger.error("collab", "document could not be loaded", { document: name, error: String(error) });
      ws.close(CloseCode.internalError, "document could not be loaded");
      return;
    }
    const connection = new CollabConnection(ws, room, document, decision.personId, decision.canWrite, decision.sessionId, decision.tokenId);
    if (sentStoredState) {
      // The room's doc is exactly the state just sent: the client's answer need not repeat it.
      connection.sentStateVector = Y.encodeStateVector(room.doc);
    }
    this.budget(connection);
    room.join(connection);
    ws.binaryType = "nodebuffer";
    ws.on("message", (data: RawData, isBinary: boolean) => this.onMessage(connection, data, isBinary));
    this.alive.add(ws);
    ws.on("pong", () => this.alive.add(ws));
    ws.on("close", () => {
      connection.budget?.stop();
      room.remove(connection);
      this.rooms.release(room);
    });
    ws.on("error", (error) => this.logger.warn("collab", "socket error", { document: name, error: String(error) }));

    this.applyLock(room, lock);
    connection.send(encodeSyncStep1(Y.encodeStateVector(room.doc)));
    if (room.awareness.getStates().size > 0) {
      const ids = [...room.awareness.getStates().keys()];
      connection.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(room.awareness, ids)));
    }
  }

  private onMessage(connection: CollabConnection, data: RawData, isBinary: boolean): void {
    if (!isBinary || !Buffer.isBuffer(data)) {
      connection.close(CloseCode.malformedMessage, "only binary y-websocket messages are accepted");
      return;
    }
    const { room } = connection;
    if (connection.socket.readyState !== connection.socket.OPEN) {
      // Closing (too slow, refused): what it still sends is not worth reading.
      return;
    }
    try {
      const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      const message = decodeMessage(bytes);
      if (message.type !== "update") {
        // Edits read just before this message go out first: nothing else is handled ahead of them.
        this.rooms.pipeline.flushPending();
      }
      switch (message.type) {
        case "syncStep1": {
          const requested = message.stateVector;
          this.answer(connection, "sync", () => {
            const { sentStateVector } = connection;
            connection.sentStateVector = null;
            const stateVector = sentStateVector ? newestOf(requested, sentStateVector) : requested;
            return encodeSyncStep2(room.diffFor(stateVector));
          });
          return;
        }
        case "update": {
          const lock = connection.canWrite ? this.lockFor(room.name) : null;
          if (connection.canWrite && !lock) {
            this.rooms.pipeline.receive(room, connection, message.update, message.relayable ? bytes : null);
          } else if (changesSomething(message.update)) {
            this.applyLock(room, lock);
            connection.send(readOnlyNotice(lock ? `locked: ${lock}` : undefined));
          }
          return;
        }
        case "awareness":
          room.applyAwareness(message.update, connection);
          if (connection.presence?.oversized) {
            this.logger.warn("collab", "closing connection after an oversized presence state", { document: room.name });
            connection.close(CloseCode.presenceTooLarge, `presence states are limited to ${this.presenceLimits.maxStateBytes} bytes`);
          }
          return;
        case "queryAwareness":
          this.answer(connection, "presence", () => {
            const ids = [...room.awareness.getStates().keys()];
            return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(room.awareness, ids));
          });
          return;
      }
    } catch (error) {
      const reason = error instanceof MalformedMessageError ? error.message : "message could not be handled";
      this.logger.warn("collab", "closing connection after a bad message", { document: room.name, reason });
      connection.close(CloseCode.malformedMessage, reason);
    }
  }

  /** Gives a new connection its budgets: bytes queued, answers, presence (see ConnectionBudget, PresenceBudget). */
  private budget(connection: CollabConnection): void {
    const { socket, room } = connection;
    connection.budget = new ConnectionBudget(socket, this.connectionLimits, (reason) => {
      this.logger.warn("collab", "closing a connection that does not keep up", { document: room.name, reason });
      connection.close(CloseCode.tooSlow, "the connection did not keep up with what the server sent");
      // Reading again lets the client's answer to the close arrive; what else it sent is ignored.
      socket.resume();
    });
    connection.presence = new PresenceBudget(this.presenceLimits, (clientId) => room.mayClaimPresence(connection, clientId));
  }

  /**
   * Sends an answer the client asked for, through the connection's budget: coalesced while one is
   * unsent, and paced. Edits read before the request still go out first, and are in the answer.
   */
  private answer(connection: CollabConnection, kind: "sync" | "presence", build: () => Uint8Array): void {
    const budget = connection.budget;
    const buildCurrent = () => {
      this.rooms.pipeline.flushPending();
      return build();
    };
    if (budget) {
      budget.answer(kind, buildCurrent);
    } else {
      connection.send(buildCurrent());
    }
  }

  private pingAll(): void {
    for (const ws of this.wss.clients) {
      if (!this.alive.delete(ws)) {
        ws.terminate();
        continue;
      }
      ws.ping();
    }
  }

  /** Closes every connection, stores and compacts every document. */
  close(): void {
    clearInterval(this.pingTimer);
    clearInterval(this.accessTimer);
    clearInterval(this.lockTimer);
    this.rooms.closeAll(CloseCode.goingAway, "server shutting down");
    for (const ws of this.wss.clients) {
      ws.terminate();
    }
    this.wss.close();
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return "";
  }
}

/** False when the client said it may write and may only read, or the other way round (see `EXPECTED_ACCESS_PARAM`). */
function expectationHolds(request: IncomingMessage, canWrite: boolean): boolean {
  const expected = new URL(request.url ?? "/", "http://localhost").searchParams.get(EXPECTED_ACCESS_PARAM);
  return expected === null || expected === (canWrite ? "write" : "read");
}

/** The state vector that holds, for each client, the higher clock of the two. */
function newestOf(a: Uint8Array, b: Uint8Array): Uint8Array {
  const newest = Y.decodeStateVector(a);
  for (const [client, clock] of Y.decodeStateVector(b)) {
    newest.set(client, Math.max(clock, newest.get(client) ?? 0));
  }
  return Y.encodeStateVector(newest);
}

/** False for the empty update every client sends as its half of the sync handshake. */
function changesSomething(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length > 0 || ds.clients.size > 0;
}

function readOnlyNotice(reason = "read-only: this document cannot be changed by you"): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.auth);
  authProtocol.writePermissionDenied(encoder, reason);
  return encoding.toUint8Array(encoder);
}
