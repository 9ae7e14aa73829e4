/** How much presence one connection may publish (see "Limits under load" in docs/ARCHITECTURE.md). */
export interface PresenceLimits {
  /** Largest presence state, as JSON bytes: a name, a colour and a caret take a few hundred. */
  maxStateBytes: number;
  /** Changed states a connection may publish at once, before the steady rate applies. */
  changeBurst: number;
  /** Changed states per second, steadily. */
  changesPerSecond: number;
}

export const DEFAULT_PRESENCE_LIMITS: PresenceLimits = { maxStateBytes: 8 * 1024, changeBurst: 40, changesPerSecond: 20 };

/** Decides, entry by entry, which presence a connection may set (see AwarenessIntake). */
export interface PresenceGuard {
  /**
   * Called for an entry that would change the room's presence (newer than what the room holds).
   * `changed` is false for a state re-sent unchanged (a renewal) and for a removal. False drops
   * the entry, as if it had not been sent.
   */
  admit(clientId: number, jsonBytes: number, saysGone: boolean, changed: boolean): boolean;
}

/**
 * One connection's presence rights: it owns one awareness client id (one provider, one id), the
 * first it introduces, unless a connection of another person holds that id already; its states are
 * at most `maxStateBytes`; and its real changes are rate-limited (renewals and removals are not,
 * as they cost the room next to nothing). Entries for any other id are dropped: a stock
 * y-websocket client sends back everyone's presence it receives, and those echoes carry nothing
 * the room lacks.
 */
export class PresenceBudget implements PresenceGuard {
  /** The awareness client id this connection publishes as, once it has introduced one. */
  ownId: number | null = null;
  /** Entries refused since the connection opened (other ids, over the rate, too large). */
  refused = 0;
  /** Set once the connection sent a state over `maxStateBytes`: it is then closed. */
  oversized = false;
  private tokens: number;
  private refilledAt = Date.now();

  constructor(
    private readonly limits: PresenceLimits,
    /** Whether this connection may take the id: false when another person's connection holds it. */
    private readonly mayClaim: (clientId: number) => boolean,
  ) {
    this.tokens = limits.changeBurst;
  }

  admit(clientId: number, jsonBytes: number, saysGone: boolean, changed: boolean): boolean {
    const ours = this.ownId === null ? !saysGone && this.mayClaim(clientId) : clientId === this.ownId;
    if (!ours || (changed && !this.takeToken())) {
      this.refused += 1;
      return false;
    }
    if (jsonBytes > this.limits.maxStateBytes) {
      this.refused += 1;
      this.oversized = true;
      return false;
    }
    this.ownId = clientId;
    return true;
  }

  private takeToken(): boolean {
    const now = Date.now();
    const { changeBurst, changesPerSecond } = this.limits;
    this.tokens = Math.min(changeBurst, this.tokens + ((now - this.refilledAt) / 1_000) * changesPerSecond);
    this.refilledAt = now;
    if (this.tokens < 1) {
      return false;
    }
    this.tokens -= 1;
    return true;
  }
}
