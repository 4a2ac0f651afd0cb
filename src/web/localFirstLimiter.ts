/**
 * A limit counted in this process first, and in the store (shared by the instances) only once a key is busy.
 * A resident's message was a write transaction in the store at every turn (the bot's message limit): most
 * conversations send a few messages in a window and never come near the limit. Here each key's first
 * `threshold` hits of a window are counted in memory; the hit that reaches it takes all of them from the
 * store's counter at once, and every hit after it takes one, as SharedLimiter does.
 *
 * On one instance the limit is the same as before: a window starts at a key's first hit, the store's counter holds
 * every hit of the window from the threshold on, and what the window took from the store is given back when it ends.
 * Over N instances, each may hold up to `threshold - 1` hits of a key it has not yet written: a flood spread
 * over them is allowed at most `points + N × (threshold - 1)` hits a window, instead of `points`.
 */
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimiterRes } from '../../db/rateLimiterClasses';
import type { Limiter, Take } from './rateLimit';

/** Keys kept at most before the expired windows are swept. */
const SWEEP_AT = 10_000;
/** A store's window this close to its end is left to end: a refund there could land in the next one. */
const REFUND_MARGIN_MS = 500;

interface Window {
  start: number;
  count: number;
  /** Points this process took from the store's counter in this window, and when the store's window ends. */
  charged: number;
  storeEnd: number;
}

export class LocalFirstLimiter implements Limiter {
  private readonly windows = new Map<string, Window>();

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
    const w = this.windows.get(key);
    if (w && now - w.start < this.windowMs) return this.hit(key, w, now);
    const next: Window = { start: now, count: 0, charged: 0, storeEnd: 0 };
    this.windows.set(key, next);
    // The window starts at its first hit, as the store's counter alone counted: what this process took from the
    // store in the window just over is given back, if the store's window (started later, at the threshold) is still open.
    if (w && w.charged > 0 && w.storeEnd - now > REFUND_MARGIN_MS) return this.counter.reward(key, w.charged).then(() => this.hit(key, next, now));
    return this.hit(key, next, now);
  }

  private hit(key: string, w: Window, now: number): Take | Promise<Take> {
    w.count += 1;
    if (w.count < this.threshold) return { ok: true };
    // The threshold's hit writes the window's hits so far; each one after it, itself.
    return this.consume(key, w, now, w.count === this.threshold ? this.threshold : 1);
  }

  private async consume(key: string, w: Window, now: number, points: number): Promise<Take> {
    // Counted by the store even when refused.
    w.charged += points;
    try {
      const res = await this.counter.consume(key, points);
      w.storeEnd = now + res.msBeforeNext;
      return { ok: true };
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      w.storeEnd = now + e.msBeforeNext;
      // The first refusal of the window: the hits before this one were all within the limit.
      const first = e.consumedPoints - points <= this.counter.points;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.min(e.msBeforeNext, w.start + this.windowMs - now) / 1000)), first };
    }
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}
