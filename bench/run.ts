import os from "node:os";
import { CONFIG, QUICK } from "./config";
import { log } from "./log";
import { coldSync, type ColdSyncResult } from "./scenarios/coldSync";
import { crashLoss, type CrashLossResult } from "./scenarios/crashLoss";
import { bestFanout, fanout, type FanoutResult } from "./scenarios/fanout";
import { memory, type MemoryResult } from "./scenarios/memory";
import { bestThroughput, throughput, type ThroughputResult } from "./scenarios/throughput";
import { versions, type VersionsResult } from "./scenarios/versions";
import { coalitionExportBench, type CoalitionExportResult } from "./scenarios/coalitionExport";
import { cleanUpEverything, type ServerKind } from "./servers";
import { round2 } from "./stats";

/** A scenario's figures, or why it could not produce them. */
type Outcome<T> = T | { error: string };

interface ServerResults {
  fanout: Outcome<FanoutResult>;
  fanoutStockCarets: Outcome<FanoutResult>;
  fanoutTextOnly: Outcome<FanoutResult>;
  throughput: Outcome<ThroughputResult>;
  coldSync: Outcome<ColdSyncResult>;
  crashLoss: Outcome<CrashLossResult>;
  memory: Outcome<MemoryResult>;
}

/** BENCH_SERVERS=parley runs only Parley (for profiling); the ratios are then left empty. Default: all three. */
const SERVERS = (process.env.BENCH_SERVERS ?? "parley,reference,floor").split(",");
const selected = (kinds: readonly ServerKind[]) => kinds.filter((kind) => SERVERS.includes(kind));
const KINDS = selected(["parley", "reference"]);
/** The fan-out scenarios without a presence storm also run on the floor server, as a yardstick. */
const WITH_FLOOR = selected(["parley", "reference", "floor"]);
/** BENCH_ONLY=fanout,memory runs only those scenarios (for debugging); the others are reported as skipped. */
const ONLY = process.env.BENCH_ONLY?.split(",").filter(Boolean) ?? [];

