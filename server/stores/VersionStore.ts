import type { Version, VersionKind } from "../../shared/api/versions";
import type { Db } from "../db/openDatabase";

const VERSION_COLUMNS = `
  v.id, v.document_name AS documentName, v.name, v.note, v.kind, v.created_by AS createdById,
  p.name AS createdByName, v.created_at AS createdAt`;
const INSERT_VERSION = `
  INSERT INTO versions (document_name, name, note, kind, created_by, created_at, state)
  VALUES (?, ?, ?, ?, ?, ?, ?)`;
const SELECT_VERSIONS = `
  SELECT ${VERSION_COLUMNS} FROM versions v LEFT JOIN people p ON p.id = v.created_by
  WHERE v.document_name = ? ORDER BY v.id DESC`;
const SELECT_VERSION = `
  SELECT ${VERSION_COLUMNS} FROM versions v LEFT JOIN people p ON p.id = v.created_by
  WHERE v.document_name = ? AND v.id = ?`;
const SELECT_STATE = `SELECT state FROM versions WHERE document_name = ? AND id = ?`;
const SELECT_LAST = `SELECT created_at AS createdAt FROM versions WHERE document_name = ? ORDER BY id DESC LIMIT 1`;

interface VersionRow {
  id: number;
  documentName: string;
  name: string;
  note: string;
  kind: VersionKind;
  createdById: string | null;
  createdByName: string | null;
  createdAt: string;
}

/** A version to save. */
export interface NewVersion {
  documentName: string;
  name: string;
  note: string;
  kind: VersionKind;
  createdBy: string | null;
  createdAt: Date;
  /** The document's whole Yjs state. */
  state: Uint8Array;
}

function toVersion(row: VersionRow): Version {
  return {
    id: row.id,
    document: row.documentName,
    name: row.name,
    note: row.note,
    kind: row.kind,
    createdBy: row.createdById ? { id: row.createdById, name: row.createdByName ?? "" } : null,
    createdAt: row.createdAt,
  };
}

/** SQL for saved versions: insert and read only; the table refuses updates. */
export class VersionStore {
  private readonly insertVersion;
  private readonly selectVersions;
  private readonly selectVersion;
  private readonly selectState;
  private readonly selectLast;

  constructor(db: Db) {
    this.insertVersion = db.prepare<[string, string, string, VersionKind, string | null, string, Uint8Array]>(INSERT_VERSION);
    this.selectVersions = db.prepare<[string], VersionRow>(SELECT_VERSIONS);
    this.selectVersion = db.prepare<[string, number], VersionRow>(SELECT_VERSION);
    this.selectState = db.prepare<[string, number], { state: Buffer }>(SELECT_STATE);
    this.selectLast = db.prepare<[string], { createdAt: string }>(SELECT_LAST);
  }

  /** Saves a version and returns it. */
  insert(version: NewVersion): Version {
    const { documentName, name, note, kind, createdBy, createdAt, state } = version;
    const id = Number(this.insertVersion.run(documentName, name, note, kind, createdBy, createdAt.toISOString(), state).lastInsertRowid);
    return this.get(documentName, id) as Version;
  }

  /** Every version of a document, newest first. */
  list(documentName: string): Version[] {
    return this.selectVersions.all(documentName).map(toVersion);
  }

  /** One version of a document, or null (also when the id belongs to another document). */
  get(documentName: string, id: number): Version | null {
    const row = this.selectVersion.get(documentName, id);
    return row ? toVersion(row) : null;
  }

  /** A version's saved Yjs state, or null. */
  state(documentName: string, id: number): Uint8Array | null {
    return this.selectState.get(documentName, id)?.state ?? null;
  }

  /** When the document's newest version was saved, or null. */
  lastSavedAt(documentName: string): Date | null {
    const createdAt = this.selectLast.get(documentName)?.createdAt;
    return createdAt ? new Date(createdAt) : null;
  }
}
