/**
 * A limit counted in this process first, and in the store (shared by the instances) only once a key is busy.
 * A resident's message was a write transaction in the store at every turn (the bot's message limit): most
 * conversations send a few messages in a window and never come near the limit. Here each key's first
 * `threshold` hits of a window are counted in memory; the hit that reaches it takes all of them from the
 * store's counter at once, and every hit after it takes one, as SharedLimiter does.
 *
 * On one instance the limit is exact, as before: the store's counter holds every hit from the threshold on, and this
 * process's window, once the store is asked, ends with the store's.
 * Over N instances, each may hold up to `threshold - 1` hits of a key it has not yet written: a flood spread
 * over them is allowed at most `points + N × (threshold - 1)` hits a window, instead of `points`.
 */
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimiterRes } from '../../db/rateLimiterClasses';
import type { Limiter, Take } from './rateLimit';

/** Keys kept at most before the expired windows are swept. */
const SWEEP_AT = 10_000;

export class LocalFirstLimiter implements Limiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly counter: RateLimiterAbstract,
    private readonly windowMs: number,
    /** Hits of a key counted here alone in a window (default: half the limit). */
    private readonly threshold = Math.max(1, Math.floor(counter.points / 2)),
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): Take | Promise<Take> {
    const now = this.now();
    if (this.windows.size > SWEEP_AT) this.sweep(now);
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) this.windows.set(key, (w = { start: now, count: 0 }));
    w.count += 1;
    if (w.count < this.threshold) return { ok: true };
    // The threshold's hit writes the window's hits so far; each one after it, itself.
    return this.consume(key, w, now, w.count === this.threshold ? this.threshold : 1);
  }

  private async consume(key: string, w: { start: number }, now: number, points: number): Promise<Take> {
    try {
      const res = await this.counter.consume(key, points);
      // This window ends with the store's: a new one starts here when the store's does.
      w.start = now + res.msBeforeNext - this.windowMs;
      return { ok: true };
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      w.start = now + e.msBeforeNext - this.windowMs;
      // The first refusal of the window: the hits before this one were all within the limit.
      const first = e.consumedPoints - points <= this.counter.points;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)), first };
    }
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}
