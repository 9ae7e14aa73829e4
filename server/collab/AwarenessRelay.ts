import * as awarenessProtocol from "y-protocols/awareness";

/** How long the relay waits before sending presence changes, and mere renewals. */
export interface AwarenessTiming {
  /** Longest wait for real changes (carets, names): short, so carets feel live. */
  changeDelayMs: number;
  /** Longest wait for renewals ("still here"): long; clients drop a state only after 30 s without one. */
  renewalDelayMs: number;
  /**
   * How many lanes a room's connections are dealt into. Each lane has its own change window, the
   * lanes' windows staggered evenly, so a room's presence goes out in small even steps rather than
   * to everyone at the same instant.
   */
  lanes: number;
}

export const DEFAULT_AWARENESS_TIMING: AwarenessTiming = { changeDelayMs: 40, renewalDelayMs: 5_000, lanes: 8 };

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/** A room's connections, dealt into lanes. */
export interface PresenceLanes {
  /** Whether any connection is in this lane. */
  inUse(lane: number): boolean;
  /** Sends one message to every connection in this lane. */
  send(lane: number, update: Uint8Array): void;
}

/** One lane's progress: what it has been sent, and its pending send. */
interface Lane {
  sentUpTo: number;
  timer: NodeJS.Timeout | null;
}

/**
 * Relays a room's awareness in coalesced batches, so a room of hundreds of people costs a few
 * messages instead of one per person per change times everyone. Connections are dealt into lanes;
 * each lane receives at most one message per change window, holding every state that changed since
 * its last one. Lane k's window ends at k/lanes of the way through the room's window, so sending
 * (and, on the other side, applying) a busy room's presence is spread evenly over time and never
 * holds up an edit for long. Mere renewals ("still here", same state) wait for a longer window.
 */
export class AwarenessRelay {
  /** Counts queued states: a lane has been sent every state queued at or below its `sentUpTo`. */
  private sequence = 0;
  /** Client id → the sequence number at which its state was last queued for every lane. */
  private readonly queued = new Map<number, number>();
  /** Client ids that renewed an unchanged state, queued when the renewal window ends. */
  private readonly renewed = new Set<number>();
  /** Ids of the change being reported, so that the "update" event that follows it skips them. */
  private justChanged: readonly number[] = [];
  private readonly lanes: Lane[];
  private renewalTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly connections: PresenceLanes,
    private readonly timing: AwarenessTiming,
  ) {
    this.lanes = Array.from({ length: Math.max(1, timing.lanes) }, () => ({ sentUpTo: 0, timer: null }));
    awareness.on("change", this.onChange);
    awareness.on("update", this.onUpdate);
  }

  private readonly onChange = ({ added, updated, removed }: AwarenessChanges) => {
    this.justChanged = [...added, ...updated, ...removed];
    this.queue(this.justChanged);
  };

  private readonly onUpdate = ({ added, updated, removed }: AwarenessChanges) => {
    const changed = new Set(this.justChanged);
    this.justChanged = [];
    let renewals = false;
    for (const id of [...added, ...updated, ...removed]) {
      if (!changed.has(id)) {
        this.renewed.add(id);
        renewals = true;
      }
    }
    if (renewals) {
      this.renewalTimer ??= setTimeout(() => this.queueRenewals(), this.timing.renewalDelayMs);
    }
  };

  private queueRenewals(): void {
    this.renewalTimer = null;
    const ids = [...this.renewed];
    this.renewed.clear();
    this.queue(ids);
  }

  /** Queues these clients' current states for every lane, each at the end of its own window. */
  private queue(ids: readonly number[]): void {
    if (ids.length === 0) {
      return;
    }
    this.sequence += 1;
    for (const id of ids) {
      this.queued.set(id, this.sequence);
      this.renewed.delete(id);
    }
    const window = this.timing.changeDelayMs;
    const phase = Date.now() % window;
    this.lanes.forEach((lane, index) => {
      if (!this.connections.inUse(index)) {
        // Nobody to tell; whoever joins this lane gets every state when they connect.
        lane.sentUpTo = this.sequence;
      } else if (!lane.timer) {
        const end = (index * window) / this.lanes.length;
        // A window that ends this very millisecond may have just been sent: wait for the next one.
        const wait = (end - phase + window) % window || window;
        lane.timer = setTimeout(() => this.flushLane(index), wait);
      }
    });
  }

  private flushLane(index: number): void {
    const lane = this.lanes[index];
    if (!lane) {
      return;
    }
    if (lane.timer) {
      clearTimeout(lane.timer);
      lane.timer = null;
    }
    const ids: number[] = [];
    for (const [id, sequence] of this.queued) {
      if (sequence > lane.sentUpTo && this.awareness.meta.has(id)) {
        ids.push(id);
      }
    }
    lane.sentUpTo = this.sequence;
    this.forgetSentEverywhere();
    if (ids.length > 0) {
      this.connections.send(index, awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
    }
  }

  /** Drops the queue entries that every lane has been sent. */
  private forgetSentEverywhere(): void {
    const sentEverywhere = Math.min(...this.lanes.map((lane) => lane.sentUpTo));
    for (const [id, sequence] of this.queued) {
      if (sequence <= sentEverywhere) {
        this.queued.delete(id);
      }
    }
  }

  destroy(): void {
    if (this.renewalTimer) {
      clearTimeout(this.renewalTimer);
      this.renewalTimer = null;
    }
    for (const lane of this.lanes) {
      if (lane.timer) {
        clearTimeout(lane.timer);
        lane.timer = null;
      }
    }
    this.awareness.off("change", this.onChange);
    this.awareness.off("update", this.onUpdate);
  }
}
