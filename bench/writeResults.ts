import type { Writable } from "node:stream";
import type { BenchResults } from "./results";

/** JSON has no Infinity: a delivery that never came makes a percentile "Infinity", written as that string. */
export function resultsJson(results: BenchResults): string {
  return `${JSON.stringify(results, (_key, value: unknown) => (typeof value === "number" && !Number.isFinite(value) ? (Number.isNaN(value) ? null : String(value)) : value), 2)}\n`;
}

/** Reads a results file back: "Infinity" and "-Infinity" become numbers again. */
export function parseResults(text: string): BenchResults {
  return JSON.parse(text, (_key, value: unknown) => (value === "Infinity" ? Number.POSITIVE_INFINITY : value === "-Infinity" ? Number.NEGATIVE_INFINITY : value)) as BenchResults;
}

export function writeResults(results: BenchResults, ...targets: (Writable | null)[]): void {
  const json = resultsJson(results);
  for (const target of targets) {
    if (target) {
      target.write(json);
      if (target !== process.stdout) {
        target.end();
      }
    }
  }
}
