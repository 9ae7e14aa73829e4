import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CONFIG, profileArgs } from "../config";
import { log } from "../log";
import { trackProcess, withServer, type ServerKind } from "../servers";
import { quantileCountingMissing, round2 } from "../stats";
import type { CaretMode, FromTypists, ToTypists } from "../typistsProtocol";

export interface FanoutResult {
  /** Percentiles count every missing delivery as infinitely late: Infinity when too many never arrived. */
  p50Ms: number;
  /** Less swayed than p99 by the host's own hiccups, which set p99 on a busy shared machine. */
  p90Ms: number;
  p99Ms: number;
  /** Edits typed by all clients and measured (after the warm-up). */
  edits: number;
  /** Edit deliveries measured (edits × observers, minus each observer's own). */
  samples: number;
  /** Deliveries an observer never saw within the drain time. */
  missing: number;
  /** CPU seconds per second of typing, of the server and of all the typists' processes together (2 is both cores). */
  serverCpuPerSecond: number;
  clientsCpuPerSecond: number;
  /** Presence (awareness) messages each client sent the server per second of typing. */
  presenceSentPerClientPerSecond: number;
}

const DOCUMENT = "fanout";
const TYPISTS = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "typists.ts");
const STEP_TIMEOUT_MS = 120_000;
const DRAIN_MS = 10_000;

/** A question to a typists' process waiting for its answer. */
interface Pending {
  reply: FromTypists["type"];
  resolve: (message: FromTypists) => void;
  reject: (error: Error) => void;
}

/** One typists' process, asked one thing at a time. */
class Typists {
  private readonly child: ChildProcess;
  private pending: Pending | null = null;
  private failure: Error | null = null;

