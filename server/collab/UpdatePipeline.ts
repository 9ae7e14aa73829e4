import * as Y from "yjs";
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
}

/**
 * Apply → store → relay. Updates that arrive in one event-loop turn are applied together, the
 * changes they make are appended to the store in one transaction, and only then relayed: an edit
 * that anyone has seen is on disk. Applying happens here rather than on receipt so that a sync
 * answered meanwhile never carries a change the store lacks.
 */
export class UpdatePipeline {
  private incoming: IncomingUpdate[] = [];
  private readonly unsavedRooms = new Set<DocumentRoom>();
  private scheduled = false;

  constructor(
    private readonly store: DocumentStore,
    /** Compact a document's log once it holds this many updates. */
    private readonly compactAfter: number,
    private readonly hooks: UpdatePipelineHooks,
  ) {}

  /** Queues a client's update for this turn's flush. */
  receive(room: DocumentRoom, connection: CollabConnection, update: Uint8Array): void {
    this.incoming.push({ room, connection, update });
    this.schedule();
  }

  /** Called by a room whenever its doc changed. */
  readonly markUnsaved = (room: DocumentRoom): void => {
    this.unsavedRooms.add(room);
    this.schedule();
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
    const rooms = [...this.unsavedRooms].filter((room) => !room.closed && room.unsaved.length > 0);
    this.unsavedRooms.clear();
    if (rooms.length === 0) {
      return;
    }
    const batches = rooms.map((room) => ({ room, updates: takeUnsaved(room) }));
    if (!this.save(batches)) {
      return;
    }
    for (const { room, updates } of batches) {
      for (const { update, origin } of updates) {
        room.broadcast(encodeUpdate(update), origin);
      }
      if (room.logLength >= this.compactAfter) {
        this.compact(room);
      }
    }
  }

  private save(batches: { room: DocumentRoom; updates: UnsavedUpdate[] }[]): boolean {
    const pending: PendingUpdate[] = batches.flatMap(({ room, updates }) =>
      updates.map(({ update }) => ({ documentName: room.name, data: update })),
    );
    try {
      const ids = this.store.append(pending);
      let index = 0;
      for (const { room, updates } of batches) {
        index += updates.length;
        room.lastUpdateId = ids[index - 1] ?? room.lastUpdateId;
        room.logLength += updates.length;
      }
      return true;
    } catch (error) {
      this.hooks.onStoreFailed(
        batches.map((batch) => batch.room),
        error,
      );
      return false;
    }
  }

  /** Replaces a room's log with its merged state (re-encoded from the Y.Doc, so deleted content is gone). */
  compact(room: DocumentRoom): void {
    if (room.logLength === 0) {
      return;
    }
    this.store.compact(room.name, Y.encodeStateAsUpdate(room.doc), room.lastUpdateId);
    room.logLength = 0;
  }
}

function takeUnsaved(room: DocumentRoom): UnsavedUpdate[] {
  const updates = room.unsaved;
  room.unsaved = [];
  return updates;
}
