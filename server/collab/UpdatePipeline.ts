import * as Y from "yjs";
import type { StoreMaintenance } from "../db/StoreMaintenance";
import type { DocumentStore, PendingUpdate } from "../stores/DocumentStore";
import type { CollabConnection } from "./CollabConnection";
import type { DocumentRoom, UnsavedUpdate } from "./DocumentRoom";
import { encodeUpdate } from "./protocol";

/** A client's update, decoded once on receipt. */
interface IncomingUpdate {
  room: DocumentRoom;
  connection: CollabConnection;
  update: Uint8Array;
  /** The message exactly as the client sent it, when it can be relayed byte for byte; else null. */
  message: Uint8Array | null;
  structs: ReturnType<typeof Y.decodeUpdate>["structs"];
}

export interface UpdatePipelineHooks {
  /** A client sent an update that Yjs could not decode or apply. */
  onRejected(connection: CollabConnection, error: unknown): void;
  /** The store failed: the room's memory may hold changes the store lacks. */
  onStoreFailed(rooms: DocumentRoom[], error: unknown): void;
  /** Changes to these rooms were just stored and relayed. */
  onStored(rooms: DocumentRoom[]): void;
}

/** One room's share of a flush: new edits stored as received, or changes applied first. */
interface RoomBatch {
  room: DocumentRoom;
  /** Updates that only add to what the room has: stored and relayed as received, applied after. */
  fresh: IncomingUpdate[];
  /** Changes already applied to the room's doc (late, overlapping or server-made), merged into one. */
  applied: MergedChange | null;
}

