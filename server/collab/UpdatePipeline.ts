import * as Y from "yjs";
import type { StoreMaintenance } from "../db/StoreMaintenance";
import type { DocumentStore, PendingUpdate } from "../stores/DocumentStore";
import type { CollabConnection } from "./CollabConnection";
import type { DocumentRoom, UnsavedUpdate } from "./DocumentRoom";
import { encodeUpdate } from "./protocol";

interface IncomingUpdate {
  room: DocumentRoom;
  connection: CollabConnection;
  update: Uint8Array;
}

export interface UpdatePipelineHooks {
  /** A client sent an update that Yjs could not apply. */
  onRejected(connection: CollabConnection, error: unknown): void;
  /** The store failed: the room's memory may hold changes the store lacks. */
  onStoreFailed(rooms: DocumentRoom[], error: unknown): void;
  /** Changes to these rooms were just stored and relayed. */
  onStored(rooms: DocumentRoom[]): void;
}

/**
 * Apply → store → relay. Updates that arrive in one event-loop turn are applied together, the
 * changes they make to each document are merged, appended to the store in one transaction, and
 * only then relayed as one message per document: an edit that anyone has seen is on disk. Applying happens here rather than on receipt so that a sync
 * answered meanwhile never carries a change the store lacks.
 */
export class UpdatePipeline {
  private incoming: IncomingUpdate[] = [];
  private readonly unsavedRooms = new Set<DocumentRoom>();
  private scheduled = false;
  private flushing = false;

  constructor(
    private readonly store: DocumentStore,
    private readonly maintenance: StoreMaintenance,
    /** Compact a document's log once it holds this many updates. */
    private readonly compactAfter: number,
    private readonly hooks: UpdatePipelineHooks,
  ) {}

  /** Queues a client's update for this turn's flush. */
  receive(room: DocumentRoom, connection: CollabConnection, update: Uint8Array): void {
    this.incoming.push({ room, connection, update });
    this.schedule();
  }

  /** Called by a room whenever its doc changed; changes made during a flush are stored by that flush. */
  readonly markUnsaved = (room: DocumentRoom): void => {
    this.unsavedRooms.add(room);
    if (!this.flushing) {
      this.schedule();
    }
  };

  private schedule(): void {
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Applies, stores and relays everything pending. Synchronous: no sync answer can interleave. */
  flush(): void {
    this.scheduled = false;
    const incoming = this.incoming;
    this.incoming = [];
    this.flushing = true;
    for (const { room, connection, update } of incoming) {
      if (room.closed) {
        continue;
      }
      try {
        Y.applyUpdate(room.doc, update, connection);
      } catch (error) {
        this.hooks.onRejected(connection, error);
      }
    }
    this.flushing = false;
    const rooms = [...this.unsavedRooms].filter((room) => !room.closed && room.unsaved.length > 0);
    this.unsavedRooms.clear();
    if (rooms.length === 0) {
      return;
    }
    const batches = rooms.map((room) => ({ room, change: mergeUnsaved(room) }));
    if (!this.save(batches)) {
      return;
    }
    for (const { room, change } of batches) {
      room.broadcast(encodeUpdate(change.update), change.soleOrigin);
      if (room.logLength >= this.compactAfter) {
        this.compact(room);
      }
    }
    this.hooks.onStored(batches.map((batch) => batch.room));
  }

  private save(batches: { room: DocumentRoom; change: MergedChange }[]): boolean {
    const pending: PendingUpdate[] = batches.map(({ room, change }) => ({ documentName: room.name, data: change.update }));
    try {
      const ids = this.store.append(pending);
      batches.forEach(({ room }, index) => {
        room.lastUpdateId = ids[index] ?? room.lastUpdateId;
        room.logLength += 1;
      });
      return true;
    } catch (error) {
      this.hooks.onStoreFailed(
        batches.map((batch) => batch.room),
        error,
      );
      return false;
    }
  }

  /** Asks the maintenance thread to merge a room's stored log into its state. */
  compact(room: DocumentRoom): void {
    if (room.logLength === 0) {
      return;
    }
    this.maintenance.compact(room.name, room.lastUpdateId);
    room.logLength = 0;
  }
}

/** A turn's changes to one room, merged into one update: one row stored, one message relayed. */
interface MergedChange {
  update: Uint8Array;
  /** The connection every change came from, which needs none of it back; else undefined. */
  soleOrigin: unknown;
}

function mergeUnsaved(room: DocumentRoom): MergedChange {
  const changes: UnsavedUpdate[] = room.unsaved;
  room.unsaved = [];
  const origin = changes[0]?.origin;
  const soleOrigin = changes.every((change) => change.origin === origin) ? origin : undefined;
  const update = changes.length === 1 && changes[0] ? changes[0].update : Y.mergeUpdates(changes.map((change) => change.update));
  return { update, soleOrigin };
}
