import WebSocket from "ws";
import type { DocumentName } from "../../shared/collab/documentNames";
import type { ConnectionBudget } from "./ConnectionBudget";
import type { DocumentRoom } from "./DocumentRoom";
import type { PresenceBudget } from "./PresenceBudget";

/** One client's WebSocket, joined to one document room. */
export class CollabConnection {
  /** Awareness client ids this connection has announced; removed when it closes. */
  readonly awarenessIds = new Set<number>();
  /** The presence lane the room dealt this connection into (see AwarenessRelay). */
  lane = 0;
  /**
   * The state vector of the stored state sent to this client unasked, on a cold load, until the
   * client's own sync request is answered: that answer then leaves out what the client was sent.
   */
  sentStateVector: Uint8Array | null = null;
  /** Bounds what the connection costs: queued bytes, answers (set by the server once admitted). */
  budget: ConnectionBudget | null = null;
  /** Bounds the presence the connection publishes (set by the server once admitted). */
  presence: PresenceBudget | null = null;

  constructor(
    readonly socket: WebSocket,
    readonly room: DocumentRoom,
    readonly document: DocumentName,
    /** Who is connected; their access is re-checked when their roles change. */
    readonly personId: string,
    /** False for people who may read but not edit: their document updates are dropped. */
    public canWrite: boolean,
    /** The hash of the session it signed in with; null for an API token. */
    readonly sessionId: string | null = null,
    /** The id of the API token it signed in with; null for a session. */
    readonly tokenId: string | null = null,
  ) {}

  /**
   * Sends without a completion callback: a failed write makes the socket emit "error", on which
   * `ws` destroys it and closes the connection, and a callback per send would cost a closure and a
   * deferred call for each of a room's connections on every relayed change.
   */
  send(message: Uint8Array): void {
    if (this.socket.readyState !== WebSocket.OPEN) {
      return;
    }
    this.socket.send(message);
    this.budget?.afterSend();
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING) {
      this.socket.close(code, reason);
    }
  }
}
