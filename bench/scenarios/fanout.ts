import { appendParagraphs, connectClient, EditLog, EditObserver, waitForParagraphs, waitForSynced, type BenchClient } from "../clients";
import { CONFIG } from "../config";
import { log, sleep } from "../log";
import { withServer, type ServerKind } from "../servers";
import { quantile, round2 } from "../stats";

export interface FanoutResult {
  p50Ms: number;
  p99Ms: number;
  /** Edits typed by all clients. */
  edits: number;
  /** Edit deliveries measured (edits × observers, minus each observer's own). */
  samples: number;
  /** Deliveries an observer never saw within the drain time. */
  missing: number;
  /** Every run's p99 when the scenario ran more than once (the figures above are the best run's). */
  runsP99Ms?: number[];
}

const DOCUMENT = "fanout";

/**
 * Many people typing in one document: every client types into its own paragraph at a steady
 * rate (start times staggered); latency is local edit → seen by another client, measured at a
 * few of the clients for everyone else's edits.
 */
export function fanout(kind: ServerKind): Promise<FanoutResult> {
  const { clients: count, observers: observerCount, editsPerSecond, seconds } = CONFIG.fanout;
  return withServer(kind, [DOCUMENT], async (server) => {
    const clients: BenchClient[] = [];
    try {
      const first = connectClient(server, DOCUMENT);
      clients.push(first);
      await waitForSynced(first);
      appendParagraphs(first, count);
      for (let i = 1; i < count; i++) {
        clients.push(connectClient(server, DOCUMENT));
      }
      await Promise.all(clients.map((client) => waitForParagraphs(client, count)));
      log(`${kind} fanout: ${count} clients connected, typing for ${seconds} s`);

      const writers = clients.map((client) => new EditLog(client));
      const observers = clients.slice(0, observerCount).map((client) => new EditObserver(client, writers));
      const intervalMs = 1000 / editsPerSecond;
      const editsPerClient = Math.round(seconds * editsPerSecond);
      await Promise.all(
        writers.map(async (writer, w) => {
          const start = Date.now() + (w / count) * intervalMs;
          for (let e = 0; e < editsPerClient; e++) {
            await sleep(start + e * intervalMs - Date.now());
            writer.type(w, ` w${w}e${e}`);
          }
        }),
      );
      const edits = count * editsPerClient;
      const expected = (edits - editsPerClient) * observers.length;
      const seen = () => observers.reduce((sum, observer) => sum + observer.total, 0);
      const drainUntil = Date.now() + 10_000;
      while (seen() < expected && Date.now() < drainUntil) {
        await sleep(20);
      }
      observers.forEach((observer) => observer.stop());
      const latencies = observers.flatMap((observer) => observer.latenciesMs);
      return {
        p50Ms: round2(quantile(latencies, 0.5)),
        p99Ms: round2(quantile(latencies, 0.99)),
        edits,
        samples: latencies.length,
        missing: expected - latencies.length,
      };
    } finally {
      clients.forEach((client) => client.destroy());
    }
  });
}

/** The run with the lowest p99, with every run's p99 listed. */
export function bestFanout(runs: FanoutResult[]): FanoutResult {
  const best = runs.reduce((a, b) => (b.p99Ms < a.p99Ms ? b : a));
  return { ...best, runsP99Ms: runs.map((run) => run.p99Ms) };
}
