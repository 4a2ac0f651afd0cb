/**
 * Several thousand generated calls to the running bot (a real process): malformed, oversized and
 * out-of-order activities on /api/messages, and Direct Line calls with bad tokens, bad
 * watermarks, bad bodies and unknown routes. None gets a 5xx, the process stays up and answers a
 * resident afterwards, and its memory settles (measured from /proc, after a warm-up).
 */
import path from 'node:path';
import { rssMb, startProcess, turn, type Started } from '../../src/cli/bench/http';
import { tempConfig } from '../support/harness';

const ROOT = path.resolve(__dirname, '..', '..');
const CALLS = 4000;
jest.setTimeout(180_000);

/** A small seeded generator (mulberry32): the same calls every run. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T };
}

const WEIRD: unknown[] = [null, true, 0, -1, 1e308, '', ' ', 'é'.repeat(3000), '\u0000', '<script>', [], {}, [1, 2], { a: { b: { c: {} } } }, '{"text":', 'NaN'];

interface Call {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

function generate(rng: ReturnType<typeof random>, tokens: { token: string; conversationId: string }): Call {
  const json = (v: unknown) => JSON.stringify(v);
  const activity = () => {
    const a: Record<string, unknown> = {
      type: rng.pick(['message', 'message', 'conversationUpdate', 'typing', 'event', 'invoke', 'endOfConversation', 'nonsense', 42]),
      channelId: rng.pick(['webchat', 'msteams', 'sms', 'directline', '', 7]),
      serviceUrl: 'http://127.0.0.1:1',
      conversation: rng.pick([{ id: `fuzz-${rng.int(50)}` }, {}, null, 'conv', { id: 12 }]),
      from: rng.pick([{ id: `u-${rng.int(50)}` }, {}, null, { id: '' }]),
      recipient: { id: 'bot' },
      deliveryMode: rng.pick(['expectReplies', 'expectReplies', 'normal', undefined]),
      locale: rng.pick(['fr-FR', 'en', 'xx', '', 3]),
      text: rng.pick(['bonjour', 'réserver la cantine demain', 'Confirmer', 'STOP', 'x'.repeat(rng.int(5000)), ...WEIRD]),
      value: rng.pick([undefined, { action: 'toggle' }, { day: '2026-13-45' }, ...WEIRD]),
      channelData: rng.pick([{ commune: 'carrieres-sous-poissy' }, { commune: '../../etc' }, null, 'x', { commune: 5 }]),
      replyToId: rng.pick([undefined, 'does-not-exist', '9999']),
      timestamp: rng.pick([undefined, '2099-01-01T00:00:00Z', '1970-01-01T00:00:00Z', 'yesterday']),
      membersAdded: rng.pick([undefined, [{ id: 'u' }], [null], 'all']),
      attachments: rng.pick([undefined, [{ contentType: 'image/png', contentUrl: 'file:///etc/passwd' }], [{}], 'x']),
    };
    for (const k of Object.keys(a)) if (rng.next() < 0.15) delete a[k];
    return a;
  };
  const dl = `/v3/directline/conversations/${rng.pick([tokens.conversationId, 'unknown', '..%2F..', 'x'.repeat(300)])}`;
  const auth = rng.pick([`Bearer ${tokens.token}`, 'Bearer nonsense', `Bearer ${tokens.token.slice(0, -3)}abc`, 'Basic abc', '']);
  const kind = rng.int(10);
  if (kind < 4) {
    const body = rng.next() < 0.1 ? rng.pick(['{', 'null', '[]', '"text"', 'x'.repeat(300 * 1024)]) : json(activity());
    return { method: 'POST', path: '/api/messages', headers: { 'content-type': rng.pick(['application/json', 'text/plain', 'application/x-www-form-urlencoded']) }, body };
  }
  if (kind < 7) return { method: 'POST', path: `${dl}/activities`, headers: { 'content-type': 'application/json', authorization: auth }, body: rng.next() < 0.1 ? 'x'.repeat(rng.int(400_000)) : json(activity()) };
  if (kind < 8) return { method: 'GET', path: `${dl}/activities?watermark=${encodeURIComponent(String(rng.pick(['-1', 'abc', '1e20', '0', '', '99999999', '%00'])))}`, headers: { authorization: auth } };
  if (kind < 9) return { method: rng.pick(['POST', 'GET', 'DELETE', 'PUT']), path: rng.pick(['/api/webchat/token', '/v3/directline/tokens/refresh', '/v3/directline/conversations', dl, '/nope', '/api/sms', '/paiement/x', '/%E0%A4%A']), headers: { 'content-type': 'application/json', authorization: auth }, body: json(rng.pick(WEIRD)) };
  return { method: 'POST', path: '/api/webchat/token', headers: { 'content-type': 'application/json' }, body: rng.pick(['{', json({ commune: rng.pick(WEIRD) }), json({ locale: 'x'.repeat(500) })]) };
}

let bot: Started;
afterAll(() => bot?.stop());

it(`answers ${CALLS} generated bad calls without a 5xx or a crash, and its memory settles`, async () => {
  const config = tempConfig();
  bot = await startProcess(path.join(ROOT, 'src', 'index.ts'), { DATA_DIR: config.dataDir, LOG_LEVEL: 'silent', JOBS: 'off', PASSWORD_COST: '14', CHAT_TOKENS_PER_MINUTE: '1000' }, ['-r', path.join(ROOT, 'test', 'support', 'tsRegister.js')]);
  const base = `http://127.0.0.1:${bot.port}`;
  const grant = (await (await fetch(`${base}/api/webchat/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"commune":"carrieres-sous-poissy"}' })).json()) as { token: string; conversationId: string };
  const rng = random(20261123);
  const statuses = new Map<number, number>();
  const fivexx: string[] = [];
  const memory: number[] = [];
  for (let done = 0; done < CALLS; done += 20) {
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        const call = generate(rng, grant);
        const res = await fetch(`${base}${call.path}`, { method: call.method, headers: call.headers, body: call.method === 'GET' ? undefined : call.body });
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500) fivexx.push(`${res.status} ${call.method} ${call.path.slice(0, 80)} ${String(call.body).slice(0, 120)}`);
      }),
    );
    if (done % 500 === 0) memory.push(rssMb(bot.child.pid));
  }
  expect(fivexx).toEqual([]);
  expect(bot.child.exitCode).toBeNull();
  // Still answers a resident.
  const { replies } = await turn(bot.port, { conversation: 'after-fuzz', user: 'resident' }, { text: 'horaires' });
  expect(replies.map((r) => r.text).join('\n')).toMatch(/horaires|ouvert/i);
  // Memory: after the first 1000 calls (caches, compiled code), it grows by less than a quarter.
  const settled = memory[2]!;
  const last = memory.at(-1)!;
  expect(last).toBeLessThan(settled * 1.25);
  // Most calls were refused, as they should be (several kinds of 4xx), and hundreds reached the bot's turns.
  expect([...statuses.keys()].filter((s) => s >= 400 && s < 500).length).toBeGreaterThan(3);
  expect(statuses.get(200) ?? 0).toBeGreaterThan(200);
});
