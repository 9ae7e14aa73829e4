import fs from "node:fs";
import type Database from "better-sqlite3";

const MIGRATIONS_DIR = new URL("./migrations/", import.meta.url);

const CREATE_MIGRATIONS_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`;
const SELECT_APPLIED = `SELECT version FROM schema_migrations`;
const INSERT_APPLIED = `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`;

interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations in `migrations/NNN_name.sql`, in order. */
function readMigrations(): Migration[] {
  return fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d{3}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file.slice(4, -4),
      sql: fs.readFileSync(new URL(file, MIGRATIONS_DIR), "utf8"),
    }));
}

/** Applies every migration not yet applied, each in its own transaction. */
export function migrate(db: Database.Database): void {
  db.exec(CREATE_MIGRATIONS_TABLE);
  const applied = new Set(db.prepare<[], { version: number }>(SELECT_APPLIED).all().map((row) => row.version));
  const record = db.prepare(INSERT_APPLIED);
  for (const migration of readMigrations()) {
    if (applied.has(migration.version)) {
      continue;
    }
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
  }
}
