/**
 * The bot's message limit, counted in the process until a conversation is busy (src/web/localFirstLimiter.ts):
 * a conversation's first messages of a window write nothing to the store; on one instance the limit is the
 * same as the store's counter alone (20 allowed, the 21st told once, the next ones refused quietly, then a new
 * window); over two instances sharing the store, a flood is still stopped within its bound.
 */
import { RateLimiterMemory } from '../../db/rateLimiterClasses';
import { LocalFirstLimiter } from '../../src/web/localFirstLimiter';
import type { Take } from '../../src/web/rateLimit';

const WINDOW_MS = 10_000;
let now = 1_000_000;
beforeEach(() => {
  now = 1_000_000;
  jest.spyOn(Date, 'now').mockImplementation(() => now);
});
afterEach(() => jest.restoreAllMocks());

/** The store's counter (in memory here: rate-limiter-flexible's, as the store's), its writes counted. */
function store() {
  const counter = new RateLimiterMemory({ points: 20, duration: WINDOW_MS / 1000 });
  const consume = jest.spyOn(counter, 'consume');
  return { counter, writes: () => consume.mock.calls.length };
}

async function hits(limiter: LocalFirstLimiter, n: number, key = 'webchat:c1'): Promise<Take[]> {
  const out: Take[] = [];
  for (let i = 0; i < n; i += 1) out.push(await limiter.take(key));
  return out;
}

it('writes nothing to the store for a conversation that sends a few messages a window', async () => {
  const { counter, writes } = store();
  const limiter = new LocalFirstLimiter(counter, WINDOW_MS, 10, () => now);
  expect((await hits(limiter, 9)).every((t) => t.ok)).toBe(true);
  now += WINDOW_MS;
  expect((await hits(limiter, 9)).every((t) => t.ok)).toBe(true);
  expect(await hits(limiter, 5, 'webchat:c2')).toEqual(Array(5).fill({ ok: true }));
  expect(writes()).toBe(0);
});

it('allows the limit exactly on one instance, tells the first refusal once, and opens a new window after it', async () => {
  const { counter, writes } = store();
  const limiter = new LocalFirstLimiter(counter, WINDOW_MS, 10, () => now);
  const first = await hits(limiter, 22);
  expect(first.filter((t) => t.ok)).toHaveLength(20);
  expect(first.slice(20)).toEqual([
    { ok: false, retryAfterSeconds: 10, first: true },
    { ok: false, retryAfterSeconds: 10, first: false },
  ]);
  // The 10th message wrote the ten of the window at once, each one after it itself.
  expect(writes()).toBe(13);
  now += WINDOW_MS + 100;
  expect((await hits(limiter, 20)).every((t) => t.ok)).toBe(true);
  expect((await limiter.take('webchat:c1')).ok).toBe(false);
});

it('never refuses a conversation that keeps under the limit in each window from its first message (one every 600 ms)', async () => {
  const { counter } = store();
  const limiter = new LocalFirstLimiter(counter, WINDOW_MS, 10, () => now);
  const takes: Take[] = [];
  for (let i = 0; i < 60; i += 1) {
    takes.push(await limiter.take('webchat:c1'));
    now += 600;
  }
  expect(takes.filter((t) => !t.ok)).toEqual([]);
});

it('stops a flood spread over two instances within the limit and what each has not written yet', async () => {
  const { counter } = store();
  const a = new LocalFirstLimiter(counter, WINDOW_MS, 10, () => now);
  const b = new LocalFirstLimiter(counter, WINDOW_MS, 10, () => now);
  const takes: Take[] = [];
  for (let i = 0; i < 60; i += 1) takes.push(await (i % 2 === 0 ? a : b).take('teams:c1'));
  const allowed = takes.filter((t) => t.ok).length;
  expect(allowed).toBeGreaterThanOrEqual(20);
  expect(allowed).toBeLessThanOrEqual(20 + 2 * 9);
  expect(takes.slice(-10).every((t) => !t.ok)).toBe(true);
});