  constructor() {
    this.child = fork(TYPISTS, [], { execArgv: ["--import", "tsx", ...profileArgs()], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    trackProcess(this.child);
    this.child.on("message", (message: FromTypists) => {
      if (message.type === "failed") {
        this.fail(new Error(`typists' process failed: ${message.error}`));
      } else if (this.pending?.reply === message.type) {
        const { resolve } = this.pending;
        this.pending = null;
        resolve(message);
      }
    });
    this.child.once("exit", (code) => this.fail(new Error(`typists' process exited (code ${code})`)));
  }

  /** Sends `message` and resolves with the reply of type `reply`. */
  ask<K extends FromTypists["type"]>(message: ToTypists, reply: K): Promise<Extract<FromTypists, { type: K }>> {
    return new Promise((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      const timer = setTimeout(() => this.fail(new Error(`no "${reply}" from a typists' process after ${STEP_TIMEOUT_MS} ms`)), STEP_TIMEOUT_MS);
      this.pending = {
        reply,
        resolve: (answer) => {
          clearTimeout(timer);
          resolve(answer as Extract<FromTypists, { type: K }>);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.child.send(message);
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const pending = this.pending;
    this.pending = null;
    pending?.reject(error);
  }

  /** Asks the process to disconnect its clients and exit; kills it if it has not within 10 s. */
  async stop(): Promise<void> {
    const { child } = this;
    if (child.exitCode !== null || child.signalCode !== null) {
      return;
    }
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    if (child.connected) {
      child.send({ type: "exit" } satisfies ToTypists);
    }
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/**
 * Many people typing in one document: every client types into its own paragraph at a steady
 * rate (start times staggered); latency is local edit → seen by another client, measured at a
 * few of the clients for everyone else's edits. The clients are spread over a few processes, as
 * people are over browsers. With carets, every client also does with its awareness what an
 * editor does (see `Caret`): on a stock provider, or as Parley's client sends presence; with
 * "none", it sends document updates only.
 */
export function fanout(kind: ServerKind, carets: CaretMode): Promise<FanoutResult> {
  const { clients: count, observers: observerCount, processes, editsPerSecond, warmUpSeconds, seconds } = CONFIG.fanout;
  return withServer(kind, [DOCUMENT], async (server) => {
    const groups = Array.from({ length: processes }, () => new Typists());
    try {
      const address = server.address(DOCUMENT);
      const indicesOf = (group: number) => Array.from({ length: count }, (_, i) => i).filter((i) => i % processes === group);
      const ready = await Promise.all(groups.map((typists, group) => typists.ask({ type: "connect", address, indices: indicesOf(group), paragraphs: count }, "ready")));
      const writerIds = new Array<number>(count).fill(0);
      ready.forEach(({ clientIds }) => clientIds.forEach(([index, id]) => (writerIds[index] = id)));
      log(`${kind} fanout: ${count} clients connected in ${processes} processes, typing for ${warmUpSeconds} + ${seconds} s, carets: ${carets}`);

      const observers = Array.from({ length: observerCount }, (_, i) => i);
      const intervalMs = 1000 / editsPerSecond;
      const warmUpEdits = Math.round(warmUpSeconds * editsPerSecond);
      const editsPerClient = Math.round(seconds * editsPerSecond);
      const serverCpuBefore = server.cpuSeconds();
      const typingFrom = Date.now();
      const typed = await Promise.all(
        groups.map((typists) =>
          typists.ask(
            { type: "type", writerIds, observers, carets, startAt: Date.now() + 500, intervalMs, editsPerClient: warmUpEdits + editsPerClient },
            "typed",
          ),
        ),
      );
      // Per second of the time typing really took: longer than planned when a process fell behind.
      const serverCpuPerSecond = round2((server.cpuSeconds() - serverCpuBefore) / ((Date.now() - typingFrom) / 1000));
      const clientsCpuPerSecond = round2(typed.reduce((sum, group) => sum + group.cpuSeconds / group.seconds, 0));
      const presenceSentPerClientPerSecond = round2(typed.reduce((sum, group) => sum + group.presenceMessagesSent / group.seconds, 0) / count);
      const finalClocks = typed.flatMap(({ finalClocks: clocks }) => clocks.map(([writer, clock]) => ({ writer, clientId: writerIds[writer] ?? 0, clock })));
      const results = await Promise.all(groups.map((typists) => typists.ask({ type: "drain", finalClocks, observers, timeoutMs: DRAIN_MS }, "result")));

      const latencies = deliveryLatencies(
        results.flatMap((result) => result.edits),
        results.flatMap((result) => result.arrivals),
        warmUpEdits,
      );
      const edits = count * editsPerClient;
      const expected = (edits - editsPerClient) * observers.length;
      const missing = Math.max(0, expected - latencies.length);
      return {
        p50Ms: round2(quantileCountingMissing(latencies, missing, 0.5)),
        p90Ms: round2(quantileCountingMissing(latencies, missing, 0.9)),
        p99Ms: round2(quantileCountingMissing(latencies, missing, 0.99)),
        edits,
        samples: latencies.length,
        missing,
        serverCpuPerSecond,
        clientsCpuPerSecond,
        presenceSentPerClientPerSecond,
      };
    } finally {
      await Promise.all(groups.map((typists) => typists.stop()));
    }
  });
}

/**
 * Every (edit, observer) delivery's latency: from when the edit was made to the first time the
 * observer's doc held its writer's clock at or past the edit's. Each writer's first `warmUp`
 * edits are left out: they time the processes' start (code not yet compiled, first carets).
 */
export function deliveryLatencies(
  edits: [writer: number, clock: number, madeAt: number][],
  arrivals: [observer: number, writer: number, clock: number, at: number][],
  warmUp: number,
): number[] {
  const editsBy = new Map<number, [clock: number, madeAt: number][]>();
  for (const [writer, clock, madeAt] of edits) {
    const list = editsBy.get(writer) ?? [];
    list.push([clock, madeAt]);
    editsBy.set(writer, list);
  }
  // Arrivals of one (observer, writer) pair come in clock order: walk that writer's edits alongside.
  const next = new Map<string, number>();
  const latencies: number[] = [];
  for (const [observer, writer, clock, at] of arrivals) {
    const key = `${observer}:${writer}`;
    const list = editsBy.get(writer) ?? [];
    let index = next.get(key) ?? 0;
    for (let edit = list[index]; edit && edit[0] <= clock; edit = list[++index]) {
      if (index >= warmUp) {
        latencies.push(at - edit[1]);
      }
    }
    next.set(key, index);
  }
  return latencies;
}
