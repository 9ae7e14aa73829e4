/**
 * Counts attempts per key in a fixed window; used to slow down password guessing. An attempt is
 * counted when it is reserved, before the slow password check, so attempts still in flight count:
 * however many arrive at once, at most `limit` are ever evaluated per window.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the key may try again, or 0 when it may now. */
  retryAfterMs(key: string): number {
    const window = this.windows.get(key);
    if (!window || window.resetAt <= this.now()) {
      return 0;
    }
    return window.count >= this.limit ? window.resetAt - this.now() : 0;
  }

  /** Takes one attempt from the key's allowance: 0 when taken, else the milliseconds to wait (nothing taken). */
  reserve(key: string): number {
    const wait = this.retryAfterMs(key);
    if (wait > 0) {
      return wait;
    }
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      this.windows.set(key, { count: 1, resetAt: now + this.windowMs });
      this.sweep(now);
    } else {
      window.count += 1;
    }
    return 0;
  }

  /** Gives back a reserved attempt that did not fail (a successful sign-in, or one refused by another limit). */
  release(key: string): void {
    const window = this.windows.get(key);
    if (window && window.count > 0) {
      window.count -= 1;
    }
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  /** Drops windows that ended, so the map stays small under a spray of addresses. */
  private sweep(now: number): void {
    if (this.windows.size < 10_000) {
      return;
    }
    for (const [key, window] of this.windows) {
      if (window.resetAt <= now) {
        this.windows.delete(key);
      }
    }
  }
}
