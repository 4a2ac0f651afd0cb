/**
 * The chat page on Azure Bot Service's Direct Line (DIRECT_LINE_SECRET): the bot's token endpoint
 * asks Azure for a token with the secret (a local stand-in for Azure, at DIRECT_LINE_DOMAIN), the
 * page is pointed at Azure and the bot's own Direct Line routes are off. A reload keeps the
 * conversation through Azure's refresh; a refused old token gets a new conversation; Azure down,
 * a refused secret or a bad answer give 502, never the secret, never a crash.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixedClock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { tempConfig } from '../support/harness';

const SECRET = 'azure-direct-line-secret-for-tests';
interface Seen { path: string; authorization?: string; body: string }
let seen: Seen[] = [];
/** How the stand-in answers next: 'ok', 'refuse' (403), 'garbage' (200 with a wrong body) or 'down' (500). */
let mode: 'ok' | 'refuse' | 'garbage' | 'down' = 'ok';
let issued = 0;

const azure = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization, body });
    const auth = req.headers.authorization ?? '';
    const answer = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    if (mode === 'down') return answer(500, { error: { code: 'ServiceError' } });
    if (mode === 'garbage') return answer(200, { hello: 'world' });
    if (req.url === '/v3/directline/tokens/generate') {
      if (mode === 'refuse' || auth !== `Bearer ${SECRET}`) return answer(403, { error: { code: 'BadArgument' } });
      issued += 1;
      return answer(200, { conversationId: `azure-conv-${issued}`, token: `azure-token-${issued}`, expires_in: 1800 });
    }
    if (req.url === '/v3/directline/tokens/refresh') {
      const m = /^Bearer azure-token-(\d+)$/.exec(auth);
      if (!m) return answer(403, { error: { code: 'TokenExpired' } });
      return answer(200, { conversationId: `azure-conv-${m[1]}`, token: `azure-token-${m[1]}-refreshed`, expires_in: 1800 });
    }
    answer(404, {});
  });
});

let app: RunningApp;
let domain: string;
const base = () => `http://${app.host}:${app.port}`;
const token = (previous?: string) =>
  fetch(`${base()}/api/webchat/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(previous ? { authorization: `Bearer ${previous}` } : {}) },
    body: JSON.stringify({ commune: 'carrieres-sous-poissy', locale: 'fr-FR' }),
  });

beforeAll(async () => {
  await new Promise<void>((resolve) => azure.listen(0, '127.0.0.1', resolve));
  domain = `http://127.0.0.1:${(azure.address() as AddressInfo).port}/v3/directline`;
  app = await startSeededApp(tempConfig({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_DOMAIN: domain, CHAT_TOKENS_PER_MINUTE: '12' }), fixedClock('2026-11-18T14:00:00Z'));
});
afterAll(async () => {
  await app.stop();
  await new Promise((resolve) => azure.close(resolve));
});
beforeEach(() => {
  seen = [];
  mode = 'ok';
});

it('asks Azure for a token with the secret, for a user id of its own, and never gives the page the secret', async () => {
  const res = await token();
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  const text = await res.text();
  expect(text).not.toContain(SECRET);
  const grant = JSON.parse(text) as { token: string; conversationId: string; userId: string; expires_in: number };
  expect(grant).toMatchObject({ token: expect.stringMatching(/^azure-token-\d+$/), conversationId: expect.stringMatching(/^azure-conv-\d+$/), expires_in: 1800 });
  expect(grant.userId).toMatch(/^web-[0-9a-f]{24}$/);
  expect(seen).toHaveLength(1);
  expect(seen[0]).toMatchObject({ path: '/v3/directline/tokens/generate', authorization: `Bearer ${SECRET}` });
  expect(JSON.parse(seen[0]!.body)).toEqual({ user: { id: grant.userId } });
});

it('keeps the conversation after a reload (Azure refresh), and starts a new one when Azure refuses the old token', async () => {
  const first = (await (await token()).json()) as { token: string; conversationId: string };
  const again = (await (await token(first.token)).json()) as { token: string; conversationId: string };
  expect(again.conversationId).toBe(first.conversationId);
  expect(again.token).toBe(`${first.token}-refreshed`);
  expect(seen.map((s) => s.path)).toEqual(['/v3/directline/tokens/generate', '/v3/directline/tokens/refresh']);
  expect(seen[1]?.authorization).toBe(`Bearer ${first.token}`);

  seen = [];
  const fresh = (await (await token('a-token-azure-no-longer-knows')).json()) as { conversationId: string };
  expect(fresh.conversationId).not.toBe(first.conversationId);
  expect(seen.map((s) => s.path)).toEqual(['/v3/directline/tokens/refresh', '/v3/directline/tokens/generate']);
});

it.each([
  ['refuses the secret', 'refuse'],
  ['answers with an error', 'down'],
  ['answers something that is not a token', 'garbage'],
] as const)('answers 502 when Azure %s, and works again afterwards', async (_what, how) => {
  mode = how;
  const res = await token();
  expect(res.status).toBe(502);
  const body = (await res.json()) as { error: { code: string } };
  expect(body.error.code).toBe('ServiceUnavailable');
  expect(JSON.stringify(body)).not.toContain(SECRET);
  mode = 'ok';
  expect((await token()).status).toBe(200);
});

it('points the page at Azure (policy included) and leaves the bot\'s own Direct Line off', async () => {
  const page = await fetch(`${base()}/?commune=carrieres-sous-poissy`);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain(`"domain":"${domain}"`);
  const policy = page.headers.get('content-security-policy') ?? '';
  expect(policy).toContain(`connect-src 'self' ${new URL(domain).origin} ${new URL(domain).origin.replace('http', 'ws')}`);
  const own = await fetch(`${base()}/v3/directline/conversations`, { method: 'POST' });
  expect(own.status).toBe(404);
});

it('limits tokens per address with 429 and Retry-After, Azure asked no more', async () => {
  let last: Response | undefined;
  for (let i = 0; i < 20 && last?.status !== 429; i++) last = await token();
  expect(last?.status).toBe(429);
  expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
  const asked = seen.length;
  expect((await token()).status).toBe(429);
  expect(seen.length).toBe(asked);
});
