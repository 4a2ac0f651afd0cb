/**
 * The authenticator app as second factor (TOTP, RFC 6238), over HTTP: enrolled from « Sécurité »
 * (stored sealed only after a right code), then asked at sign-in instead of a mailed code, one step
 * early or late, never twice; wrong codes lock as the mailed ones do; removed with the password;
 * reset by `admin agent reset-2fa`. Codes are computed here with otpauth, on the test's clock.
 */
import { sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import type { Clock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { agentHttp, AGENT_PASSWORD } from '../support/agentHttp';
import { tempConfig } from '../support/harness';
import { oneOf, rowsOf } from '../support/sql';

let app: RunningApp;
let config: ReturnType<typeof tempConfig>;
let now = new Date('2026-11-18T14:00:10Z');
const clock: Clock = { now: () => now };
const http = agentHttp(() => app, () => config);
const EMAIL = 'securite@example.org';
let secret = '';

/** The app's code at the test's clock, `steps` 30-second steps away. */
const code = (steps = 0) => new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: now.getTime() + steps * 30_000 });
const later = (seconds: number) => void (now = new Date(now.getTime() + seconds * 1000));
const stored = () => oneOf<{ totp_secret: string | null; totp_last_step: number | null; totp_enrolled_at: string | null }>(app.core, sql`select totp_secret, totp_last_step, totp_enrolled_at from agents where email = ${EMAIL}`);
const audit = (action: string) => rowsOf<{ actor: string; details: unknown }>(app.core, sql`select actor, details from audit_log where action = ${action} order by id`);

beforeAll(async () => {
  config = tempConfig();
  app = await startSeededApp(config, clock);
  await http.addAgent('carrieres-sous-poissy', EMAIL, 'etat-civil');
});
afterAll(async () => {
  await app.stop();
});

/** The sealed value with one character in its middle changed (a full 6 bits of data, so never the same bytes). */
function altered(sealed: string): string {
  const at = Math.floor(sealed.length / 2);
  return `${sealed.slice(0, at)}${sealed[at] === 'A' ? 'B' : 'A'}${sealed.slice(at + 1)}`;
}

/** The secret shown on the page (groups of 4) and the sealed pending value. */
function shown(html: string): { secret: string; pending: string } {
  return { secret: (/<p class="code" lang="en">([A-Z2-7 ]+)<\/p>/.exec(html)?.[1] ?? '').replace(/ /g, ''), pending: /name="pending" value="([^"]+)"/.exec(html)?.[1] ?? '' };
}

it('enrols the app: the QR code and the key shown, nothing stored before a right code', async () => {
  const session = await http.signIn(EMAIL);
  const page = await http.get('/agents/securite', session.cookie);
  expect(page.status).toBe(200);
  expect(page.html).toMatch(/<svg role="img" aria-labelledby="qr-text"/);
  const first = shown(page.html);
  expect(first.secret).toMatch(/^[A-Z2-7]{32}$/);
  secret = first.secret;
  // A wrong code: shown again with the same key, nothing stored.
  const wrong = await http.post('/agents/securite/activer', { csrf: session.csrf, pending: first.pending, code: code() === '123456' ? '654321' : '123456' }, session.cookie);
  expect(wrong.status).toBe(422);
  expect(shown(wrong.html).secret).toBe(secret);
  // A pending value altered, or not sealed by the server: refused, a new key shown, nothing stored.
  const forged = await http.post('/agents/securite/activer', { csrf: session.csrf, pending: altered(first.pending), code: code() }, session.cookie);
  expect(forged.status).toBe(410);
  expect(shown(forged.html).secret).not.toBe(secret);
  // A forged form (no CSRF value): 403.
  expect((await http.post('/agents/securite/activer', { pending: first.pending, code: code() }, session.cookie)).status).toBe(403);
  expect(await stored()).toEqual({ totp_secret: null, totp_last_step: null, totp_enrolled_at: null });
  const done = await http.post('/agents/securite/activer', { csrf: session.csrf, pending: first.pending, code: code() }, session.cookie);
  expect(done.status).toBe(200);
  const row = await stored();
  expect(row?.totp_secret).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
  expect(row?.totp_secret).not.toContain(secret);
  expect(Number(row?.totp_last_step)).toBe(Math.floor(now.getTime() / 30_000));
  expect(row?.totp_enrolled_at).toBe(now.toISOString());
  expect((await audit('agent.totpEnrolled')).length).toBe(1);
  // The key is never shown again.
  const after = await http.get('/agents/securite', session.cookie);
  expect(after.html).not.toContain(secret.slice(0, 4) + ' ' + secret.slice(4, 8));
  expect(after.html).not.toContain('name="pending"');
  const everything = await rowsOf<{ details: string | null }>(app.core, sql`select cast(details as text) as details from audit_log`);
  expect(everything.filter((r) => r.details?.includes(secret))).toEqual([]);
});

