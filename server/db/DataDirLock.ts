import fs from "node:fs";
import path from "node:path";

/** The lock file's name inside the data dir. */
export const LOCK_FILE = "parley.lock";

/** Who holds a data dir: the process id and what it is ("server" or "import"). */
export interface LockHolder {
  pid: number;
  role: string;
  since: string;
}

/** Another live process holds the data dir; the message says which and what to do. */
export class DataDirLockedError extends Error {
  constructor(
    readonly holder: LockHolder,
    dataDir: string,
  ) {
    const what = holder.role === "server" ? "a Parley server" : `a parley ${holder.role}`;
    super(`${what} (process ${holder.pid}, since ${holder.since}) holds the data dir ${dataDir}`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; it is alive all the same.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    const holder = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<LockHolder>;
    return typeof holder.pid === "number" ? { pid: holder.pid, role: String(holder.role ?? "server"), since: String(holder.since ?? "") } : null;
  } catch {
    return null;
  }
}

/**
 * One writer of documents per data dir. The server and `parley import` both write the report's
 * Yjs state; a server keeps its rooms in memory, so a write behind its back is either never seen
 * or later spliced with live edits. Whoever writes documents holds `parley.lock` (its PID); a
 * lock whose process is gone (kill -9, a crash) is stale and taken over.
 */
export class DataDirLock {
  private released = false;

  private constructor(private readonly file: string) {}

  /** Takes the data dir's lock for this process, or throws `DataDirLockedError` when a live process holds it. */
  static acquire(dataDir: string, role: string): DataDirLock {
    const file = path.join(dataDir, LOCK_FILE);
    fs.mkdirSync(dataDir, { recursive: true });
    const holder: LockHolder = { pid: process.pid, role, since: new Date().toISOString() };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        fs.writeFileSync(file, JSON.stringify(holder), { flag: "wx" });
        return new DataDirLock(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
          throw error;
        }
      }
      const current = readHolder(file);
      if (current && current.pid !== process.pid && isAlive(current.pid)) {
        throw new DataDirLockedError(current, dataDir);
      }
      // Stale (its process is gone) or unreadable (a writer died mid-write): remove and try again.
      fs.rmSync(file, { force: true });
    }
    throw new Error(`could not take the lock ${file}`);
  }

  /** Gives the lock up; only removes the file while it is still this process's. */
  release(): void {
    if (this.released) {
      return;
    }
    this.released = true;
    if (readHolder(this.file)?.pid === process.pid) {
      fs.rmSync(this.file, { force: true });
    }
  }
}
