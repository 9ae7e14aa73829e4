import fs from "node:fs";
import path from "node:path";

/** How long a probe's answer is reused: health checks may come often, the probe touches the disk. */
const PROBE_CACHE_MS = 1_500;

/** Whether the store can take writes now, and if not, why. */
export interface StoreCondition {
  writable: boolean;
  /** Why it cannot, for the operator (never file contents). */
  problem: string | null;
}

/**
 * Probes the data dir the way a write would meet trouble: the free space left (below the
 * reserve, the next batch of edits may find the disk full) and a small file written, flushed
 * and removed (a read-only or failing disk). Answers are cached for a moment.
 */
export class StoreHealth {
  private cached: { at: number; condition: StoreCondition } | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly reserveBytes: number,
    private readonly now: () => number = Date.now,
  ) {}

  condition(): StoreCondition {
    const now = this.now();
    if (!this.cached || now - this.cached.at > PROBE_CACHE_MS) {
      this.cached = { at: now, condition: this.probe() };
    }
    return this.cached.condition;
  }

  private probe(): StoreCondition {
    if (this.dataDir === ":memory:") {
      return { writable: true, problem: null };
    }
    try {
      const { bavail, bsize } = fs.statfsSync(this.dataDir);
      const free = bavail * bsize;
      if (free < this.reserveBytes) {
        return { writable: false, problem: `only ${Math.floor(free / 1024 / 1024)} MB free in the data dir (reserve: ${Math.floor(this.reserveBytes / 1024 / 1024)} MB)` };
      }
      const probeFile = path.join(this.dataDir, ".health-probe");
      const handle = fs.openSync(probeFile, "w");
      try {
        fs.writeSync(handle, "ok");
        fs.fsyncSync(handle);
      } finally {
        fs.closeSync(handle);
        fs.rmSync(probeFile, { force: true });
      }
      return { writable: true, problem: null };
    } catch (error) {
      return { writable: false, problem: `the data dir cannot be written: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
}
