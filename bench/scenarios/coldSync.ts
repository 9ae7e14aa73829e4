import * as Y from "yjs";
import { appendParagraphs, connectClient, monotonicMs, waitForParagraphs, waitForSynced } from "../clients";
import { CONFIG } from "../config";
import { log, sleep } from "../log";
import { withServer, type ServerKind } from "../servers";
import { median, round2 } from "../stats";

export interface ColdSyncResult {
  medianMs: number;
  runsMs: number[];
  stateBytes: number;
  paragraphs: number;
}

const DOCUMENT = "cold";

/**
 * A large report loaded by a server that has just started: ms from creating a fresh client's
 * provider until its fragment holds every paragraph. The server restarts before every repetition.
 */
export function coldSync(kind: ServerKind): Promise<ColdSyncResult> {
  const { paragraphs, repetitions } = CONFIG.coldSync;
  return withServer(kind, [DOCUMENT], async (server) => {
    const builder = connectClient(server.address(DOCUMENT));
    let stateBytes = 0;
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

    const runsMs: number[] = [];
    for (let run = 0; run < repetitions; run++) {
      await server.stop();
      await server.start();
      const startedAt = monotonicMs();
      const client = connectClient(server.address(DOCUMENT));
      try {
        const loadedAt = await waitForParagraphs(client, paragraphs);
        runsMs.push(round2(loadedAt - startedAt));
      } finally {
        client.destroy();
      }
    }
    return { medianMs: round2(median(runsMs)), runsMs, stateBytes, paragraphs };
  });
}
