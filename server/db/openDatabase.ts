import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { migrate } from "./migrate";

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Folder that holds `parley.sqlite`; ":memory:" for a throwaway database. */
  dataDir: string;
  /** "FULL" also survives power loss; "NORMAL" in WAL mode survives a killed process. */
  synchronous: "NORMAL" | "FULL";
  /** Bring the schema up to date (the default); the maintenance thread opens without. */
  migrate?: boolean;
}

/** A database file that exists but cannot be Parley's store: starting on it would lose or hide data. */
export class DamagedStoreError extends Error {}

/**
 * Refuses an existing database file that is empty (SQLite would take it for a new database, and
 * Parley would start as a fresh install beside lost data) unless its write-ahead log holds data.
 */
function checkExistingFile(file: string): void {
  const size = fs.statSync(file, { throwIfNoEntry: false })?.size;
  const logSize = fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
  if (size === 0 && logSize === 0) {
    throw new DamagedStoreError(`The database file ${file} exists but is empty. Restore it from a backup, or delete it to start a new install.`);
  }
}

/** Opens (creating if needed) Parley's SQLite database in WAL mode and brings its schema up to date. */
export function openDatabase({ dataDir, synchronous, migrate: shouldMigrate = true }: OpenDatabaseOptions): Db {
  let file = ":memory:";
  if (dataDir !== ":memory:") {
    fs.mkdirSync(dataDir, { recursive: true });
    file = path.join(dataDir, "parley.sqlite");
    checkExistingFile(file);
  }
  const db = new Database(file);
  try {
    // The first statements read the file's header: a file that is not SQLite fails here.
    db.pragma("journal_mode = WAL");
    db.prepare("SELECT count(*) FROM sqlite_master").get();
  } catch (error) {
    db.close();
    throw new DamagedStoreError(`The database file ${file} could not be read (${error instanceof Error ? error.message : String(error)}). Restore it from a backup.`);
  }
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  // Checkpoints run on the maintenance thread, so their fsyncs never stall the event loop.
  db.pragma("wal_autocheckpoint = 0");
  if (shouldMigrate) {
    migrate(db);
  }
  return db;
}