async function attempt<T>(name: string, kind: ServerKind, scenario: (kind: ServerKind) => Promise<T>): Promise<T | Error> {
  const startedAt = Date.now();
  log(`${kind} ${name}: start`);
  try {
    const result = await scenario(kind);
    log(`${kind} ${name}: ${JSON.stringify(result)} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
    return result;
  } catch (error) {
    log(`${kind} ${name}: FAILED ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Runs one scenario against the servers `kinds` (Parley and the classic one unless told),
 * alternating them for `rounds` rounds so that load from elsewhere on the machine hits all alike;
 * `combine` turns a server's runs into one result.
 */
async function acrossServers<T>(
  name: string,
  scenario: (kind: ServerKind) => Promise<T>,
  rounds = 1,
  combine: (runs: T[]) => T = (runs) => runs[0] as T,
  kinds: readonly ServerKind[] = KINDS,
): Promise<Record<ServerKind, Outcome<T>>> {
  if (ONLY.length > 0 && !ONLY.includes(name)) {
    const skipped = { error: "skipped (BENCH_ONLY)" };
    return { parley: skipped, reference: skipped, floor: skipped };
  }
  const runs: Record<ServerKind, T[]> = { parley: [], reference: [], floor: [] };
  const errors: Partial<Record<ServerKind, Error>> = {};
  for (let round = 0; round < rounds; round++) {
    for (const kind of kinds) {
      const result = await attempt(name, kind, scenario);
      if (result instanceof Error) {
        errors[kind] = result;
      } else {
        runs[kind].push(result);
      }
    }
  }
  const outcome = (kind: ServerKind): Outcome<T> =>
    runs[kind].length > 0 ? combine(runs[kind]) : { error: String(errors[kind] ?? "not run") };
  return { parley: outcome("parley"), reference: outcome("reference"), floor: outcome("floor") };
}

function ok<T extends object>(outcome: Outcome<T> | undefined): T | null {
  return outcome && !("error" in outcome) ? outcome : null;
}

/** Parley's figure over the classic server's, to three significant digits (a ratio can be far below 0.01). */
function ratio(parley: number | undefined, reference: number | undefined): number | null {
  return parley === undefined || reference === undefined || reference === 0 ? null : Number((parley / reference).toPrecision(3));
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const loadBefore = os.loadavg().map(round2);
  log(`${QUICK ? "quick" : "full"} run on ${os.cpus().length} cpus, node ${process.version}, load ${loadBefore.join(" ")}`);
  const fanoutResults = await acrossServers("fanout", (kind) => fanout(kind, "parley"), CONFIG.fanout.rounds, bestFanout, WITH_FLOOR);
  const fanoutStockCaretsResults = await acrossServers("fanoutStockCarets", (kind) => fanout(kind, "stock"), CONFIG.fanout.rounds, bestFanout);
  const fanoutTextOnlyResults = await acrossServers("fanoutTextOnly", (kind) => fanout(kind, "none"), CONFIG.fanout.rounds, bestFanout, WITH_FLOOR);
  const throughputResults = await acrossServers("throughput", throughput, CONFIG.throughput.rounds, bestThroughput);
  const coldSyncResults = await acrossServers("coldSync", coldSync);
  const crashLossResults = await acrossServers("crashLoss", crashLoss);
  const memoryResults = await acrossServers("memory", memory);
  // Versions and diffs exist only in Parley: this scenario runs in-process, without the classic server.
  const versionsResult: Outcome<VersionsResult> =
    ONLY.length > 0 && !ONLY.includes("versions")
      ? { error: "skipped (BENCH_ONLY)" }
      : await versions(CONFIG.versions.paragraphs, CONFIG.versions.repetitions).catch((error: unknown) => ({ error: String(error) }));
  log(`parley versions: ${JSON.stringify(versionsResult)}`);
  // The coalition package (Word and Excel per organisation, plus the matrix) also runs in-process.
  const exportSize = CONFIG.coalitionExport;
  const coalitionExportResult: Outcome<CoalitionExportResult> =
    ONLY.length > 0 && !ONLY.includes("coalitionExport")
      ? { error: "skipped (BENCH_ONLY)" }
      : await coalitionExportBench(exportSize.paragraphs, exportSize.organisations, exportSize.comments, ["docx", "xlsx"]).catch((error: unknown) => ({ error: String(error) }));
  log(`parley coalitionExport: ${JSON.stringify(coalitionExportResult)}`);
  const byKind = (kind: ServerKind): ServerResults => ({
    fanout: fanoutResults[kind],
    fanoutStockCarets: fanoutStockCaretsResults[kind],
    fanoutTextOnly: fanoutTextOnlyResults[kind],
    throughput: throughputResults[kind],
    coldSync: coldSyncResults[kind],
    crashLoss: crashLossResults[kind],
    memory: memoryResults[kind],
  });
  const parley = byKind("parley");
  const reference = byKind("reference");
  // The floor ran the two fan-out scenarios without a presence storm, and nothing else.
  const floor = { fanout: fanoutResults.floor, fanoutTextOnly: fanoutTextOnlyResults.floor };

  const ratios = {
    fanoutP99: ratio(ok(parley.fanout)?.p99Ms, ok(reference.fanout)?.p99Ms),
    fanoutStockCaretsP99: ratio(ok(parley.fanoutStockCarets)?.p99Ms, ok(reference.fanoutStockCarets)?.p99Ms),
    fanoutTextOnlyP99: ratio(ok(parley.fanoutTextOnly)?.p99Ms, ok(reference.fanoutTextOnly)?.p99Ms),
    throughput: ratio(ok(parley.throughput)?.editsPerSecond, ok(reference.throughput)?.editsPerSecond),
    coldSync: ratio(ok(parley.coldSync)?.medianMs, ok(reference.coldSync)?.medianMs),
    memoryPerDocument: ratio(ok(parley.memory)?.perDocumentMb, ok(reference.memory)?.perDocumentMb),
    // The floor over the classic server: how far below it any server could take p99 here.
    floorFanoutP99: ratio(ok(floor.fanout)?.p99Ms, ok(reference.fanout)?.p99Ms),
    floorFanoutTextOnlyP99: ratio(ok(floor.fanoutTextOnly)?.p99Ms, ok(reference.fanoutTextOnly)?.p99Ms),
  };
  const afterLeave = ok(parley.memory)?.afterLeaveRatioToIdle;
  const lost = ok(parley.crashLoss)?.editsSeenThenLost;
  const met = {
    fanoutP99: ratios.fanoutP99 !== null && ratios.fanoutP99 <= 0.6,
    fanoutStockCaretsP99: ratios.fanoutStockCaretsP99 !== null && ratios.fanoutStockCaretsP99 <= 0.6,
    fanoutTextOnlyP99: ratios.fanoutTextOnlyP99 !== null && ratios.fanoutTextOnlyP99 <= 0.6,
    throughput: ratios.throughput !== null && ratios.throughput >= 1.2,
    coldSync: ratios.coldSync !== null && ratios.coldSync <= 0.5,
    editsSeenThenLost: lost === 0,
    // Below idle counts as met: the target is that leaving gives the memory back.
    afterLeave: afterLeave !== undefined && afterLeave <= 1.1,
    versionsDiff: (ok(versionsResult)?.diffMedianMs ?? Infinity) < 200,
    versionsOpen: (ok(versionsResult)?.openVersionMedianMs ?? Infinity) < 300,
    coalitionExportTime: (ok(coalitionExportResult)?.seconds ?? Infinity) < 5,
    coalitionExportMemory: (ok(coalitionExportResult)?.peakRssMb ?? Infinity) < 500,
  };
  const output = {
    machine: { cpus: os.cpus().length, node: process.version, quick: QUICK, loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg().map(round2) },
    parley,
    reference,
    floor,
    versions: versionsResult,
    coalitionExport: coalitionExportResult,
    ratios,
    targets: {
      fanoutP99: "<= 0.6 (50 clients typing as Parley's editor types: text, and carets sent as Parley's client sends its own presence)",
      fanoutStockCaretsP99: "<= 0.6 (the same typing, carets sent as a stock y-websocket provider sends every presence update)",
      fanoutTextOnlyP99: "<= 0.6 (the same clients sending text only, no awareness)",
      floorFanoutP99: "none: the fan-out floor (bench/floorServer.ts: relays, then applies; stores and checks nothing) over the classic server; above 0.6, no server can meet the fan-out target on this machine",
      floorFanoutTextOnlyP99: "none: the same, text only",
      throughput: ">= 1.2",
      coldSync: "<= 0.5",
      editsSeenThenLost: "0",
      afterLeave: "within 10% of idle (ratio <= 1.1)",
      versionsDiff: "< 200 ms median (1,000 paragraphs, 10% changed, 2% moved)",
      versionsOpen: "< 300 ms median (server time to a saved version's paragraphs)",
      coalitionExportTime: "< 5 s for the coalition package (1,000 paragraphs, 30 organisations, 3,000 comments; DOCX and XLSX each, plus the matrix)",
      coalitionExportMemory: "< 500 MB peak resident memory of the process",
    },
    met,
    seconds: Math.round((Date.now() - startedAt) / 1000),
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
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
