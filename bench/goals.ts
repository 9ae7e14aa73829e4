import type { BenchResults, Goal, ScenarioSummary } from "./results";
import type { ServerKind } from "./servers";
import { ratio } from "./stats";

type Inputs = Pick<BenchResults, "scenarios" | "versions" | "coalitionExport">;

function medianOf(summary: ScenarioSummary | undefined, kind: ServerKind, figure: string): number | undefined {
  return summary?.[kind]?.figures[figure]?.median;
}

function maxOf(summary: ScenarioSummary | undefined, kind: ServerKind, figure: string): number | undefined {
  return summary?.[kind]?.figures[figure]?.max;
}

/** A server that did not complete every round has no figure to judge. */
function failedRounds(summary: ScenarioSummary | undefined, kinds: readonly ServerKind[]): string | undefined {
  const failed = kinds.filter((kind) => !summary?.[kind] || (summary[kind]?.errors.length ?? 0) > 0 || (summary[kind]?.runs.length ?? 0) === 0);
  return failed.length > 0 ? `rounds failed or missing for ${failed.join(", ")}` : undefined;
}

/** Parley's fan-out p99 against another server's: at most `limit` times it, with no delivery missing. */
function fanoutGoal(inputs: Inputs, scenario: string, other: ServerKind, limit: number, label: string): Goal {
  const summary = inputs.scenarios[scenario];
  const figure = ratio(medianOf(summary, "parley", "p99Ms"), medianOf(summary, other, "p99Ms"));
  const missing = maxOf(summary, "parley", "missing") ?? 0;
  const otherSaturated = medianOf(summary, other, "p99Ms") === Number.POSITIVE_INFINITY;
  const note =
    failedRounds(summary, ["parley", other]) ??
    (missing > 0 ? `Parley missed ${missing} deliveries in a round` : otherSaturated ? `the ${other} server saturated: no latency to compare` : undefined);
  return { id: `${scenario}P99Vs${other === "naive" ? "Naive" : "Classic"}`, label, figure, target: `<= ${limit}`, met: note === undefined && figure !== null && figure <= limit, ...(note ? { note } : {}) };
}

function ratioGoal(inputs: Inputs, id: string, scenario: string, figureName: string, target: { atMost?: number; atLeast?: number }, label: string): Goal {
  const summary = inputs.scenarios[scenario];
  const figure = ratio(medianOf(summary, "parley", figureName), medianOf(summary, "reference", figureName));
  const note = failedRounds(summary, ["parley", "reference"]);
  const within = figure !== null && (target.atMost === undefined || figure <= target.atMost) && (target.atLeast === undefined || figure >= target.atLeast);
  return { id, label, figure, target: target.atMost !== undefined ? `<= ${target.atMost}` : `>= ${target.atLeast}`, met: note === undefined && within, ...(note ? { note } : {}) };
}

function numberField(outcome: Record<string, unknown>, field: string): number | null {
  const value = outcome[field];
  return typeof value === "number" ? value : null;
}

function belowGoal(outcome: Record<string, unknown>, id: string, field: string, limit: number, unit: string, label: string): Goal {
  const figure = numberField(outcome, field);
  const note = typeof outcome.error === "string" ? outcome.error : undefined;
  return { id, label, figure, target: `< ${limit} ${unit}`, met: figure !== null && figure < limit, ...(note ? { note } : {}) };
}

/** Every goal of the README, judged on this run's medians; one not met says so, with its figure. */
export function judgeGoals(inputs: Inputs): Goal[] {
  const crash = inputs.scenarios.crashLoss;
  const lostRounds = crash?.parley?.figures.lost?.rounds ?? [];
  const lost = lostRounds.reduce((sum, value) => sum + value, 0);
  const crashNote = failedRounds(crash, ["parley"]);
  const afterLeave = medianOf(inputs.scenarios.memory, "parley", "afterLeaveRatioToIdle") ?? null;
  const memoryNote = failedRounds(inputs.scenarios.memory, ["parley"]);
  return [
    fanoutGoal(inputs, "fanout", "naive", 1.1, "fan-out p99 with Parley's client, Parley over the naive relay"),
    fanoutGoal(inputs, "fanout", "reference", 0.8, "fan-out p99 with Parley's client, Parley over the classic server"),
    fanoutGoal(inputs, "fanoutTextOnly", "naive", 1.1, "fan-out p99, text only, Parley over the naive relay"),
    fanoutGoal(inputs, "fanoutTextOnly", "reference", 0.8, "fan-out p99, text only, Parley over the classic server"),
    ratioGoal(inputs, "throughput", "throughput", "editsPerSecond", { atLeast: 1.2 }, "throughput, Parley over the classic server"),
    ratioGoal(inputs, "coldSync", "coldSync", "ms", { atMost: 0.5 }, "cold sync after a restart, Parley over the classic server"),
    {
      id: "editsSeenThenLost",
      label: "edits another client saw, then lost to SIGKILL (all rounds)",
      figure: crashNote ? null : lost,
      target: "0",
      met: crashNote === undefined && lost === 0,
      ...(crashNote ? { note: crashNote } : {}),
    },
    {
      id: "afterLeave",
      label: "Parley's memory 30 s after every client left, over idle",
      figure: afterLeave,
      target: "<= 1.1",
      met: memoryNote === undefined && afterLeave !== null && afterLeave <= 1.1,
      ...(memoryNote ? { note: memoryNote } : {}),
    },
    ratioGoal(inputs, "idleMemory", "memory", "idleMb", { atMost: 1.2 }, "idle resident memory, Parley over the classic server"),
    belowGoal(inputs.versions, "versionsDiff", "diffMedianMs", 200, "ms", "diff of two 1,000-paragraph versions, median"),
    belowGoal(inputs.versions, "versionsOpen", "openVersionMedianMs", 300, "ms", "opening a saved 1,000-paragraph version, median"),
    belowGoal(inputs.coalitionExport, "coalitionExportTime", "seconds", 5, "s", "the coalition package (30 organisations, 3,000 comments)"),
    belowGoal(inputs.coalitionExport, "coalitionExportMemory", "peakRssMb", 500, "MB", "peak resident memory of the coalition package"),
  ];
}
