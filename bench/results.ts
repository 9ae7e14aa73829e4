import type { ServerKind } from "./servers";
import type { Spread } from "./stats";

/** One server's rounds of one scenario: every figure's median and spread, and the raw rounds. */
export interface ServerSummary {
  figures: Record<string, Spread>;
  runs: Record<string, unknown>[];
  errors: string[];
}

export type ScenarioSummary = Partial<Record<ServerKind, ServerSummary>>;

/** A goal from the README, judged on the medians of this run. */
export interface Goal {
  id: string;
  /** What is compared, in words. */
  label: string;
  /** The figure judged (a ratio, a count, ms or MB), or null when it could not be computed. */
  figure: number | null;
  target: string;
  met: boolean;
  /** Why a goal is not met beyond its figure (missing deliveries, a failed scenario). */
  note?: string;
}

/** What `npm run bench -- --out FILE` writes and `npm run bench:table` reads. */
export interface BenchResults {
  date: string;
  quick: boolean;
  machine: { cpus: number; cpuModel: string; node: string; loadAverageBefore: number[]; loadAverageAfter: number[] };
  pinning: { pinned: boolean; serverCpu: string | null; clientsCpu: string | null };
  settings: Partial<Record<ServerKind, { command: string[]; env: Record<string, string> }>>;
  scenarios: Record<string, ScenarioSummary>;
  versions: Record<string, unknown>;
  coalitionExport: Record<string, unknown>;
  goals: Goal[];
  seconds: number;
}
