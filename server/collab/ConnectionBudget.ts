import WebSocket from "ws";

/** What one connection may cost the server (see "Limits under load" in docs/ARCHITECTURE.md). */
export interface ConnectionLimits {
  /** Bytes queued to a socket above which the server stops reading it until the client catches up. */
  highWaterBytes: number;
  /** Bytes queued to a socket at which it is closed at once: relays keep coming while it is paused. */
  hardLimitBytes: number;
  /** How long queued bytes (above the high-water mark, or an answer) may wait with none read before the connection closes. */
  stallTimeoutMs: number;
  /** Answers (sync, presence query) a connection may have at once, before the steady rate applies. */
  answerBurst: number;
  /** Answers per second, steadily. */
  answersPerSecond: number;
  /** Requests folded into one pending answer after which the server stops reading until it is sent. */
  coalesceLimit: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  highWaterBytes: 4 * 1024 * 1024,
  hardLimitBytes: 16 * 1024 * 1024,
  stallTimeoutMs: 10_000,
  answerBurst: 4,
  answersPerSecond: 2,
  coalesceLimit: 16,
};

/** The kinds of answer a client can ask for, each at most once pending. */
export type AnswerKind = "sync" | "presence";

/**
 * Keeps one connection's cost to the server bounded, whatever its client sends or fails to read.
 *
 * Answers (the whole document for a sync request, every presence state for a presence query) are
 * the expensive replies, and a request costs the client 1–4 bytes. So a connection has at most one
 * answer in flight: requests that arrive while one is queued and unsent are coalesced into one
 * pending answer of each kind, built when it is sent (so it is current), and answers are paced by a
 * token bucket. A full document is thus built at most `answerBurst` times plus `answersPerSecond`
 * times a second per connection, however fast requests come.
 *
 * Everything else (relayed edits and presence) is sent without a callback, for speed; after each
 * send the bytes queued to the socket are checked. Above the high-water mark the server stops
 * reading the socket (a client that does not read gets no more answers either); once the socket
 * drains it reads again. If the client reads none of the queued bytes or of an answer for
 * `stallTimeoutMs`, or the queue reaches the hard limit, `onStalled` is called (the connection
 * closes). A slow link that keeps reading is never closed for being slow.
 */
export class ConnectionBudget {
  private readonly pending = new Map<AnswerKind, () => Uint8Array>();
  private inFlight = false;
  /** Why the server does not read the socket now: too much queued to it, or too many requests waiting. */
  private readonly pausedFor = new Set<"backlog" | "requests">();
  /** Requests folded into the pending answers since the last was sent. */
  private coalesced = 0;
  private stallTimer: NodeJS.Timeout | null = null;
  private pumpTimer: NodeJS.Timeout | null = null;
  private tokens: number;
  private refilledAt = Date.now();
  private stopped = false;

  constructor(
    private readonly socket: WebSocket,
    private readonly limits: ConnectionLimits,
    private readonly onStalled: (reason: string) => void,
  ) {
    this.tokens = limits.answerBurst;
  }

  /** Asks for an answer; `build` runs when it is sent, replacing any answer of this kind still pending. */
  answer(kind: AnswerKind, build: () => Uint8Array): void {
    if (this.pending.has(kind)) {
      this.coalesced += 1;
      if (this.coalesced >= this.limits.coalesceLimit) {
        // A client asking faster than it is answered: what it sends next waits in the network
        // until its answer leaves, instead of costing the server a read each.
        this.pauseReading("requests");
      }
    }
    this.pending.set(kind, build);
    this.pump();
  }

  /** Checks the queue after a send without callback (a relay). */
  afterSend(): void {
    if (this.stopped) {
      return;
    }
    const queued = this.socket.bufferedAmount;
    if (queued >= this.limits.hardLimitBytes) {
      this.stall(`more than ${this.limits.hardLimitBytes} bytes were waiting for the client`);
    } else if (queued > this.limits.highWaterBytes && !this.pausedFor.has("backlog")) {
      this.pauseReading("backlog");
      this.watchStall();
      this.rawSocket()?.once("drain", this.onDrain);
    }
  }

