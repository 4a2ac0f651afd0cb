/**
 * A limit counted in the store and shared by every instance (rate-limiter-flexible's counter, see
 * db/rateLimitStore.ts), answering as the in-memory RateLimiter does.
 */
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimiterRes } from '../../db/rateLimiterClasses';
import type { Limiter, Take } from './rateLimit';

export class SharedLimiter implements Limiter {
  constructor(private readonly counter: RateLimiterAbstract) {}

  async take(key: string): Promise<Take> {
    try {
      await this.counter.consume(key);
      return { ok: true };
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)), first: e.consumedPoints === this.counter.points + 1 };
    }
  }
}
