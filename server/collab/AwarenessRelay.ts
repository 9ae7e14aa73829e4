import * as awarenessProtocol from "y-protocols/awareness";

/** How long the relay waits before sending presence changes, and mere renewals. */
export interface AwarenessTiming {
  /** Delay for real changes (carets, names): short, so carets feel live. */
  changeDelayMs: number;
  /** Delay for renewals ("still here"): long; clients drop a state only after 30 s without one. */
  renewalDelayMs: number;
}

export const DEFAULT_AWARENESS_TIMING: AwarenessTiming = { changeDelayMs: 40, renewalDelayMs: 5_000 };

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * Relays a room's awareness in coalesced batches: every change within a short window goes out as
 * one message, and idle renewals as one message every few seconds, so a room of hundreds of
 * idle people costs a few messages instead of one per person per renewal times everyone.
 *
 * In a room where people are typing, a batch waits for the next document update and goes right
 * behind it (or one more window later, at the latest): sent on its own, it would land in every
 * client just before some edit, which would then wait while each of them reads the batch.
 */
export class AwarenessRelay {
  private readonly changed = new Set<number>();
  private readonly renewed = new Set<number>();
  private changeTimer: NodeJS.Timeout | null = null;
  private renewalTimer: NodeJS.Timeout | null = null;
  /** When the room last relayed a document update (performance.now()). */
  private lastDocumentUpdateAt = -Infinity;
  /** Set when the pending batch waits to go behind the next document update. */
  private behindNextUpdate = false;

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly broadcast: (update: Uint8Array) => void,
    private readonly timing: AwarenessTiming,
  ) {
    awareness.on("change", this.onChange);
    awareness.on("update", this.onUpdate);
  }

  private readonly onChange = ({ added, updated, removed }: AwarenessChanges) => {
    for (const id of [...added, ...updated, ...removed]) {
      this.changed.add(id);
    }
    this.changeTimer ??= setTimeout(this.onChangeWindowEnd, this.timing.changeDelayMs);
  };

  private readonly onChangeWindowEnd = () => {
    this.changeTimer = null;
    if (!this.behindNextUpdate && performance.now() - this.lastDocumentUpdateAt < this.timing.changeDelayMs) {
      this.behindNextUpdate = true;
      this.changeTimer = setTimeout(() => this.flush(), this.timing.changeDelayMs);
      return;
    }
    this.flush();
  };

  /** Called right after the room relayed a document update: a batch waiting for one goes now. */
  afterDocumentUpdate(): void {
    this.lastDocumentUpdateAt = performance.now();
    if (this.behindNextUpdate) {
      this.flush();
    }
  }

  private readonly onUpdate = ({ added, updated, removed }: AwarenessChanges) => {
    for (const id of [...added, ...updated, ...removed]) {
      this.renewed.add(id);
    }
    this.renewalTimer ??= setTimeout(() => this.flush(), this.timing.renewalDelayMs);
  };

  /** Sends every pending change and renewal now, in one message. */
  flush(): void {
    this.clearTimers();
    this.behindNextUpdate = false;
    const ids = [...new Set([...this.changed, ...this.renewed])].filter((id) => this.awareness.meta.has(id));
    this.changed.clear();
    this.renewed.clear();
    if (ids.length > 0) {
      this.broadcast(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
    }
  }

  destroy(): void {
    this.clearTimers();
    this.awareness.off("change", this.onChange);
    this.awareness.off("update", this.onUpdate);
  }

  private clearTimers(): void {
    if (this.changeTimer) {
      clearTimeout(this.changeTimer);
      this.changeTimer = null;
    }
    if (this.renewalTimer) {
      clearTimeout(this.renewalTimer);
      this.renewalTimer = null;
    }
  }
}
