/**
 * The bot's own Direct Line over HTTP and WebSocket, as Web Chat uses it: a token, the welcome once,
 * a message echoed then answered, watermarks, the stream, a restart on the same data folder, a
 * proactive message, and every refusal (no token, another conversation's token, forged or expired
 * token, oversized or malformed activity, floods) with its status and no harm to other conversations.
 */
import WebSocket from 'ws';
import { fixedClock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { conversationNotifier } from '../../src/bot/notifier';
import { DIRECT_LINE_SERVICE_URL } from '../../src/directline/directLineAdapter';
import { tempConfig } from '../support/harness';
import type { Config } from '../../src/config';
import { signToken } from '../../src/domain/signedToken';
import { sql } from 'drizzle-orm';
import { run } from '../support/sql';

interface Activity {
  id?: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  channelData?: Record<string, unknown>;
  attachments?: unknown[];
}

let config: Readonly<Config>;
let app: RunningApp;
const clock = fixedClock('2026-11-18T14:00:00Z');
const base = () => `http://${app.host}:${app.port}`;

beforeAll(async () => {
  config = tempConfig({ CHAT_TOKENS_PER_MINUTE: '5' });
  app = await startSeededApp(config, clock);
});
afterAll(() => app.stop());

async function call(method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(`${base()}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
}

interface Grant { token: string; conversationId: string; userId: string }
async function grant(previous?: string, commune = 'carrieres-sous-poissy'): Promise<Grant> {
  const res = await call('POST', '/api/webchat/token', previous, { commune, locale: 'fr-FR' });
  expect(res.status).toBe(200);
  return res.json as unknown as Grant;
}
const activitiesOf = async (g: Grant, watermark?: number) => {
  const res = await call('GET', `/v3/directline/conversations/${g.conversationId}/activities${watermark !== undefined ? `?watermark=${watermark}` : ''}`, g.token);
  expect(res.status).toBe(200);
  return res.json as { activities: Activity[]; watermark: string };
};
const send = (g: Grant, activity: Record<string, unknown>) => call('POST', `/v3/directline/conversations/${g.conversationId}/activities`, g.token, { type: 'message', from: { id: 'whoever' }, ...activity });

/** A conversation started (welcome received); token endpoint calls are counted, so tests share a few. */
async function started(): Promise<Grant> {
  const g = await grant();
  const res = await call('POST', '/v3/directline/conversations', g.token);
  expect(res.status).toBe(201);
  return g;
}

let main: Grant;
let other: Grant;

it('gives a token, starts the conversation with the welcome once, and answers a message after echoing it', async () => {
  main = await started();
  const first = await activitiesOf(main);
  expect(first.activities.map((a) => a.text).join('\n')).toContain('Bonjour ! Je suis l\'assistant de l\'Espace Citoyens de Carrières-sous-Poissy.');
  expect(first.activities.every((a) => a.from.role === 'bot')).toBe(true);

  // Starting again (a second tab, a retry) does not greet twice.
  const again = await call('POST', '/v3/directline/conversations', main.token);
  expect(again.status).toBe(200);
  expect(String(again.json.streamUrl)).toMatch(new RegExp(`^ws://[^/]+/v3/directline/conversations/${main.conversationId}/stream\\?t=`));
  expect((await activitiesOf(main)).activities).toHaveLength(first.activities.length);

  const posted = await send(main, { text: 'horaires de la mairie', channelData: { clientActivityID: 'client-1' } });
  expect(posted.status).toBe(200);
  const after = await activitiesOf(main, Number(first.watermark));
  const [echo, ...replies] = after.activities;
  expect(echo).toMatchObject({ id: posted.json.id, text: 'horaires de la mairie', from: { id: main.userId, role: 'user' }, channelData: { clientActivityID: 'client-1', commune: 'carrieres-sous-poissy' } });
  expect(replies.map((a) => a.text).join('\n')).toContain("Horaires de l'Hôtel de Ville");
  expect(Number(after.watermark)).toBe(Number(first.watermark) + after.activities.length);
  expect((await activitiesOf(main, Number(after.watermark))).activities).toEqual([]);
});

it('refuses calls without a token, with a forged or another conversation\'s token, and unknown conversations', async () => {
  other = await started();
  const path = `/v3/directline/conversations/${main.conversationId}/activities`;
  expect((await call('GET', path)).status).toBe(401);
  expect((await call('POST', path, undefined, { type: 'message', text: 'x' })).status).toBe(401);
  const stranger = await call('POST', path, other.token, { type: 'message', text: 'je lis la conversation d\'un autre' });
  expect(stranger.status).toBe(403);
  expect(stranger.json).toEqual({ error: { code: 'BadToken', message: 'The token is for another conversation.' } });
  expect((await call('GET', path, other.token)).status).toBe(403);
  const forged = `${main.token.slice(0, -4)}AAAA`;
  expect((await call('GET', path, forged)).status).toBe(403);
  expect((await call('POST', '/v3/directline/tokens/refresh', forged)).status).toBe(403);
  const unknown = signToken(app.core.secret, 'directline', ['f'.repeat(32), 'web-0'], new Date('2026-11-18T15:00:00Z'));
  expect((await call('GET', `/v3/directline/conversations/${'f'.repeat(32)}/activities`, unknown)).status).toBe(404);
  const expired = signToken(app.core.secret, 'directline', [main.conversationId, main.userId], new Date('2026-11-18T13:59:00Z'));
  expect(await call('GET', path, expired)).toMatchObject({ status: 403, json: { error: { code: 'TokenExpired' } } });
  // Nothing of the stranger's reached the conversation.
  expect((await activitiesOf(main)).activities.some((a) => a.text?.includes('un autre'))).toBe(false);
});

it('refuses oversized and malformed activities with 413 and 400, and the conversation goes on', async () => {
  const before = Number((await activitiesOf(main)).watermark);
  const big = await send(main, { text: 'a'.repeat(3000), value: { padding: 'x'.repeat(40_000) } });
  expect(big.status).toBe(413);
  expect(big.json).toMatchObject({ error: { code: 'MessageSizeTooBig' } });
  expect((await call('POST', `/v3/directline/conversations/${main.conversationId}/activities`, main.token, 'x'.repeat(300 * 1024))).status).toBe(413);
  for (const bad of [{ type: 'invoke', text: 'x' }, { type: 'message' }, { type: 'message', text: 'y'.repeat(4001) }, { type: 'message', text: 'ok', locale: '<script>' }]) {
    const res = await send(main, bad);
    expect([res.status, res.json.error]).toEqual([400, expect.objectContaining({ code: 'BadArgument' })]);
  }
  expect((await call('POST', `/v3/directline/conversations/${main.conversationId}/activities`, main.token, '{not json')).status).toBe(400);
  expect(Number((await activitiesOf(main)).watermark)).toBe(before);
  expect((await send(main, { text: 'menu' })).status).toBe(200);
});

it('keeps attachments a page posts as an activity out of the bot (files come through the upload route only)', async () => {
  const posted = await send(main, { text: 'bonjour', attachments: [{ contentType: 'application/pdf', contentUrl: 'http://169.254.169.254/latest' }] });
  expect(posted.status).toBe(200);
  const echo = (await activitiesOf(main)).activities.find((a) => a.id === posted.json.id);
  expect(echo?.attachments).toBeUndefined();
  // The upload route reads multipart only (test/e2e/uploads.test.ts).
  expect((await call('POST', `/v3/directline/conversations/${main.conversationId}/upload`, main.token, {})).status).toBe(415);
});

it('streams the history after the watermark, then each new message, over a WebSocket', async () => {
  const opened = await call('GET', `/v3/directline/conversations/${other.conversationId}?watermark=1`, other.token);
  expect(opened.status).toBe(200);
  const url = String(opened.json.streamUrl);
  expect(url).toContain('watermark=1');
  const ws = new WebSocket(url);
  const received: Array<{ activities: Activity[]; watermark?: string }> = [];
  ws.on('message', (data) => received.push(JSON.parse(String(data))));
  await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
  await waitFor(() => received.length > 0);
  expect(received[0]?.activities[0]?.text).toBe('Que souhaitez-vous faire ?');
  await send(other, { text: 'contact' });
  const all = () => received.flatMap((m) => m.activities);
  await waitFor(() => all().findIndex((a) => a.text === 'contact') >= 0 && all().slice(all().findIndex((a) => a.text === 'contact')).some((a) => a.from.role === 'bot'));
  expect(all().find((a) => a.text === 'contact')?.from.role).toBe('user');
  expect(new Set(all().map((a) => a.id)).size).toBe(all().length);
  ws.close();
});

it('refuses a stream without a valid token for that conversation', async () => {
  const tryOpen = (url: string) => new Promise<number>((resolve) => {
    const ws = new WebSocket(url);
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('open', () => { ws.close(); resolve(101); });
    ws.on('error', () => undefined);
  });
  const wsBase = base().replace('http', 'ws');
  expect(await tryOpen(`${wsBase}/v3/directline/conversations/${main.conversationId}/stream`)).toBe(401);
  expect(await tryOpen(`${wsBase}/v3/directline/conversations/${main.conversationId}/stream?t=${encodeURIComponent(other.token)}`)).toBe(403);
  expect(await tryOpen(`${wsBase}/v3/elsewhere`)).toBe(404);
});

it('tells a proactive message into a web chat conversation (an agent\'s decision, a reminder)', async () => {
  const before = Number((await activitiesOf(other)).watermark);
  const notifier = conversationNotifier(app.core);
  const reference = { channelId: 'webchat', serviceUrl: DIRECT_LINE_SERVICE_URL, conversation: { id: other.conversationId }, user: { id: other.userId }, bot: { id: 'espace-citoyens' } };
  const told = await notifier.tell({ channelId: 'webchat', reference } as never, { reference: 'CSP-2026-000001', kind: 'family_booklet', status: 'completed', message: 'Votre acte est prêt.' } as never, 'fr-FR');
  expect(told).toBe(true);
  const after = await activitiesOf(other, before);
  expect(after.activities.map((a) => a.text).join('\n')).toContain('Votre acte est prêt.');
  const gone = await notifier.tell({ channelId: 'webchat', reference: { ...reference, conversation: { id: 'f'.repeat(32) } } } as never, { reference: 'X', kind: 'family_booklet', status: 'completed' } as never, 'fr-FR');
  expect(gone).toBe(false);
});

it('limits new conversations per address and messages per conversation with 429 and Retry-After', async () => {
  // Five tokens a minute in this test's configuration; two were taken above.
  const statuses: number[] = [];
  for (let i = 0; i < 4; i += 1) statuses.push((await call('POST', '/api/webchat/token', undefined, {})).status);
  expect(statuses).toEqual([200, 200, 200, 429]);
  const refused = await call('POST', '/api/webchat/token', undefined, {});
  expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);

  const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => send(other, { type: 'typing', text: String(i) })));
  const codes = burst.map((r) => r.status);
  expect(codes.filter((s) => s === 429).length).toBeGreaterThan(0);
  expect(codes.every((s) => s === 200 || s === 429)).toBe(true);
  // The flood of one conversation does not touch another.
  expect((await send(main, { text: 'menu' })).status).toBe(200);
});

