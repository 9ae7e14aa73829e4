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
 */
export class AwarenessRelay {
  private readonly changed = new Set<number>();
  private readonly renewed = new Set<number>();
  private changeTimer: NodeJS.Timeout | null = null;
  private renewalTimer: NodeJS.Timeout | null = null;

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
    this.changeTimer ??= setTimeout(() => this.flush(), this.timing.changeDelayMs);
  };

  private readonly onUpdate = ({ added, updated, removed }: AwarenessChanges) => {
    for (const id of [...added, ...updated, ...removed]) {
      this.renewed.add(id);
    }
    this.renewalTimer ??= setTimeout(() => this.flush(), this.timing.renewalDelayMs);
  };

  /** Sends every pending change and renewal now, in one message. */
  flush(): void {
    this.clearTimers();
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
