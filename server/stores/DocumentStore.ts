import * as Y from "yjs";
import type { Db } from "../db/openDatabase";

const SELECT_STATE = `SELECT state FROM documents WHERE name = ?`;
const SELECT_UPDATES = `SELECT id, data FROM document_updates WHERE document_name = ? ORDER BY id`;
const SELECT_UPDATES_THROUGH = `SELECT data FROM document_updates WHERE document_name = ? AND id <= ? ORDER BY id`;
const INSERT_UPDATE = `INSERT INTO document_updates (document_name, data, received_at) VALUES (?, ?, ?)`;
const UPSERT_STATE = `
  INSERT INTO documents (name, state, compacted_at) VALUES (?, ?, ?)
  ON CONFLICT (name) DO UPDATE SET state = excluded.state, compacted_at = excluded.compacted_at`;
const DELETE_UPDATES_THROUGH = `DELETE FROM document_updates WHERE document_name = ? AND id <= ?`;
const COUNT_UPDATES = `SELECT count(*) AS count FROM document_updates WHERE document_name = ?`;

/** What the store holds of one document: its merged state and the updates logged since. */
export interface StoredDocument {
  state: Uint8Array | null;
  updates: Uint8Array[];
  /** Id of the newest logged update, 0 when there is none. */
  lastUpdateId: number;
}

/**
 * Applies a stored state and the updates logged after it, the log in one transaction. An update
 * Yjs cannot apply is skipped: the sync server stores a client's update before applying it, so a
 * rare one that decodes but fails to apply is in the log, and must not make the document unloadable.
 */
export function applyLog(doc: Y.Doc, state: Uint8Array | null, updates: readonly Uint8Array[]): void {
  if (state) {
    Y.applyUpdate(doc, state);
  }
  Y.transact(doc, () => {
    for (const update of updates) {
      try {
        Y.applyUpdate(doc, update);
      } catch {
        // Skipped; its author's connection was closed when the server first failed to apply it.
      }
    }
  });
}

/** One update to append: the document it belongs to and its bytes. */
export interface PendingUpdate {
  documentName: string;
  data: Uint8Array;
}

/** SQL for Yjs documents: an append-only update log per document, compacted into a merged state. */
export class DocumentStore {
  private readonly selectState;
  private readonly selectUpdates;
  private readonly insertUpdate;
  private readonly upsertState;
  private readonly deleteUpdatesThrough;
  private readonly countUpdates;
  private readonly selectUpdatesThrough;
  /** Prepared once: building a transaction function allocates five wrappers, too many for every turn. */
  private readonly appendAll;

  constructor(readonly db: Db) {
    this.selectState = db.prepare<[string], { state: Buffer }>(SELECT_STATE);
    this.selectUpdates = db.prepare<[string], { id: number; data: Buffer }>(SELECT_UPDATES);
    this.insertUpdate = db.prepare<[string, Uint8Array, number]>(INSERT_UPDATE);
    this.upsertState = db.prepare<[string, Uint8Array, number]>(UPSERT_STATE);
    this.deleteUpdatesThrough = db.prepare<[string, number]>(DELETE_UPDATES_THROUGH);
    this.countUpdates = db.prepare<[string], { count: number }>(COUNT_UPDATES);
    this.selectUpdatesThrough = db.prepare<[string, number], { data: Buffer }>(SELECT_UPDATES_THROUGH);
    this.appendAll = db.transaction((updates: readonly PendingUpdate[], receivedAt: number) =>
      updates.map((update) => Number(this.insertUpdate.run(update.documentName, update.data, receivedAt).lastInsertRowid)),
    );
  }

  /** Reads a document's state and log in one consistent snapshot. */
  load(documentName: string): StoredDocument {
    return this.db.transaction(() => {
      const state = this.selectState.get(documentName)?.state ?? null;
      const rows = this.selectUpdates.all(documentName);
      return {
        state,
        updates: rows.map((row) => row.data),
        lastUpdateId: rows.at(-1)?.id ?? 0,
      };
    })();
  }

  /** Appends updates in one transaction; returns the id given to each, in order. */
  append(updates: readonly PendingUpdate[]): number[] {
    return this.appendAll(updates, Date.now());
  }

  /**
   * Replaces a document's merged state and drops the log through `throughUpdateId`, atomically:
   * a crash at any instant leaves either the old state and log or the new state.
   */
  compact(documentName: string, state: Uint8Array, throughUpdateId: number): void {
    this.db.transaction(() => {
      this.upsertState.run(documentName, state, Date.now());
      this.deleteUpdatesThrough.run(documentName, throughUpdateId);
    })();
  }

  /**
   * Merges a document's log through `throughUpdateId` into its state: reads both, applies them to
   * a fresh Y.Doc and re-encodes it (deleted content is collected), then writes the new state and
   * drops that part of the log in one short transaction. Updates logged meanwhile are kept.
   */
  compactLog(documentName: string, throughUpdateId: number): void {
    const { state, updates } = this.db.transaction(() => ({
      state: this.selectState.get(documentName)?.state ?? null,
      updates: this.selectUpdatesThrough.all(documentName, throughUpdateId).map((row) => row.data),
    }))();
    if (updates.length === 0) {
      return;
    }
    const doc = new Y.Doc({ gc: true });
    try {
      applyLog(doc, state, updates);
      this.compact(documentName, Y.encodeStateAsUpdate(doc), throughUpdateId);
    } finally {
      doc.destroy();
    }
  }

  /** How many updates are logged for a document since its last compaction. */
  logLength(documentName: string): number {
    return this.countUpdates.get(documentName)?.count ?? 0;
  }
}
