import * as Y from "yjs";
import type { StoreMaintenance } from "../db/StoreMaintenance";
import type { Logger } from "../logger";
import type { DocumentStore } from "../stores/DocumentStore";
import type { AwarenessTiming } from "./AwarenessRelay";
import { CloseCode } from "../../shared/collab/closeCodes";
import { DocumentRoom, docFromStore } from "./DocumentRoom";
import { UpdatePipeline } from "./UpdatePipeline";

export interface DocumentRoomsOptions {
  compactAfter: number;
  /** How long an empty room stays loaded, in case its people come straight back. */
  unloadAfterMs: number;
  awarenessTiming: AwarenessTiming;
}

/** The origin of changes the server makes itself (a restore): relayed to every connection. */
export const SERVER_ORIGIN = Symbol("server");

/** The loaded documents: loads on first connection, unloads (after compacting) when the last leaves. */
export class DocumentRooms {
  private readonly rooms = new Map<string, DocumentRoom>();
  private readonly unloadTimers = new Map<DocumentRoom, NodeJS.Timeout>();
  readonly pipeline: UpdatePipeline;
  /** Told the name of each document whose changes were just stored (automatic versions listen). */
  onStored: (documentName: string) => void = () => undefined;

  constructor(
    private readonly store: DocumentStore,
    maintenance: StoreMaintenance,
    private readonly logger: Logger,
    private readonly options: DocumentRoomsOptions,
  ) {
    this.pipeline = new UpdatePipeline(store, maintenance, options.compactAfter, {
      onRejected: (connection, error) => {
        logger.warn("collab", "update rejected", { document: connection.room.name, error: String(error) });
        connection.close(CloseCode.malformedMessage, "update could not be applied");
      },
      onStoreFailed: (rooms, error) => {
        logger.error("db", "storing updates failed; reloading the documents", { error: String(error) });
        rooms.forEach((room) => this.reset(room));
      },
      onStored: (rooms) => rooms.forEach((room) => this.onStored(room.name)),
    });
  }

  /**
   * The room of a document, loading it synchronously from the store if needed. When the stored
   * document is one compacted state, `beforeBuild` is given those bytes before the Y.Doc is built
   * from them, so that the first reader can receive them while the server builds its own copy.
   */
  open(name: string, beforeBuild?: (state: Uint8Array) => void): DocumentRoom {
    const existing = this.rooms.get(name);
    if (existing) {
      this.cancelUnload(existing);
      return existing;
    }
    const stored = this.store.load(name);
    if (beforeBuild && stored.state && stored.updates.length === 0) {
      beforeBuild(stored.state);
    }
    const room = new DocumentRoom(name, stored, this.options.awarenessTiming, this.pipeline.markUnsaved);
    this.rooms.set(name, room);
    this.logger.debug("collab", "document loaded", { document: name });
    return room;
  }

  /** Called after a connection left; unloads the room once nobody is left. */
  release(room: DocumentRoom): void {
    if (room.connections.size > 0 || room.closed) {
      return;
    }
    this.cancelUnload(room);
    this.unloadTimers.set(
      room,
      setTimeout(() => this.unload(room), this.options.unloadAfterMs),
    );
  }

  /**
   * Reads a document without joining it: the loaded doc when there is one, else a fresh copy from
   * the store. The callback must not keep the doc.
   */
  read<T>(name: string, read: (doc: Y.Doc) => T): T {
    const room = this.rooms.get(name);
    if (room) {
      return read(room.doc);
    }
    const doc = docFromStore(this.store.load(name));
    try {
      return read(doc);
    } finally {
      doc.destroy();
    }
  }

  /**
   * A document's exact current state as one update. Anything still queued in the pipeline is
   * applied and stored first, so the snapshot holds every edit anyone has been sent.
   */
  snapshot(name: string): Uint8Array {
    this.pipeline.flush();
    return this.read(name, (doc) => Y.encodeStateAsUpdate(doc));
  }

  /**
   * Changes a document on the server as an editor would: in the loaded room (loading it if
   * needed), then through the pipeline, so the change is stored before it is relayed to everyone
   * connected. Throws if the store refused it.
   */
  change(name: string, change: (doc: Y.Doc) => void): void {
    const room = this.open(name);
    try {
      room.doc.transact(() => change(room.doc), SERVER_ORIGIN);
      this.pipeline.flush();
      if (room.closed) {
        throw new Error(`The change to ${name} could not be stored.`);
      }
    } finally {
      this.release(room);
    }
  }

  /** Every loaded room. */
  all(): IterableIterator<DocumentRoom> {
    return this.rooms.values();
  }

  /** How many documents are in memory. */
  get size(): number {
    return this.rooms.size;
  }

  /** Stores everything, compacts and unloads every room; used on shutdown. */
  closeAll(code: number, reason: string): void {
    this.pipeline.flush();
    for (const room of [...this.rooms.values()]) {
      for (const connection of room.connections) {
        connection.close(code, reason);
      }
      this.unload(room);
    }
  }

  private unload(room: DocumentRoom): void {
    this.cancelUnload(room);
    if (room.closed) {
      return;
    }
    this.pipeline.flush();
    this.pipeline.compact(room);
    this.rooms.delete(room.name);
    room.destroy();
    this.logger.debug("collab", "document unloaded", { document: room.name });
  }

  /** Drops a room without storing: its clients reconnect and resend what the store lacks. */
  private reset(room: DocumentRoom): void {
    this.cancelUnload(room);
    this.rooms.delete(room.name);
    for (const connection of room.connections) {
      connection.close(CloseCode.internalError, "document reloaded");
    }
    room.destroy();
  }

  private cancelUnload(room: DocumentRoom): void {
    const timer = this.unloadTimers.get(room);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(room);
    }
  }
}
