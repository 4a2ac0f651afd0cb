/**
 * Over HTTP, with a real SMTP server: the password is chosen on the bot's page by a one-time
 * link, the sign-in card opens the bot's sign-in page which hands the conversation a code,
 * « mot de passe oublié » mails a reset link. Cross-site posts, reused and expired links, wrong
 * passwords and unknown e-mails are refused; no password ever reaches the logs or the database.
 */
import fs from 'node:fs';
import type { Clock } from '../../src/domain/clock';
import { readLocaleFile } from '../../src/i18n';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { tempConfig } from '../support/harness';
import { startSmtp, type TestSmtp } from '../support/smtp';
import { sql } from 'drizzle-orm';
import { oneOf, rowsOf } from '../support/sql';

let smtp: TestSmtp;
let mails: string[];
let app: RunningApp;
let now = new Date('2026-11-18T14:00:00Z');
const clock: Clock = { now: () => now };
const logs: string[] = [];

beforeAll(async () => {
  smtp = await startSmtp();
  mails = smtp.mails;
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logs.push(String(chunk));
    return true;
  });
  app = await startSeededApp(tempConfig({ SMTP_URL: smtp.url, LOG_LEVEL: 'debug' }), clock);
});
afterAll(async () => {
  jest.restoreAllMocks();
  await app.stop();
  await smtp.close();
});

interface Reply {
  text: string;
  urls: string[];
}