it('keeps the conversation across a restart: the same token works and the history is there', async () => {
  const before = await activitiesOf(main);
  await app.stop();
  app = await startSeededApp(config, clock);
  // The limit on new chats is counted in the store: the restart did not give this address a fresh one.
  expect((await call('POST', '/api/webchat/token', undefined, {})).status).toBe(429);
  await run(app.core, sql`delete from rate_limits`);
  const after = await activitiesOf(main);
  expect(after.activities.map((a) => a.id)).toEqual(before.activities.map((a) => a.id));
  // A reload presents the stored token: same conversation, a fresh token, no second welcome.
  const reloaded = await grant(main.token);
  expect(reloaded.conversationId).toBe(main.conversationId);
  expect((await call('GET', `/v3/directline/conversations/${main.conversationId}`, reloaded.token)).status).toBe(200);
  const posted = await send(reloaded, { text: 'contact' });
  expect(posted.status).toBe(200);
  const next = await activitiesOf(reloaded, Number(after.watermark));
  expect(next.activities[0]?.text).toBe('contact');
  expect(next.activities.slice(1).map((a) => a.text).join('\n')).not.toContain('Bonjour !');
});

it('serves the chat page in French with the commune, its colour, a strict policy and the bundle', async () => {
  const page = await fetch(`${base()}/?commune=carrieres-sous-poissy`);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('<html lang="fr">');
  expect(html).toContain('<title>Assistant de Carrières-sous-Poissy</title>');
  expect(html).toContain('--accent:#00626e');
  expect(html).toMatch(new RegExp(`<button type="button" id="large" aria-pressed="false">.*${app.core.texts.for('fr')('webchat.large')}`));
  const csp = page.headers.get('content-security-policy') ?? '';
  const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  const bundleUrl = new RegExp(`<script nonce="${(nonce as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" src="(/webchat/webchat\\.[0-9a-f]{12}\\.js)"></script>`).exec(html)?.[1];
  expect(bundleUrl).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'self'");
  expect(csp).not.toContain('unsafe-inline');
  // Unknown commune: the page without one (the bot asks).
  expect(await (await fetch(`${base()}/?commune=nulle-part`)).text()).toContain('<title>Assistant de votre commune</title>');
  const bundle = await fetch(`${base()}${bundleUrl}`);
  expect(bundle.status).toBe(200);
  expect(bundle.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
  const embed = await (await fetch(`${base()}/embed.js`)).text();
  expect(embed).toContain('"Assistant de la commune : conversation"');
  expect(embed).not.toContain('__FRAME_TITLE__');
});

async function waitFor(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
