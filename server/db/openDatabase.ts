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

/** Opens (creating if needed) Parley's SQLite database in WAL mode and brings its schema up to date. */
export function openDatabase({ dataDir, synchronous, migrate: shouldMigrate = true }: OpenDatabaseOptions): Db {
  let file = ":memory:";
  if (dataDir !== ":memory:") {
    fs.mkdirSync(dataDir, { recursive: true });
    file = path.join(dataDir, "parley.sqlite");
  }
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
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
