import * as Y from "yjs";
import { appendParagraphs, connectClient, monotonicMs, waitForParagraphs, waitForSynced } from "../clients";
import { CONFIG } from "../config";
import { log, sleep } from "../log";
import type { Session } from "../rounds";
import { BenchServer, type ServerKind } from "../servers";
import { round2 } from "../stats";

export interface ColdSyncResult {
  /** From creating a fresh client's provider until its copy holds every paragraph. */
  ms: number;
  stateBytes: number;
  paragraphs: number;
}

const DOCUMENT = "cold";

/**
 * A large report loaded by a server that has just been restarted as its operator restarts it
 * (Parley: SIGTERM to `npm start`'s process group, then `npm start` again): each round stops the
 * server, starts it, waits for it to be ready (a sync round trip on another document), and times
 * a fresh client loading the report. The report is written once, before the first round.
 */
export async function openColdSync(kind: ServerKind): Promise<Session<ColdSyncResult>> {
  const { paragraphs } = CONFIG.coldSync;
  const server = BenchServer.create(kind, [DOCUMENT]);
  let stateBytes = 0;
  try {
    await server.start();
    const builder = connectClient(server.address(DOCUMENT));
    try {
      await waitForSynced(builder);
      appendParagraphs(builder, paragraphs);
      stateBytes = Y.encodeStateAsUpdate(builder.doc).byteLength;
      const check = connectClient(server.address(DOCUMENT));
      await waitForParagraphs(check, paragraphs).finally(() => check.destroy());
    } finally {
      builder.destroy();
    }
    await sleep(1_000);
    log(`${kind} coldSync: ${paragraphs} paragraphs, ${stateBytes} bytes stored`);
  } catch (error) {
    await server.dispose();
    throw error;
  }
  return {
    async round() {
      await server.stop();
      await server.start();
      const startedAt = monotonicMs();
      const client = connectClient(server.address(DOCUMENT));
      try {
        const loadedAt = await waitForParagraphs(client, paragraphs);
        return { ms: round2(loadedAt - startedAt), stateBytes, paragraphs };
      } finally {
        client.destroy();
      }
    },
    close: () => server.dispose(),
  };
}
