import { appendParagraphs, connectClient, reportText, typeInto, waitForDoc, waitForParagraphs, waitForSynced, type BenchClient } from "../clients";
import { CONFIG } from "../config";
import { log, sleep, withTimeout } from "../log";
import { withServer, type BenchServer, type ServerKind } from "../servers";

export interface CrashLossResult {
  /** Markers the observer had seen when the server was killed. */
  seen: number;
  /** Of those, how many the restarted server's document lacks. */
  lost: number;
}

const PARAGRAPHS = 20;
const MARKER = /\[m(\d+)\]/g;
const BURST = 20;
const DOCUMENT = "crash";

const markersIn = (client: BenchClient): Set<string> => new Set([...reportText(client.fragment).matchAll(MARKER)].map((match) => match[0]));

/**
 * Edits an observer has seen must survive a crash: a writer makes distinct marker edits, the
 * server is SIGKILLed the moment the observer sees the last one, and a fresh client of the
 * restarted server counts the seen markers the document lacks. One round, one fresh server.
 */
export function crashLoss(kind: ServerKind): Promise<CrashLossResult> {
  return withServer(kind, [DOCUMENT], async (server) => {
    const round = await crashRound(server, DOCUMENT, CONFIG.crashLoss.edits);
    log(`${kind} crashLoss: observer saw ${round.seen}, lost ${round.lost}`);
    return round;
  });
}

async function crashRound(server: BenchServer, document: string, edits: number): Promise<{ seen: number; lost: number }> {
  const writer = connectClient(server.address(document));
  const observer = connectClient(server.address(document));
  let seenMarkers: Set<string>;
  try {
    await waitForSynced(writer);
    appendParagraphs(writer, PARAGRAPHS);
    await waitForParagraphs(observer, PARAGRAPHS);
    await sleep(500);
    const last = `[m${edits - 1}]`;
    const killed = waitForDoc(observer.doc, () => reportText(observer.fragment).includes(last), 30_000, "the last marker").then(() => {
      server.killNow();
      return markersIn(observer);
    });
    killed.catch(() => undefined);
    for (let i = 0; i < edits; i++) {
      typeInto(writer, i % PARAGRAPHS, `[m${i}]`);
      if (i % BURST === BURST - 1) {
        await sleep(5);
      }
    }
    seenMarkers = await killed;
  } finally {
    writer.destroy();
    observer.destroy();
  }
  await server.stop(true);
  await server.start();

  const fresh = connectClient(server.address(document));
  try {
    await waitForSynced(fresh);
    // The classic server may answer the sync before its storage has loaded: wait for the paragraphs, then for quiet.
    await withTimeout(waitForParagraphs(fresh, PARAGRAPHS), 10_000, "paragraphs after restart").catch(() => undefined);
    await sleep(500);
    const stored = markersIn(fresh);
    const lost = [...seenMarkers].filter((marker) => !stored.has(marker)).length;
    return { seen: seenMarkers.size, lost };
  } finally {
    fresh.destroy();
  }
}