let conversation = 0;
function converse(user: string, channelId = 'webchat') {
  const id = `conv-${++conversation}`;
  return async (text: string): Promise<Reply> => {
    const res = await fetch(`http://${app.host}:${app.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', channelId, serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies', locale: 'fr-FR',
        conversation: { id }, from: { id: user }, recipient: { id: 'bot' }, text, channelData: { commune: 'carrieres-sous-poissy' },
      }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: Array<{ text?: string; attachments?: Array<{ content?: { actions?: Array<{ url?: string }> } }> }> };
    const urls = body.activities.flatMap((a) => (a.attachments ?? []).flatMap((at) => (at.content?.actions ?? []).map((x) => x.url ?? '')));
    const all = body.activities.map((a) => a.text ?? '').join('\n');
    return { text: all, urls: [...urls, ...(all.match(/https?:\/\/\S+/g) ?? [])] };
  };
}

const base = () => `http://${app.host}:${app.port}`;
const codeIn = (mail: string | undefined) => /: (\d{6})\b/.exec(mail ?? '')?.[1] ?? '';
const linkIn = (mail: string | undefined) => /(http:\/\/\S+\/compte\/mot-de-passe\/[A-Za-z0-9_-]{43})/.exec(mail ?? '')?.[1] ?? '';

/** Opens a page with a form: its status, text, CSRF cookie and hidden value. */
async function openForm(url: string): Promise<{ status: number; html: string; cookie: string; csrf: string }> {
  const res = await fetch(url);
  const html = await res.text();
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  return { status: res.status, html, cookie, csrf };
}

async function postForm(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<{ status: number; html: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString(), redirect: 'manual' });
  return { status: res.status, html: (await res.text()).replace(/&#39;/g, "'") };
}

const GOOD = 'Ma-ville-2026!';
const NEWER = 'Le chat dort sur le muret du jardin';

async function createAccount(): Promise<string> {
  const say = converse('julie-web');
  await say('bonjour');
  await say('1');
  for (const answer of ['Madame', 'Durand', 'Julie', 'julie.durand@example.org', '06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy']) await say(answer);
  await say('oui');
  const signedIn = await say(codeIn(mails.at(-1)));
  expect(signedIn.text).toContain('Bonjour Madame DURAND');
  expect(signedIn.text).toContain(readLocaleFile(`${__dirname}/../../locales`, 'fr')['createAccount.passwordLink']?.split('.')[0]);
  const link = signedIn.urls.find((u) => u.includes('/compte/mot-de-passe/'));
  expect(link).toBeDefined();
  return link as string;
}

let passwordLink = '';

it('creates an account whose password is chosen on the page, by a one-time link, with the CNIL rule and CSRF protection', async () => {
  passwordLink = await createAccount();
  const form = await openForm(passwordLink);
  expect(form.status).toBe(200);
  expect(form.html).toContain('<html lang="fr">');
  expect(form.html).toContain('<label for="password">Nouveau mot de passe</label>');
  expect(form.html).toContain('Au moins 12 caractères');
  expect(form.cookie).toMatch(/^ec_csrf=[A-Za-z0-9_-]{43}$/);

  // A cross-site post: no cookie, or another origin, or a value that does not match.
  expect((await postForm(passwordLink, { csrf: form.csrf, password: GOOD, confirmation: GOOD })).status).toBe(403);
  expect((await postForm(passwordLink, { csrf: form.csrf, password: GOOD, confirmation: GOOD }, { cookie: form.cookie, origin: 'https://evil.example' })).status).toBe(403);
  expect((await postForm(passwordLink, { csrf: 'x'.repeat(43), password: GOOD, confirmation: GOOD }, { cookie: form.cookie })).status).toBe(403);

  const weak = await postForm(passwordLink, { csrf: form.csrf, password: 'soleil', confirmation: 'soleil' }, { cookie: form.cookie });
  expect(weak.status).toBe(422);
  expect(weak.html).toContain('trop court');
  expect(weak.html).toContain('role="alert"');
  const personal = await postForm(passwordLink, { csrf: form.csrf, password: 'Durand-2026-ok!', confirmation: 'Durand-2026-ok!' }, { cookie: form.cookie });
  expect(personal.html).toContain('contient votre nom');
  const mismatch = await postForm(passwordLink, { csrf: form.csrf, password: GOOD, confirmation: `${GOOD}x` }, { cookie: form.cookie });
  expect(mismatch.status).toBe(422);
  expect(mismatch.html).toContain('ne sont pas identiques');

  const done = await postForm(passwordLink, { csrf: form.csrf, password: GOOD, confirmation: GOOD }, { cookie: form.cookie, origin: base() });
  expect(done.status).toBe(200);
  expect(done.html).toContain('Votre mot de passe est enregistré');
  // The link worked once.
  expect((await openForm(passwordLink)).status).toBe(410);
  expect((await postForm(passwordLink, { csrf: form.csrf, password: GOOD, confirmation: GOOD }, { cookie: form.cookie })).html).toContain('a déjà servi');
  const account = await app.core.service.passwords.open('x'.repeat(43), 'set_password');
  expect(account).toEqual({ ok: false, reason: 'invalid' });
});

it('signs in with the password on the bot\'s page, which hands the conversation a code', async () => {
  const say = converse('julie-other-device');
  await say('bonjour');
  const asked = await say('Me connecter');
  expect(asked.text).toContain('Quelle est l\'adresse e-mail de votre espace ?');
  const pageUrl = asked.urls.find((u) => u.includes('/connexion/'));
  expect(pageUrl).toBeDefined();
  const form = await openForm(pageUrl as string);
  expect(form.html).toContain('autocomplete="current-password"');
  expect(form.html).toContain('/compte/mot-de-passe-oublie?commune=carrieres-sous-poissy');

  const wrong = await postForm(pageUrl as string, { csrf: form.csrf, email: 'julie.durand@example.org', password: 'Pas-le-bon-2026!' }, { cookie: form.cookie });
  expect(wrong.status).toBe(401);
  expect(wrong.html).toContain('ne correspond pas');
  expect(wrong.html).toContain('value="julie.durand@example.org"'); // what was typed is kept
  // An unknown e-mail gets the same answer.
  const unknown = await postForm(pageUrl as string, { csrf: form.csrf, email: 'personne@example.org', password: GOOD }, { cookie: form.cookie });
  expect(unknown.status).toBe(401);
  expect(unknown.html.replace(/value="[^"]*"/g, '')).toBe(wrong.html.replace(/value="[^"]*"/g, ''));

  const right = await postForm(pageUrl as string, { csrf: form.csrf, email: 'julie.durand@example.org', password: GOOD }, { cookie: form.cookie });
  expect(right.status).toBe(200);
  const code = /class="code"[^>]*>(\d{3}) (\d{3})</.exec(right.html)?.slice(1).join('') ?? '';
  expect(code).toMatch(/^\d{6}$/);
  expect((await openForm(pageUrl as string)).status).toBe(410);

  // The code is for this conversation's user only.
  const thief = converse('someone-else');
  await thief('bonjour');
  await thief('Me connecter');
  expect((await thief(code)).text).toContain('Je n\'attends pas encore de code');

  const welcome = await say(code);
  expect(welcome.text).toContain('Bonjour Madame DURAND — dernière connexion le 18/11/2026 à 15:00.');
  expect((await say('me déconnecter')).text).toContain('déconnecté');
});

it('a sign-in link expires after 15 minutes, and the page code after 5', async () => {
  const say = converse('julie-late');
  await say('bonjour');
  const asked = await say('Me connecter');
  const pageUrl = asked.urls.find((u) => u.includes('/connexion/')) as string;
  const form = await openForm(pageUrl);
  now = new Date(now.getTime() + 16 * 60_000);
  const late = await postForm(pageUrl, { csrf: form.csrf, email: 'julie.durand@example.org', password: GOOD }, { cookie: form.cookie });
  expect(late.status).toBe(410);
  expect(late.html).toContain('a expiré');

  const again = await say('Me connecter');
  const fresh = again.urls.find((u) => u.includes('/connexion/')) as string;
  const form2 = await openForm(fresh);
  const right = await postForm(fresh, { csrf: form2.csrf, email: 'julie.durand@example.org', password: GOOD }, { cookie: form2.cookie });
  const code = /class="code"[^>]*>(\d{3}) (\d{3})</.exec(right.html)?.slice(1).join('') ?? '';
  now = new Date(now.getTime() + 6 * 60_000);
  expect((await say(code)).text).toContain('Je n\'attends pas encore de code');
});

it('after 5 wrong passwords the account is locked on the page for 15 minutes, even with the right one', async () => {
  const say = converse('attacker');
  await say('bonjour');
  for (let i = 0; i < 5; i++) {
    const asked = await say('Me connecter');
    const url = asked.urls.find((u) => u.includes('/connexion/')) as string;
    const form = await openForm(url);
    expect((await postForm(url, { csrf: form.csrf, email: 'julie.durand@example.org', password: `Devine-${i}-2026!` }, { cookie: form.cookie })).status).toBe(401);
  }
  const asked = await say('Me connecter');
  const url = asked.urls.find((u) => u.includes('/connexion/')) as string;
  const form = await openForm(url);
  const locked = await postForm(url, { csrf: form.csrf, email: 'julie.durand@example.org', password: GOOD }, { cookie: form.cookie });
  expect(locked.status).toBe(429);
  expect(locked.html).toContain('Trop d\'essais avec ce compte');
  now = new Date(now.getTime() + 16 * 60_000);
  const later = (await say('Me connecter')).urls.find((u) => u.includes('/connexion/')) as string;
  const form2 = await openForm(later);
  expect((await postForm(later, { csrf: form2.csrf, email: 'julie.durand@example.org', password: GOOD }, { cookie: form2.cookie })).status).toBe(200);
});

it('« mot de passe oublié » mails a reset link (same answer for an unknown e-mail); the old password stops working', async () => {
  const before = mails.length;
  const say = converse('julie-forgot');
  await say('bonjour');
  const asked = await say('j\'ai oublié mon mot de passe');
  expect(asked.text).toContain('un code reçu par e-mail suffit');
  const sent = await say('julie.durand@example.org');
  expect(sent.text).toContain('Si un espace existe avec l\'adresse julie.durand@example.org');
  expect(mails).toHaveLength(before + 1);
  expect(mails.at(-1)).toContain('Subject: =?UTF-8?');
  const reset = linkIn(mails.at(-1));
  expect(reset).not.toBe('');

  // An unknown address: the same words, no mail.
  await say('mot de passe oublié');
  const unknown = await say('inconnu@example.org');
  expect(unknown.text.replace('inconnu@example.org', 'julie.durand@example.org')).toBe(sent.text);
  expect(mails).toHaveLength(before + 1);

  // The page's own form.
  const page = await openForm(`${base()}/compte/mot-de-passe-oublie?commune=carrieres-sous-poissy`);
  expect((await postForm(`${base()}/compte/mot-de-passe-oublie`, { csrf: page.csrf, commune: 'carrieres-sous-poissy', email: 'pas-une-adresse' }, { cookie: page.cookie })).status).toBe(422);
  const viaPage = await postForm(`${base()}/compte/mot-de-passe-oublie`, { csrf: page.csrf, commune: 'carrieres-sous-poissy', email: 'julie.durand@example.org' }, { cookie: page.cookie });
  // the page says the link is sent (its first sentence: the rest fills in the minutes)
  expect(viaPage.html).toContain(readLocaleFile(`${__dirname}/../../locales`, 'fr')['web.forgot.sent']?.split('.')[0]);
  expect(mails).toHaveLength(before + 2);
  expect((await openForm(`${base()}/compte/mot-de-passe-oublie?commune=nulle-part`)).status).toBe(404);

  // The newest link replaced the first one.
  expect((await openForm(reset)).status).toBe(410);
  const newest = linkIn(mails.at(-1));
  const form = await openForm(newest);
  expect((await postForm(newest, { csrf: form.csrf, password: NEWER, confirmation: NEWER }, { cookie: form.cookie })).status).toBe(200);

  const again = converse('julie-after-reset');
  await again('bonjour');
  const url = (await again('Me connecter')).urls.find((u) => u.includes('/connexion/')) as string;
  const f = await openForm(url);
  expect((await postForm(url, { csrf: f.csrf, email: 'julie.durand@example.org', password: GOOD }, { cookie: f.cookie })).status).toBe(401);
  expect((await postForm(url, { csrf: f.csrf, email: 'julie.durand@example.org', password: NEWER }, { cookie: f.cookie })).status).toBe(200);
});

it('keeps every password out of the logs and the database', async () => {
  expect(logs.join('')).toContain('"password.set"');
  const stored = await storedBytes();
  for (const secret of [GOOD, NEWER, 'Pas-le-bon-2026!', 'Devine-0-2026!']) {
    expect(stored.includes(secret)).toBe(false);
    expect(logs.join('')).not.toContain(secret);
  }
  const hash = await oneOf<{ h: string }>(app.core, sql`select password_hash as h from accounts where email = 'julie.durand@example.org'`);
  expect(hash?.h).toMatch(/^scrypt\$14\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
});

/** Everything the database holds: the SQLite file and its log, or on PostgreSQL every row of every table as text. */
async function storedBytes(): Promise<Buffer> {
  const file = app.core.config.databaseFile;
  if (app.core.store.kind === 'sqlite') return Buffer.concat([fs.readFileSync(file), fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
  const tables = await rowsOf<{ name: string }>(app.core, sql`select table_name as name from information_schema.tables where table_schema = 'public'`);
  expect(tables.length).toBeGreaterThan(20);
  const texts = await Promise.all(tables.map(async ({ name }) => (await rowsOf<{ row: string }>(app.core, sql`select t::text as row from ${sql.identifier(name)} t`)).map((r) => r.row).join('\n')));
  expect(texts.join('\n')).toContain('julie.durand@example.org');
  return Buffer.from(texts.join('\n'));
}