  private pump(): void {
    if (this.inFlight || this.stopped || this.pending.size === 0 || this.socket.readyState !== WebSocket.OPEN) {
      return;
    }
    if (!this.takeToken()) {
      this.pumpTimer ??= setTimeout(() => {
        this.pumpTimer = null;
        this.pump();
      }, Math.ceil(1_000 / this.limits.answersPerSecond));
      return;
    }
    const [kind, build] = this.pending.entries().next().value as [AnswerKind, () => Uint8Array];
    this.pending.delete(kind);
    if (this.pending.size === 0) {
      this.coalesced = 0;
      this.resumeReading("requests");
    }
    this.inFlight = true;
    // The callback runs once the answer is handed to the operating system (or the socket failed).
    this.socket.send(build(), () => {
      this.inFlight = false;
      this.settle();
      this.pump();
    });
    if (this.inFlight) {
      this.watchStall();
    }
    this.afterSend();
  }

  private takeToken(): boolean {
    const now = Date.now();
    const { answerBurst, answersPerSecond } = this.limits;
    this.tokens = Math.min(answerBurst, this.tokens + ((now - this.refilledAt) / 1_000) * answersPerSecond);
    this.refilledAt = now;
    if (this.tokens < 1) {
      return false;
    }
    this.tokens -= 1;
    return true;
  }

  private pauseReading(reason: "backlog" | "requests"): void {
    if (this.pausedFor.size === 0) {
      this.socket.pause();
    }
    this.pausedFor.add(reason);
  }

  private resumeReading(reason: "backlog" | "requests"): void {
    if (this.pausedFor.delete(reason) && this.pausedFor.size === 0 && !this.stopped) {
      this.socket.resume();
    }
  }

  private readonly onDrain = () => {
    if (this.stopped) {
      return;
    }
    if (this.socket.bufferedAmount > this.limits.highWaterBytes / 2) {
      this.rawSocket()?.once("drain", this.onDrain);
      return;
    }
    this.resumeReading("backlog");
    this.settle();
  };

  /**
   * Starts the stall clock, unless it runs already. When it runs out, a queue that shrank meanwhile
   * (a slow link, still reading) starts it again; one that did not closes the connection.
   */
  private watchStall(): void {
    if (this.stallTimer) {
      return;
    }
    const queuedAtStart = this.socket.bufferedAmount;
    this.stallTimer = setTimeout(() => {
      this.stallTimer = null;
      if (this.socket.bufferedAmount < queuedAtStart) {
        this.watchStall();
      } else {
        this.stall(`the client read nothing for ${this.limits.stallTimeoutMs} ms`);
      }
    }, this.limits.stallTimeoutMs);
  }

  /** Stops the stall clock once nothing waits on the client. */
  private settle(): void {
    if (!this.inFlight && !this.pausedFor.has("backlog") && this.stallTimer) {
      clearTimeout(this.stallTimer);
      this.stallTimer = null;
    }
  }

  private stall(reason: string): void {
    this.stop();
    this.onStalled(reason);
  }

  /** Forgets pending answers and timers (the connection closed). */
  stop(): void {
    this.stopped = true;
    this.pending.clear();
    if (this.stallTimer) {
      clearTimeout(this.stallTimer);
      this.stallTimer = null;
    }
    if (this.pumpTimer) {
      clearTimeout(this.pumpTimer);
      this.pumpTimer = null;
    }
    this.rawSocket()?.off("drain", this.onDrain);
  }

  /** The TCP socket under the WebSocket: `ws` exposes no drain event of its own. */
  private rawSocket(): NodeJS.EventEmitter | undefined {
    return (this.socket as unknown as { _socket?: NodeJS.EventEmitter })._socket;
  }
}
