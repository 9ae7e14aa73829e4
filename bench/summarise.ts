import type { Runs } from "./rounds";
import type { ServerSummary } from "./results";
import { spread, type Spread } from "./stats";

/** Every numeric field of a server's rounds as a median with its spread, beside the raw rounds. */
export function summarise<T extends object>(runs: Runs<T>): ServerSummary {
  const figures: Record<string, Spread> = {};
  const first = runs.runs[0];
  if (first) {
    for (const [key, value] of Object.entries(first)) {
      if (typeof value === "number") {
        figures[key] = spread(runs.runs.map((run) => (run as Record<string, number>)[key] ?? Number.NaN));
      }
    }
  }
  return { figures, runs: runs.runs as Record<string, unknown>[], errors: runs.errors };
}
