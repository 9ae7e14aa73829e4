import { appendParagraphs, connectClient, EditLog, EditObserver, monotonicMs, waitForParagraphs, waitForSynced, type BenchClient } from "../clients";
import { CONFIG } from "../config";
import { log, withTimeout } from "../log";
import { withServer, type ServerKind } from "../servers";
import { round2 } from "../stats";

export interface ThroughputResult {
  editsPerSecond: number;
  edits: number;
  seconds: number;
  /** Share of one core the server and the bench's clients used meanwhile: tells which side limited the rate. */
  serverCpuPercent: number;
  clientsCpuPercent: number;
}

const DOCUMENT = "throughput";
const TIMEOUT_MS = 120_000;

/**
 * Writers send edits as fast as the server keeps up, each with at most `windowPerWriter` edits
 * that a separate observer client has not seen yet; the rate is edits seen by the observer per second.
 */
export function throughput(kind: ServerKind): Promise<ThroughputResult> {
  const { writers: writerCount, editsPerWriter, windowPerWriter } = CONFIG.throughput;
  return withServer(kind, [DOCUMENT], async (server) => {
    const clients: BenchClient[] = [];
    try {
      const observerClient = connectClient(server.address(DOCUMENT));
      clients.push(observerClient);
      await waitForSynced(observerClient);
      appendParagraphs(observerClient, writerCount);
      const writers: EditLog[] = [];
      for (let i = 0; i < writerCount; i++) {
        const client = connectClient(server.address(DOCUMENT));
        clients.push(client);
        writers.push(new EditLog(client));
      }
      await Promise.all(clients.map((client) => waitForParagraphs(client, writerCount)));
      log(`${kind} throughput: ${writerCount} writers × ${editsPerWriter} edits`);

      const total = writerCount * editsPerWriter;
      let pumpScheduled = false;
      const pump = () => {
        pumpScheduled = false;
        writers.forEach((writer, w) => {
          const seen = observer.seen[w] ?? 0;
          while (writer.edits.length < editsPerWriter && writer.edits.length - seen < windowPerWriter) {
            writer.type(w, ` t${writer.edits.length}`);
          }
        });
      };
      let finish: (at: number) => void = () => {};
      const finished = new Promise<number>((resolve) => (finish = resolve));
      const observer = new EditObserver(observerClient, writers, () => {
        if (observer.total >= total) {
          finish(monotonicMs());
        } else if (!pumpScheduled) {
          pumpScheduled = true;
          setImmediate(pump);
        }
      });
      const startedAt = monotonicMs();
      const serverCpuBefore = server.cpuSeconds();
      const clientsCpuBefore = process.cpuUsage();
      pump();
      const finishedAt = await withTimeout(finished, TIMEOUT_MS, `${total} edits seen by the observer`);
      observer.stop();
      const seconds = (finishedAt - startedAt) / 1000;
      const clientsCpu = process.cpuUsage(clientsCpuBefore);
      return {
        editsPerSecond: Math.round(total / seconds),
        edits: total,
        seconds: round2(seconds),
        serverCpuPercent: Math.round(((server.cpuSeconds() - serverCpuBefore) / seconds) * 100),
        clientsCpuPercent: Math.round(((clientsCpu.user + clientsCpu.system) / 1e6 / seconds) * 100),
      };
    } finally {
      clients.forEach((client) => client.destroy());
    }
  });
}
