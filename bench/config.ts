/**
 * Sizes of every scenario; BENCH_QUICK=1 shrinks them to a smoke run of a few seconds each.
 * `rounds`: how many alternating rounds each server runs (server A, server B, server A, …), so
 * that load from elsewhere on the machine hits every server alike; the figures reported are the
 * median of the rounds with their spread, never the best round.
 */
export const QUICK = process.env.BENCH_QUICK === "1";

export const CONFIG = QUICK
  ? {
      fanout: { clients: 10, observers: 2, processes: 2, editsPerSecond: 2, warmUpSeconds: 1, seconds: 3, rounds: 1 },
      throughput: { writers: 4, editsPerWriter: 250, windowPerWriter: 25, rounds: 1 },
      coldSync: { paragraphs: 200, rounds: 2 },
      crashLoss: { edits: 50, rounds: 1 },
      memory: { documents: 4, paragraphs: 50, settleMs: 1_000, afterLeaveMs: 2_000, rounds: 1 },
      versions: { paragraphs: 1_000, repetitions: 3 },
      coalitionExport: { paragraphs: 200, organisations: 6, comments: 300 },
    }
  : {
      fanout: { clients: 50, observers: 5, processes: 2, editsPerSecond: 2, warmUpSeconds: 3, seconds: 15, rounds: 9 },
      throughput: { writers: 10, editsPerWriter: 1_500, windowPerWriter: 25, rounds: 5 },
      coldSync: { paragraphs: 1_000, rounds: 5 },
      crashLoss: { edits: 200, rounds: 5 },
      memory: { documents: 20, paragraphs: 200, settleMs: 2_000, afterLeaveMs: 30_000, rounds: 5 },
      versions: { paragraphs: 1_000, repetitions: 10 },
      coalitionExport: { paragraphs: 1_000, organisations: 30, comments: 3_000 },
    };

/** BENCH_PROFILE_DIR=/some/dir: Parley's server and the typists' processes write V8 CPU profiles there. */
export function profileArgs(): string[] {
  const dir = process.env.BENCH_PROFILE_DIR;
  return dir ? ["--cpu-prof", `--cpu-prof-dir=${dir}`] : [];
}