/**
 * Store → relay → apply. A client's update is decoded on receipt (a malformed one closes that
 * connection and is never stored). The updates that arrive in one socket read are flushed
 * together in the microtask right after it: appended to the store in one transaction, and only
 * then relayed, as the very bytes the client sent, to everyone else in the document; the server's
 * own copy of the document applies them last, so applying is not on the path of a relayed edit.
 *
 * That shortcut is taken only for an update that starts exactly where the server's copy of each
 * of its authors ends (what live typing sends). Anything else (an update overlapping what the
 * server has, one with gaps, any update while the doc waits on missing parts) is applied first
 * and only the change it really made is stored and relayed, as are changes the server makes
 * itself. Either way, the doc never holds a change the store lacks, so a sync answer never
 * carries one, and an edit that anyone has seen is on disk.
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

  /**
   * Decodes a client's update and queues it for this read's flush; `message` is the whole message
   * it came in, to relay unchanged. An update that does not decode is rejected here, before it
   * can be stored or sent to anyone; one that changes nothing (a sync handshake's) is dropped.
   */
  receive(room: DocumentRoom, connection: CollabConnection, update: Uint8Array, message: Uint8Array | null = null): void {
    let decoded;
    try {
      decoded = Y.decodeUpdate(update);
    } catch (error) {
      this.hooks.onRejected(connection, error);
      return;
    }
    if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) {
      return;
    }
    this.incoming.push({ room, connection, update, message, structs: decoded.structs });
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
      queueMicrotask(() => this.flush());
    }
  }

  /**
   * Flushes now what would otherwise wait for this read's microtask: called before the server
   * handles any other message, so that presence (an editor sends its caret right after its edit)
   * or a sync answer never holds up the relay of an edit read before it.
   */
  flushPending(): void {
    if (this.scheduled && !this.flushing) {
      this.flush();
    }
  }

  /** Stores, relays and applies everything pending. Synchronous: no sync answer can interleave. */
  flush(): void {
    this.scheduled = false;
    this.flushing = true;
    try {
      // Applying can complete parts the doc was waiting for; what they add is stored in another round.
      while (this.incoming.length > 0 || this.unsavedRooms.size > 0) {
        this.flushRound();
      }
    } finally {
      this.flushing = false;
    }
  }

  private flushRound(): void {
    const incoming = this.incoming;
    this.incoming = [];
    const batches = this.batches(this.applyUnlessFresh(incoming));
    if (batches.length === 0 || !this.save(batches)) {
      return;
    }
    for (const batch of batches) {
      relay(batch);
    }
    for (const { room, fresh } of batches) {
      for (const { connection, update } of fresh) {
        try {
          room.applyStored(update, connection);
        } catch (error) {
          // Already stored and relayed: loading skips it (see applyLog), and its author is closed.
          this.hooks.onRejected(connection, error);
        }
      }
      if (room.logLength >= this.compactAfter) {
        this.compact(room);
      }
    }
    this.hooks.onStored(batches.map((batch) => batch.room));
  }

  /**
   * Applies at once every update that is not fresh, so that its real change reaches the room's
   * unsaved list; returns the fresh ones, which are stored as received and applied after relaying.
   */
  private applyUnlessFresh(incoming: IncomingUpdate[]): Map<DocumentRoom, IncomingUpdate[]> {
    const fresh = new Map<DocumentRoom, IncomingUpdate[]>();
    const nextClocks = new Map<DocumentRoom, Map<number, number>>();
    for (const item of incoming) {
      const { room, connection, update } = item;
      if (room.closed) {
        continue;
      }
      let clocks = nextClocks.get(room);
      if (!clocks) {
        clocks = new Map();
        nextClocks.set(room, clocks);
      }
      if (!room.waiting && continuesFrom(room.doc, clocks, item.structs)) {
        appendTo(fresh, room, item);
        continue;
      }
      try {
        Y.applyUpdate(room.doc, update, connection);
      } catch (error) {
        this.hooks.onRejected(connection, error);
      }
    }
    return fresh;
  }

  private batches(fresh: Map<DocumentRoom, IncomingUpdate[]>): RoomBatch[] {
    const rooms = new Set([...fresh.keys(), ...this.unsavedRooms]);
    this.unsavedRooms.clear();
    const batches: RoomBatch[] = [];
    for (const room of rooms) {
      const updates = fresh.get(room) ?? [];
      const applied = room.unsaved.length > 0 ? mergeUnsaved(room) : null;
      if (!room.closed && (updates.length > 0 || applied)) {
        batches.push({ room, fresh: updates, applied });
      }
    }
    return batches;
  }

  private save(batches: RoomBatch[]): boolean {
    const pending: PendingUpdate[] = [];
    const counts = batches.map(({ room, fresh, applied }) => {
      fresh.forEach(({ update }) => pending.push({ documentName: room.name, data: update }));
      if (applied) {
        pending.push({ documentName: room.name, data: applied.update });
      }
      return fresh.length + (applied ? 1 : 0);
    });
    try {
      const ids = this.store.append(pending);
      let end = 0;
      batches.forEach(({ room }, index) => {
        end += counts[index] ?? 0;
        room.lastUpdateId = ids[end - 1] ?? room.lastUpdateId;
        room.logLength += counts[index] ?? 0;
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

/**
 * True when every author's part of the update starts exactly where `doc` (plus the fresh updates
 * already taken in this flush, tracked in `clocks`) ends and has no gaps: applying it will add all
 * of it, so the update as received is exactly the change. Advances `clocks` when true.
 */
function continuesFrom(doc: Y.Doc, clocks: Map<number, number>, structs: IncomingUpdate["structs"]): boolean {
  const ends = new Map<number, number>();
  for (const struct of structs) {
    if (struct instanceof Y.Skip) {
      return false;
    }
    const { client, clock } = struct.id;
    const expected = ends.get(client) ?? Math.max(clocks.get(client) ?? 0, Y.getState(doc.store, client));
    if (clock !== expected) {
      return false;
    }
    ends.set(client, clock + struct.length);
  }
  ends.forEach((end, client) => clocks.set(client, end));
  return true;
}

/** Sends a room's batch to everyone who has not got it: each author's fresh updates to all others, then the applied change. */
function relay({ room, fresh, applied }: RoomBatch): void {
  const byAuthor = new Map<CollabConnection, IncomingUpdate[]>();
  fresh.forEach((item) => appendTo(byAuthor, item.connection, item));
  byAuthor.forEach((items, author) => {
    const only = items.length === 1 ? items[0] : undefined;
    const message = only ? (only.message ?? encodeUpdate(only.update)) : encodeUpdate(Y.mergeUpdates(items.map((item) => item.update)));
    room.broadcast(message, author);
  });
  if (applied) {
    room.broadcast(encodeUpdate(applied.update), applied.soleOrigin);
  }
}

function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

/** Changes applied to one room, merged into one update: one row stored, one message relayed. */
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