it('asks the app\'s code at sign-in instead of mailing one; a code is taken once, one step early or late', async () => {
  const mailsBefore = http.mailsTo(EMAIL).length;
  const sent = await http.password(EMAIL);
  expect([sent.status, sent.location]).toEqual([303, '/agents/code']);
  expect(http.mailsTo(EMAIL).length).toBe(mailsBefore);
  const page = await http.get('/agents/code', sent.cookie);
  expect(page.html).toContain('autocomplete="one-time-code"');
  // The code used to enrol (same step): already taken.
  expect((await http.post('/agents/code', { csrf: page.csrf, code: code() }, sent.cookie)).status).toBe(401);
  expect((await audit('agent.totpReused')).length).toBe(1);
  // Two steps away: refused.
  later(90);
  expect((await http.post('/agents/code', { csrf: page.csrf, code: code(-2) }, sent.cookie)).status).toBe(401);
  expect((await http.post('/agents/code', { csrf: page.csrf, code: code(2) }, sent.cookie)).status).toBe(401);
  // One step late: accepted.
  const done = await http.post('/agents/code', { csrf: page.csrf, code: code(-1) }, sent.cookie);
  expect([done.status, done.location]).toEqual([303, '/agents']);
  expect((await http.get('/agents', sent.cookie)).status).toBe(200);
  expect(Number((await stored())?.totp_last_step)).toBe(Math.floor(now.getTime() / 30_000) - 1);
  const signedIn = (await audit('agent.signedIn')).map((r) => (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as { factor: string });
  expect(signedIn.at(-1)).toEqual({ factor: 'totp' });
  // The same code in another sign-in: refused.
  const again = await http.password(EMAIL);
  const againPage = await http.get('/agents/code', again.cookie);
  expect((await http.post('/agents/code', { csrf: againPage.csrf, code: code(-1) }, again.cookie)).status).toBe(401);
});

it('locks after 5 wrong app codes, as for the mailed code', async () => {
  later(60);
  const sent = await http.password(EMAIL);
  const page = await http.get('/agents/code', sent.cookie);
  const wrong = [code(), code(-1), code(1)].includes('000000') ? '999999' : '000000';
  for (let i = 0; i < 5; i++) expect((await http.post('/agents/code', { csrf: page.csrf, code: wrong }, sent.cookie)).status).toBe(401);
  expect((await http.post('/agents/code', { csrf: page.csrf, code: code() }, sent.cookie)).status).toBe(429);
  expect((await http.get('/agents', sent.cookie)).location).toBe('/agents/connexion');
  expect(Number((await stored())?.totp_last_step)).toBeLessThan(Math.floor(now.getTime() / 30_000));
});

it('counts wrong codes per agent too: new sessions opened with the password give no new tries within the hour', async () => {
  // Past the hour of the wrong codes before.
  later(3700);
  const wrong = [code(), code(-1), code(1)].includes('000000') ? '999999' : '000000';
  for (let s = 0; s < 2; s++) {
    const sent = await http.password(EMAIL);
    const page = await http.get('/agents/code', sent.cookie);
    for (let i = 0; i < 5; i++) expect((await http.post('/agents/code', { csrf: page.csrf, code: wrong }, sent.cookie)).status).toBe(401);
  }
  const third = await http.password(EMAIL);
  const page = await http.get('/agents/code', third.cookie);
  expect((await http.post('/agents/code', { csrf: page.csrf, code: code() }, third.cookie)).status).toBe(429);
  // An hour later, the right code opens a new session.
  later(3700);
  await http.signIn(EMAIL, () => code());
});

it('removes the app with the password; the code is mailed again', async () => {
  later(60);
  const session = await http.signIn(EMAIL, () => code());
  const page = await http.get('/agents/securite', session.cookie);
  expect(page.html).toContain('action="/agents/securite/retirer"');
  expect((await http.post('/agents/securite/retirer', { csrf: session.csrf, password: 'Pas-le-bon-2026!' }, session.cookie)).status).toBe(401);
  expect((await stored())?.totp_secret).not.toBeNull();
  expect((await http.post('/agents/securite/retirer', { csrf: session.csrf, password: AGENT_PASSWORD }, session.cookie)).status).toBe(200);
  expect(await stored()).toEqual({ totp_secret: null, totp_last_step: null, totp_enrolled_at: null });
  expect((await audit('agent.totpRemoved')).length).toBe(1);
  const mailsBefore = http.mailsTo(EMAIL).length;
  await http.signIn(EMAIL);
  expect(http.mailsTo(EMAIL).length).toBe(mailsBefore + 1);
});

it('resets the app of a lost phone by the admin command, ending the agent\'s sessions', async () => {
  later(60);
  const session = await http.signIn(EMAIL);
  const page = shown((await http.get('/agents/securite', session.cookie)).html);
  secret = page.secret;
  expect((await http.post('/agents/securite/activer', { csrf: session.csrf, pending: page.pending, code: code() }, session.cookie)).status).toBe(200);
  expect((await stored())?.totp_secret).not.toBeNull();
  const reset = await http.command('agent', 'reset-2fa', '--email', EMAIL.toUpperCase());
  expect(reset.code).toBe(0);
  expect(await stored()).toEqual({ totp_secret: null, totp_last_step: null, totp_enrolled_at: null });
  expect((await audit('agent.totpReset')).map((r) => r.actor)).toEqual(['admin']);
  // The phone may be in other hands: the sessions opened with it are over.
  expect((await http.get('/agents', session.cookie)).location).toBe('/agents/connexion');
  // Nothing to reset: said, nothing changed.
  expect((await http.command('agent', 'reset-2fa', '--email', EMAIL)).code).toBe(0);
  expect((await audit('agent.totpReset')).length).toBe(1);
});
