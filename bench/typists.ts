/**
 * A process of typists for the fan-out scenario: some of the room's clients, run apart from the
 * others so that fifty people's share of receiving every edit does not queue on one thread (in
 * real life each has a browser of their own). Driven by `scenarios/fanout.ts` over IPC; every
 * time is on the machine's monotonic clock, which all processes share.
 */
import * as Y from "yjs";
import { appendParagraphs, Caret, connectClient, EditLog, monotonicMs, waitForParagraphs, waitForSynced, type BenchClient } from "./clients";
import { sleep } from "./log";
import type { FromTypists, ToTypists } from "./typistsProtocol";

const clients = new Map<number, BenchClient>();
const writers = new Map<number, EditLog>();
const carets = new Map<number, Caret>();
/** Each time an observer's doc reached a new clock of a writer (both by index in the room), and when. */
const arrivals: [observer: number, writer: number, clock: number, at: number][] = [];
const stopObserving: (() => void)[] = [];
/** The first byte of a y-websocket presence message. */
const AWARENESS_MESSAGE = 1;

/** Counts the presence (awareness) messages a client sends to the server from now on. */
function countPresenceSent(client: BenchClient): () => number {
  const socket = client.provider.ws;
  if (!socket) {
    return () => 0;
  }
  let sent = 0;
  const sendMessage = socket.send.bind(socket);
  socket.send = (data) => {
    if (data instanceof Uint8Array && data[0] === AWARENESS_MESSAGE) {
      sent += 1;
    }
    sendMessage(data);
  };
  return () => sent;
}

function send(message: FromTypists): void {
  process.send?.(message);
}

/** Records, after every update an observer receives, which writers' clocks moved on. */
function observe(observer: number, client: BenchClient, writerIds: readonly number[]): void {
  const reached = writerIds.map(() => 0);
  const onUpdate = () => {
    const at = monotonicMs();
    writerIds.forEach((id, writer) => {
      const clock = Y.getState(client.doc.store, id);
      if (writer !== observer && clock > (reached[writer] ?? 0)) {
        reached[writer] = clock;
        arrivals.push([observer, writer, clock, at]);
      }
    });
  };
  client.doc.on("update", onUpdate);
  stopObserving.push(() => client.doc.off("update", onUpdate));
}

async function handle(message: ToTypists): Promise<void> {
  switch (message.type) {
    case "connect": {
      const { address, indices, paragraphs } = message;
      if (indices.includes(0)) {
        // Client 0 writes the report everyone types into.
        const first = connectClient(address);
        clients.set(0, first);
        await waitForSynced(first);
        appendParagraphs(first, paragraphs);
      }
      for (const index of indices.filter((i) => i !== 0)) {
        clients.set(index, connectClient(address));
      }
      await Promise.all([...clients.values()].map((client) => waitForParagraphs(client, paragraphs)));
      send({ type: "ready", clientIds: [...clients].map(([index, client]) => [index, client.doc.clientID]) });
      return;
    }
    case "type": {
      const { writerIds, observers, carets: caretMode, startAt, intervalMs, editsPerClient } = message;
      clients.forEach((client, index) => writers.set(index, new EditLog(client)));
      observers.filter((index) => clients.has(index)).forEach((index) => observe(index, clients.get(index) as BenchClient, writerIds));
      // After the observers: an edit counts as seen before the caret it prompts is sent, as the editor shows it first.
      if (caretMode !== "none") {
        clients.forEach((client, index) => carets.set(index, new Caret(client, index, `Person ${index + 1}`, caretMode === "parley")));
      }
      const presenceSent = [...clients.values()].map(countPresenceSent);
      const cpuAtStart = process.cpuUsage();
      const startedAt = monotonicMs();
      const count = writerIds.length;
      await Promise.all(
        [...writers].map(async ([index, writer]) => {
          const start = startAt + (index / count) * intervalMs;
          for (let e = 0; e < editsPerClient; e++) {
            await sleep(start + e * intervalMs - Date.now());
            writer.type(index, ` w${index}e${e}`);
            carets.get(index)?.publish();
          }
        }),
      );
      const cpu = process.cpuUsage(cpuAtStart);
      send({
        type: "typed",
        finalClocks: [...writers].map(([index, writer]) => [index, writer.edits.at(-1)?.clock ?? 0]),
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        presenceMessagesSent: presenceSent.reduce((sum, count) => sum + count(), 0),
        seconds: (monotonicMs() - startedAt) / 1000,
      });
      return;
    }
    case "drain": {
      const { finalClocks, observers, timeoutMs } = message;
      const hasEverything = (index: number, client: BenchClient) =>
        finalClocks.every(({ writer, clientId, clock }) => writer === index || Y.getState(client.doc.store, clientId) >= clock);
      const caughtUp = () => [...clients].every(([index, client]) => !observers.includes(index) || hasEverything(index, client));
      const until = Date.now() + timeoutMs;
      while (!caughtUp() && Date.now() < until) {
        await sleep(20);
      }
      stopObserving.forEach((stop) => stop());
      carets.forEach((caret) => caret.stop());
      send({
        type: "result",
        edits: [...writers].flatMap(([index, writer]) => writer.edits.map(({ clock, madeAt }): [number, number, number] => [index, clock, madeAt])),
        arrivals,
      });
      return;
    }
    case "exit": {
      clients.forEach((client) => client.destroy());
      setTimeout(() => process.exit(0), 100);
      return;
    }
  }
}

process.on("message", (message: ToTypists) => {
  handle(message).catch((error: unknown) => {
    send({ type: "failed", error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  });
});
process.on("disconnect", () => process.exit(0));
