import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CONFIG, QUICK } from "./config";
import { judgeGoals } from "./goals";
import { log } from "./log";
import { pinningDescription, pinThisProcessToClients } from "./pinning";
import type { BenchResults, ScenarioSummary } from "./results";
import { eachRoundAfresh, runAlternating, type Scenario } from "./rounds";
import { coalitionExportBench } from "./scenarios/coalitionExport";
import { openColdSync } from "./scenarios/coldSync";
import { crashLoss } from "./scenarios/crashLoss";
import { fanout } from "./scenarios/fanout";
import { memory } from "./scenarios/memory";
import { throughput } from "./scenarios/throughput";
import { versions } from "./scenarios/versions";
import { cleanUpEverything, serverSettings, type ServerKind } from "./servers";
import { round2 } from "./stats";
import { summarise } from "./summarise";
import { writeResults } from "./writeResults";

/** BENCH_SERVERS=parley runs only Parley (for profiling); goals that compare are then not met. Default: all three. */
const SERVERS = (process.env.BENCH_SERVERS ?? "parley,reference,naive").split(",");
const selected = (kinds: readonly ServerKind[]) => kinds.filter((kind) => SERVERS.includes(kind));
const BOTH = selected(["parley", "reference"]);
/** The fan-out scenarios without a presence storm also run on the naive relay, for comparison. */
const WITH_NAIVE = selected(["parley", "reference", "naive"]);
/** BENCH_ONLY=fanout,memory runs only those scenarios (for debugging); the others are left out. */
const ONLY = process.env.BENCH_ONLY?.split(",").filter(Boolean) ?? [];
const wanted = (name: string) => ONLY.length === 0 || ONLY.includes(name);

/** `--out FILE`: also write the results there (the README's table is generated from such a file). */
function outPath(): string | null {
  const index = process.argv.indexOf("--out");
  const value = index >= 0 ? process.argv[index + 1] : undefined;
  if (index >= 0 && !value) {
    throw new Error("--out needs a file name, such as bench/results/2026-12-03.json");
  }
  return value ? path.resolve(value) : null;
}

const SCENARIOS: Scenario<object>[] = [
  { name: "fanout", kinds: WITH_NAIVE, rounds: CONFIG.fanout.rounds, open: eachRoundAfresh((kind) => fanout(kind, "parley")) },
  { name: "fanoutStockCarets", kinds: BOTH, rounds: CONFIG.fanout.rounds, open: eachRoundAfresh((kind) => fanout(kind, "stock")) },
  { name: "fanoutTextOnly", kinds: WITH_NAIVE, rounds: CONFIG.fanout.rounds, open: eachRoundAfresh((kind) => fanout(kind, "none")) },
  { name: "throughput", kinds: BOTH, rounds: CONFIG.throughput.rounds, open: eachRoundAfresh(throughput) },
  { name: "coldSync", kinds: BOTH, rounds: CONFIG.coldSync.rounds, open: openColdSync },
  { name: "crashLoss", kinds: BOTH, rounds: CONFIG.crashLoss.rounds, open: eachRoundAfresh(crashLoss) },
  { name: "memory", kinds: BOTH, rounds: CONFIG.memory.rounds, open: eachRoundAfresh(memory) },
];

async function inProcess(name: string, run: () => Promise<object>): Promise<Record<string, unknown>> {
  if (!wanted(name)) {
    return { error: "skipped (BENCH_ONLY)" };
  }
  const result = await run().catch((error: unknown) => ({ error: String(error) }));
  log(`parley ${name}: ${JSON.stringify(result)}`);
  return result as Record<string, unknown>;
}

async function main(): Promise<void> {
  const out = outPath();
  pinThisProcessToClients();
  const startedAt = Date.now();
  const loadAverageBefore = os.loadavg().map(round2);
  const pinning = pinningDescription();
  log(`${QUICK ? "quick" : "full"} run on ${os.cpus().length} cpus, node ${process.version}, load ${loadAverageBefore.join(" ")}, ${pinning.pinned ? "server on cpu 0, clients on cpu 1" : "not pinned"}`);

  const scenarios: Record<string, ScenarioSummary> = {};
  for (const scenario of SCENARIOS.filter((candidate) => wanted(candidate.name))) {
    const runs = await runAlternating(scenario);
    scenarios[scenario.name] = Object.fromEntries(Object.entries(runs).map(([kind, serverRuns]) => [kind, summarise(serverRuns)]));
  }
  // Versions, diffs and the coalition package exist only in Parley, and run in this process.
  const versionsResult = await inProcess("versions", () => versions(CONFIG.versions.paragraphs, CONFIG.versions.repetitions));
  const { paragraphs, organisations, comments } = CONFIG.coalitionExport;
  const coalitionExport = await inProcess("coalitionExport", () => coalitionExportBench(paragraphs, organisations, comments, ["docx", "xlsx"]));

  const kinds = [...new Set(SCENARIOS.flatMap((scenario) => scenario.kinds))];
  const results: BenchResults = {
    date: new Date().toISOString(),
    quick: QUICK,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      node: process.version,
      loadAverageBefore,
      loadAverageAfter: os.loadavg().map(round2),
    },
    pinning,
    settings: Object.fromEntries(kinds.map((kind) => [kind, serverSettings(kind)])),
    scenarios,
    versions: versionsResult,
    coalitionExport,
    goals: judgeGoals({ scenarios, versions: versionsResult, coalitionExport }),
    seconds: Math.round((Date.now() - startedAt) / 1000),
  };
  for (const goal of results.goals) {
    log(`${goal.met ? "met    " : "NOT MET"} ${goal.label}: ${goal.figure ?? "no figure"} (target ${goal.target})${goal.note ? `: ${goal.note}` : ""}`);
  }
  writeResults(results, process.stdout, out ? fs.createWriteStream(out) : null);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    cleanUpEverything();
    process.exit(130);
  });
}
process.on("exit", cleanUpEverything);

main()
  .catch((error: unknown) => {
    log(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => {
    cleanUpEverything();
    // Anything a scenario left behind (a reconnect timer, a socket) must not keep the bench alive.
    setTimeout(() => process.exit(), 2_000).unref();
  });
