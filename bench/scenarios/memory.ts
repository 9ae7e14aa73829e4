import { appendParagraphs, connectClient, waitForParagraphs, waitForSynced, type BenchClient } from "../clients";
import { CONFIG } from "../config";
import { log, sleep } from "../log";
import { withServer, type ServerKind } from "../servers";
import { round2 } from "../stats";

export interface MemoryResult {
  idleMb: number;
  openMb: number;
  perDocumentMb: number;
  afterLeaveMb: number;
  afterLeaveRatioToIdle: number;
  documents: number;
}

/**
 * Server RSS: idle after a cold start, with D stored documents open (one client each), and 30 s
 * after every client has left: V8 hands freed heap back on its own schedule, which took 12 to 20 s
 * after the last client here, for both servers. The documents are written in an earlier run of
 * the server.
 */
export function memory(kind: ServerKind): Promise<MemoryResult> {
  const { documents: count, paragraphs, settleMs, afterLeaveMs } = CONFIG.memory;
  const documents = Array.from({ length: count }, (_, i) => `mem-${i}`);
  return withServer(kind, documents, async (server) => {
    const connectAll = async (build: boolean): Promise<BenchClient[]> => {
      const clients = documents.map((document) => connectClient(server.address(document)));
      try {
        await Promise.all(clients.map((client) => waitForSynced(client)));
        if (build) {
          clients.forEach((client) => appendParagraphs(client, paragraphs));
        } else {
          await Promise.all(clients.map((client) => waitForParagraphs(client, paragraphs)));
        }
        return clients;
      } catch (error) {
        clients.forEach((client) => client.destroy());
        throw error;
      }
    };
    const writers = await connectAll(true);
    const readers = await connectAll(false).finally(() => writers.forEach((client) => client.destroy()));
    readers.forEach((client) => client.destroy());
    await sleep(1_000);
    await server.stop();
    log(`${kind} memory: ${count} documents of ${paragraphs} paragraphs stored`);

    await server.start();
    await sleep(settleMs);
    const idleMb = server.rssMb();
    const clients = await connectAll(false);
    await sleep(settleMs);
    const openMb = server.rssMb();
    clients.forEach((client) => client.destroy());
    await sleep(afterLeaveMs);
    const afterLeaveMb = server.rssMb();
    return {
      idleMb: round2(idleMb),
      openMb: round2(openMb),
      perDocumentMb: round2((openMb - idleMb) / count),
      afterLeaveMb: round2(afterLeaveMb),
      afterLeaveRatioToIdle: round2(afterLeaveMb / idleMb),
      documents: count,
    };
  });
}
