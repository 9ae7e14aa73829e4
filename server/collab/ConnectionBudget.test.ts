import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { ConnectionBudget, type ConnectionLimits } from "./ConnectionBudget";

const LIMITS: ConnectionLimits = { highWaterBytes: 1_000, hardLimitBytes: 4_000, stallTimeoutMs: 50, answerBurst: 2, answersPerSecond: 20, coalesceLimit: 4 };

/** A WebSocket as far as the budget sees one: sends whose completion the test decides, a queue size, pausing. */
function fakeSocket() {
  const sent: { data: Uint8Array; done: () => void }[] = [];
  const socket = {
    readyState: WebSocket.OPEN,
    bufferedAmount: 0,
    paused: false,
    _socket: new EventEmitter(),
    send(data: Uint8Array, done?: () => void) {
      sent.push({ data, done: done ?? (() => undefined) });
    },
    pause() {
      socket.paused = true;
    },
    resume() {
      socket.paused = false;
    },
  };
  return { socket, sent, ws: socket as unknown as WebSocket };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("ConnectionBudget", () => {
  it("keeps one answer in flight, folds the requests that come meanwhile into one, and stops reading past the limit", () => {
    const { socket, sent, ws } = fakeSocket();
    const budget = new ConnectionBudget(ws, LIMITS, () => undefined);
    let built = 0;
    const build = () => new Uint8Array([++built]);
    for (let request = 0; request < 100; request++) {
      budget.answer("sync", build);
    }
    expect(sent).toHaveLength(1);
    expect(built).toBe(1);
    expect(socket.paused).toBe(true);
    sent[0]!.done();
    // The 99 requests that waited get one answer, built now; then reading resumes.
    expect(sent).toHaveLength(2);
    expect(built).toBe(2);
    expect(socket.paused).toBe(false);
    sent[1]!.done();
    expect(sent).toHaveLength(2);
    budget.stop();
  });

  it("paces answers: a burst, then the steady rate", async () => {
    const { sent, ws } = fakeSocket();
    const budget = new ConnectionBudget(ws, LIMITS, () => undefined);
    for (let request = 0; request < 3; request++) {
      budget.answer("sync", () => new Uint8Array([request]));
      sent.at(-1)?.done();
    }
    // Two at once (the burst); the third waits for the rate (20 a second: 50 ms).
    expect(sent).toHaveLength(2);
    await sleep(80);
    expect(sent).toHaveLength(3);
    budget.stop();
  });

  it("closes a connection whose answer stays unsent, or whose queue stays above the high-water mark", async () => {
    const unsent = fakeSocket();
    const stalled: string[] = [];
    new ConnectionBudget(unsent.ws, LIMITS, (reason) => stalled.push(reason)).answer("sync", () => new Uint8Array([1]));
    await sleep(80);
    expect(stalled).toHaveLength(1);

    const backlog = fakeSocket();
    const budget = new ConnectionBudget(backlog.ws, LIMITS, (reason) => stalled.push(reason));
    backlog.socket.bufferedAmount = 2_000;
    budget.afterSend();
    expect(backlog.socket.paused).toBe(true);
    // It drains in time: reading resumes and nothing closes.
    backlog.socket.bufferedAmount = 0;
    backlog.socket._socket.emit("drain");
    expect(backlog.socket.paused).toBe(false);
    await sleep(80);
    expect(stalled).toHaveLength(1);

    backlog.socket.bufferedAmount = 5_000;
    budget.afterSend();
    expect(stalled).toHaveLength(2);
  });

  it("keeps a slow reader that reads something in every stall period", async () => {
    const { socket, ws } = fakeSocket();
    const stalled: string[] = [];
    socket.bufferedAmount = 900;
    new ConnectionBudget(ws, LIMITS, (reason) => stalled.push(reason)).answer("sync", () => new Uint8Array([1]));
    await sleep(30);
    socket.bufferedAmount = 500;
    await sleep(40);
    // A period went by in which the queue shrank: the clock starts again.
    expect(stalled).toEqual([]);
    await sleep(80);
    // Then a period in which it did not.
    expect(stalled).toHaveLength(1);
  });
});
