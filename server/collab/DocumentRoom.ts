import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { applyLog, type StoredDocument } from "../stores/DocumentStore";
import { AwarenessIntake } from "./AwarenessIntake";
import { AwarenessRelay, type AwarenessTiming, type PresenceLanes } from "./AwarenessRelay";
import type { CollabConnection } from "./CollabConnection";
import { encodeAwareness } from "./protocol";

/** A change to the document that is not yet in the store. */
export interface UnsavedUpdate {
  update: Uint8Array;
  origin: unknown;
}

/** Builds a Y.Doc from its stored state and log. */
export function docFromStore(stored: StoredDocument): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  applyLog(doc, stored.state, stored.updates);
  return doc;
}

/**
 * One loaded document: its Y.Doc, awareness and connections. Every change to the doc, whatever
 * its origin, is queued in `unsaved` for the update pipeline, which stores it and then relays it.
 */
export class DocumentRoom {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Set<CollabConnection>();
  unsaved: UnsavedUpdate[] = [];
  /** Id of the newest update in the store's log for this document. */
  lastUpdateId: number;
  /** How many updates the store has logged since the last compaction. */
  logLength: number;
  closed = false;
  private readonly relay: AwarenessRelay;
  /** How many connections are in each presence lane. */
  private readonly laneSizes: number[];
  private readonly intake: AwarenessIntake;
  /** The whole document encoded as one update, reused for clients that have nothing yet. */
  private fullState: Uint8Array | null;
  /** Set while applying an update that is already stored, whose change therefore needs no storing. */
  private applyingStored = false;

  constructor(
    readonly name: string,
    stored: StoredDocument,
    awarenessTiming: AwarenessTiming,
    private readonly onUnsaved: (room: DocumentRoom) => void,
  ) {
    this.doc = docFromStore(stored);
    this.lastUpdateId = stored.lastUpdateId;
    this.logLength = stored.updates.length;
    this.fullState = stored.updates.length === 0 ? stored.state : null;
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.laneSizes = new Array<number>(Math.max(1, awarenessTiming.lanes)).fill(0);
    this.relay = new AwarenessRelay(this.awareness, this.presenceLanes, awarenessTiming);
    this.intake = new AwarenessIntake(this.awareness);
    this.doc.on("update", this.onDocUpdate);
    this.awareness.on("update", this.onAwarenessUpdate);
  }

  /** Remembers which awareness clients each connection announced, to remove them when it leaves. */
  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const connection = origin as CollabConnection;
    if (!this.connections.has(connection)) {
      return;
    }
    for (const id of [...added, ...updated]) {
      connection.awarenessIds.add(id);
    }
    for (const id of removed) {
      connection.awarenessIds.delete(id);
    }
  };

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown) => {
    this.fullState = null;
    if (this.applyingStored) {
      return;
    }
    this.unsaved.push({ update, origin });
    this.onUnsaved(this);
  };

  /** True while the doc holds parts it cannot place yet, waiting for what they build on. */
  get waiting(): boolean {
    return this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null;
  }

  /**
   * Applies an update the store already holds. Its change is not queued for storing, unless the
   * doc was waiting on missing parts: then the change may include parts that this update
   * completed, which were never stored, so it is queued like any other.
   */
  applyStored(update: Uint8Array, origin: unknown): void {
    this.applyingStored = !this.waiting;
    try {
      Y.applyUpdate(this.doc, update, origin);
    } finally {
      this.applyingStored = false;
    }
  }

  /** What a client with this state vector lacks, encoded as one update. */
  diffFor(stateVector: Uint8Array): Uint8Array {
    if (Y.decodeStateVector(stateVector).size > 0) {
      return Y.encodeStateAsUpdate(this.doc, stateVector);
    }
    this.fullState ??= Y.encodeStateAsUpdate(this.doc);
    return this.fullState;
  }

  /** Adds a connection, dealing it into the presence lane with the fewest connections. */
  join(connection: CollabConnection): void {
    connection.lane = this.laneSizes.indexOf(Math.min(...this.laneSizes));
    this.laneSizes[connection.lane] = (this.laneSizes[connection.lane] ?? 0) + 1;
    this.connections.add(connection);
  }

  private readonly presenceLanes: PresenceLanes = {
    inUse: (lane) => (this.laneSizes[lane] ?? 0) > 0,
    send: (lane, update) => this.sendWhere(encodeAwareness(update), (connection) => connection.lane === lane),
  };

  /** Sends a message to every connection but `except`. */
  broadcast(message: Uint8Array, except?: unknown): void {
    this.sendWhere(message, (connection) => connection !== except);
  }

  private sendWhere(message: Uint8Array, include: (connection: CollabConnection) => boolean): void {
    // One Buffer view for all: `ws` would otherwise wrap the Uint8Array once per connection.
    const frame = Buffer.from(message.buffer, message.byteOffset, message.byteLength);
    for (const connection of this.connections) {
      if (include(connection)) {
        connection.send(frame);
      }
    }
  }

  /** Applies a client's awareness update; throws on a malformed one. */
  applyAwareness(update: Uint8Array, connection: CollabConnection): void {
    this.intake.apply(update, connection, connection.presence ?? undefined);
  }

  /**
   * Whether a connection may publish presence as `clientId`: never as the server, nor as an id
   * another person's connection holds. A connection of the same person takes the id over, since a
   * provider that reconnects keeps its id while its old connection may not have closed yet.
   */
  mayClaimPresence(connection: CollabConnection, clientId: number): boolean {
    if (clientId === this.awareness.clientID) {
      return false;
    }
    for (const other of this.connections) {
      if (other !== connection && other.awarenessIds.has(clientId)) {
        if (other.personId !== connection.personId) {
          return false;
        }
        other.awarenessIds.delete(clientId);
      }
    }
    return true;
  }

  /** Removes a connection and the presence it announced. */
  remove(connection: CollabConnection): void {
    if (this.connections.delete(connection)) {
      this.laneSizes[connection.lane] = (this.laneSizes[connection.lane] ?? 1) - 1;
    }
    if (connection.awarenessIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessIds], null);
    }
  }

  destroy(): void {
    this.closed = true;
    this.doc.off("update", this.onDocUpdate);
    this.relay.destroy();
    this.intake.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }
}
