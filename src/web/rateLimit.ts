/** `first`: the first refusal of this window (to say so once, not at every message). */
export type Take = { ok: true } | { ok: false; retryAfterSeconds: number; first: boolean };

/** At most so many hits per key (an address, a conversation) and window. */
export interface Limiter {
  take(key: string): Take | Promise<Take>;
}

/**
 * A fixed-window counter per key, in memory: each instance counts its own share. The bot uses the
 * store's shared counters (SharedLimiter); this one serves tests and tools.
 */
export class RateLimiter implements Limiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): Take {
    const now = this.now();
    if (this.windows.size > 10_000) this.sweep(now);
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      return { ok: true };
    }
    if (w.count >= this.limit) {
      const first = w.count === this.limit;
      w.count += 1;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000)), first };
    }
    w.count += 1;
    return { ok: true };
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}
