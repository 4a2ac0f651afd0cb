/**
 * Several thousand generated calls to the running bot (a real process): malformed, oversized and
 * out-of-order activities on /api/messages (with attachment URLs to internal addresses), odd
 * headers (content encodings, content types, cookies, forwarded addresses) on it and on the account
 * pages, the SMS webhook and the token route, Direct Line calls with bad tokens, bad watermarks,
 * bad bodies and unknown routes, and WebSocket upgrades on paths that are not URLs. None gets a 5xx, the process stays up and answers a
 * resident afterwards, and its memory settles (measured from /proc, after a warm-up).
 */
import net from 'node:net';
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
      attachments: rng.pick([
        undefined, [{}], 'x', [null], [{ contentType: 'image/png', contentUrl: 'file:///etc/passwd' }],
        ...['http://127.0.0.1:1/', 'http://169.254.169.254/latest/meta-data/', 'https://[::1]/x.pdf', 'http://localhost:22/', 'https://10.0.0.1/a.pdf', 'gopher://x', 'data:application/pdf;base64,%%%', 'data:,', `data:application/pdf;base64,${'A'.repeat(2000)}`, 'https://smba.trafficmanager.net/../../x', 'javascript:alert(1)']
          .map((contentUrl) => [{ contentType: 'application/pdf', contentUrl, name: rng.pick(['a.pdf', '../../etc/passwd', '\u0000', 'x'.repeat(400)]) }]),
      ]),
    };
    for (const k of Object.keys(a)) if (rng.next() < 0.15) delete a[k];
    return a;
  };
  const dl = `/v3/directline/conversations/${rng.pick([tokens.conversationId, 'unknown', '..%2F..', 'x'.repeat(300)])}`;
  const auth = rng.pick([`Bearer ${tokens.token}`, 'Bearer nonsense', `Bearer ${tokens.token.slice(0, -3)}abc`, 'Basic abc', '']);
  const kind = rng.int(12);
  if (kind < 4) {
    const body = rng.next() < 0.1 ? rng.pick(['{', 'null', '[]', '"text"', 'x'.repeat(300 * 1024), `${'['.repeat(5000)}${']'.repeat(5000)}`]) : json(activity());
    return { method: 'POST', path: '/api/messages', headers: { 'content-type': rng.pick(['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/octet-stream', 'application/json; charset=latin1', '', 'x/y; a=%']), ...oddHeaders(rng) }, body };
  }
  if (kind < 6) {
    // Account pages, the SMS webhook and the token route with odd cookies, encodings and bodies.
    const path = rng.pick(['/compte/mot-de-passe-oublie', '/connexion/abc', `/compte/mot-de-passe/${'a'.repeat(43)}`, '/api/sms', '/api/webchat/token', '/paybox-sandbox/decision']);
    const body = rng.pick(['csrf=x&email=a%40b.fr&commune=carrieres-sous-poissy', 'a[b][c]=1&a[toString]=2', 'From=1&From=2&Body=x', '{"a":{"toString":1}}', '%%%', '']);
    return { method: 'POST', path, headers: { 'content-type': rng.pick(['application/x-www-form-urlencoded', 'application/json', 'text/plain']), cookie: rng.pick(['other=%E0%A4%A', 'ec_csrf=%; x', '=%%; ec_csrf', `ec_csrf=${'a'.repeat(43)}`, 'a'.repeat(4000)]), ...oddHeaders(rng) }, body };
  }
  if (kind < 7) return { method: 'POST', path: `${dl}/activities`, headers: { 'content-type': 'application/json', authorization: auth }, body: rng.next() < 0.1 ? 'x'.repeat(rng.int(400_000)) : json(activity()) };
  if (kind < 8) return { method: 'GET', path: `${dl}/activities?watermark=${encodeURIComponent(String(rng.pick(['-1', 'abc', '1e20', '0', '', '99999999', '%00'])))}`, headers: { authorization: auth } };
  if (kind < 9) return { method: rng.pick(['POST', 'GET', 'DELETE', 'PUT']), path: rng.pick(['/api/webchat/token', '/v3/directline/tokens/refresh', '/v3/directline/conversations', dl, '/nope', '/api/sms', '/paiement/x', '/%E0%A4%A']), headers: { 'content-type': 'application/json', authorization: auth }, body: json(rng.pick(WEIRD)) };
  return { method: 'POST', path: '/api/webchat/token', headers: { 'content-type': 'application/json' }, body: rng.pick(['{', json({ commune: rng.pick(WEIRD) }), json({ locale: 'x'.repeat(500) })]) };
}

/** Headers a client may send that the bot does not expect: encodings, lengths, forwarded addresses. */
function oddHeaders(rng: ReturnType<typeof random>): Record<string, string> {
  const h: Record<string, string> = {};
  if (rng.next() < 0.3) h['content-encoding'] = rng.pick(['gzip', 'deflate', 'br', 'identity', 'gzip, gzip', 'x-unknown']);
  if (rng.next() < 0.2) h['x-forwarded-for'] = rng.pick(['1.2.3.4', 'unknown, ::1', '%', 'x'.repeat(300)]);
  if (rng.next() < 0.1) h['content-md5'] = 'not-a-digest';
  return h;
}

/** A raw WebSocket upgrade on a path; resolves when the server answered or closed. */
function upgrade(port: number, pathname: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(`GET ${pathname} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`));
    socket.on('data', () => socket.destroy());
    socket.on('error', () => undefined);
    socket.on('close', () => resolve());
    setTimeout(() => socket.destroy(), 2000);
  });
}
const UPGRADE_PATHS = ['//[', '/%', 'http://[', '/v3/directline/conversations/%zz/stream?t=%', `/v3/directline/conversations/${'a'.repeat(32)}/stream?t=x`, '/v3/directline/conversations/x/stream', '*', '/\u0000'];

let bot: Started;
afterAll(() => bot?.stop());

it(`answers ${CALLS} generated bad calls without a 5xx or a crash, and its memory settles`, async () => {
  const config = tempConfig();
  bot = await startProcess(path.join(ROOT, 'src', 'index.ts'), { DATA_DIR: config.dataDir, LOG_LEVEL: 'silent', JOBS: 'off', PASSWORD_COST: '14', CHAT_TOKENS_PER_MINUTE: '1000' }, ['-r', path.join(ROOT, 'test', 'support', 'tsRegister.js')]);
  const base = `http://127.0.0.1:${bot.port}`;
  // The date recognizer compiles in a worker thread of the same process (tens of MB), 2 s after the
  // server listens: awaited (the process's memory steady) before memory is measured.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  for (let previous = 0, i = 0; i < 60; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = rssMb(bot.child.pid);
    if (previous && Math.abs(now - previous) < previous * 0.01) break;
    previous = now;
  }
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
  // WebSocket upgrades on paths that are not URLs or not streams.
  for (let i = 0; i < 100; i++) await upgrade(bot.port, rng.pick(UPGRADE_PATHS));
  console.log(`fuzz: ${CALLS} calls and 100 upgrades; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((x, y) => x[0] - y[0])))}`);
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
