/** SMS through Twilio's webhook: signed requests get TwiML replies in text only; forged ones are refused. */
import { fixedClock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { twilioSignature, twiml } from '../../src/sms/twilio';
import { tempConfig } from '../support/harness';
import { sql } from 'drizzle-orm';
import { oneOf, run } from '../support/sql';
import { demoCommuneList } from '../support/demoCommunes';

const TOKEN = 'test-auth-token-123';
const WEBHOOK = 'https://bot.example.fr/api/sms';
const demoNumber = (id: string) => demoCommuneList().find((c) => c.id === id)?.smsNumbers ?? [];
let app: RunningApp;
beforeAll(async () => {
  app = await startSeededApp(tempConfig({ TWILIO_AUTH_TOKEN: TOKEN, SMS_WEBHOOK_URL: WEBHOOK }), fixedClock('2026-11-18T14:00:00Z'));
});
afterAll(async () => app.stop());

async function sms(params: Record<string, string>, signature = twilioSignature(WEBHOOK, params, TOKEN)) {
  const res = await fetch(`http://${app.host}:${app.port}/api/sms`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
    body: new URLSearchParams(params).toString(),
  });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

const messages = (xml: string) => [...xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) => m[1] ?? '');

describe('SMS', () => {
  it('answers a signed SMS in French, text only, and keeps the conversation per phone number', async () => {
    const first = await sms({ From: '+33612345678', To: '+33700000000', Body: 'Bonjour', MessageSid: 'SM1' });
    expect(first.status).toBe(200);
    expect(first.type).toContain('text/xml');
    const text = messages(first.body).join('\n');
    expect(text).toContain('Bonjour');
    expect(text).toContain('Quelle est votre commune ?');
    expect(text).toContain('1. Carrières-sous-Poissy');
    expect(first.body).not.toContain('adaptive');

    const second = messages((await sms({ From: '+33612345678', To: '+33700000000', Body: '3', MessageSid: 'SM2' })).body).join('\n');
    expect(second).toContain('C&apos;est noté : Chanteloup-les-Vignes.');
    expect(second).toContain('4. Infos pratiques');

    const other = messages((await sms({ From: '+33699999999', To: '+33700000000', Body: 'horaires', MessageSid: 'SM3' })).body).join('\n');
    expect(other).toContain('Quelle est votre commune ?');
  });

  it('takes the commune from the number the resident wrote to, when a commune names it, and not after « changer de commune »', async () => {
    await run(app.core, sql`update communes set sms_numbers = ${JSON.stringify(['+33 7 00 00 00 03'])} where id = 'chanteloup-les-vignes'`);
    try {
      const to = { From: '+33611223344', To: '+33700000003' };
      const first = messages((await sms({ ...to, Body: 'horaires', MessageSid: 'SM20' })).body).join('\n');
      expect(first).not.toContain('Quelle est votre commune ?');
      expect(first).toContain('Guichet unique (Espace Victor Hugo)');
      // Another number than the commune's: asked as before.
      const elsewhere = messages((await sms({ From: '+33611223355', To: '+33700000000', Body: 'horaires', MessageSid: 'SM21' })).body).join('\n');
      expect(elsewhere).toContain('Quelle est votre commune ?');
      // The resident's own choice then counts, not the number's commune.
      expect(messages((await sms({ ...to, Body: 'changer de commune', MessageSid: 'SM22' })).body).join('\n')).toContain('Quelle est votre commune ?');
      expect(messages((await sms({ ...to, Body: '78955', MessageSid: 'SM23' })).body).join('\n')).toContain('C&apos;est noté : Carrières-sous-Poissy.');
      expect(messages((await sms({ ...to, Body: 'horaires de la régie', MessageSid: 'SM24' })).body).join('\n')).toContain('Régie centrale');
    } finally {
      await run(app.core, sql`update communes set sms_numbers = ${JSON.stringify(demoNumber('chanteloup-les-vignes'))} where id = 'chanteloup-les-vignes'`);
    }
  });

  it('each demo commune has its own SMS number (db/demo/communes): a resident writing to it is answered for that commune, not asked it', async () => {
    const numbers = demoCommuneList().map((c) => c.smsNumbers ?? []);
    expect(numbers.every((n) => n.length === 1)).toBe(true);
    expect(new Set(numbers.flat()).size).toBe(numbers.length);
    let n = 0;
    for (const c of demoCommuneList()) {
      const to = demoNumber(c.id)[0] ?? '';
      const said = messages((await sms({ From: `+3361100009${n}`, To: to, Body: 'horaires', MessageSid: `SM3${n++}` })).body).join('\n');
      expect(said).not.toContain('Quelle est votre commune ?');
      expect(await app.core.service.communeOfSmsNumber(to)).toMatchObject({ id: c.id });
      expect(said).toContain(c.name);
    }
  });

  it('« STOP » stops the reminders of every account with that number, signed in or not, and says so', async () => {
    const repos = app.core.service.deps.repos;
    const same = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'stop.one@example.org', civility: null, firstName: 'Anne', lastName: 'STOP', phone: '06 55 44 33 22', address: null });
    const other = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'stop.two@example.org', civility: null, firstName: 'Paul', lastName: 'GO', phone: '06 11 11 11 11', address: null });
    const stop = messages((await sms({ From: '+33655443322', To: '+33700000000', Body: 'STOP', MessageSid: 'SM10' })).body).join('\n');
    expect(stop).toContain('C&apos;est noté : plus aucun rappel ne sera envoyé pour ce numéro.');
    expect(await repos.reminders.stoppedAt(same.id)).toBe('2026-11-18T14:00:00.000Z');
    expect(await repos.reminders.stoppedAt(other.id)).toBeNull();
    // A number no account has: said so.
    const unknown = messages((await sms({ From: '+33600000001', To: '+33700000000', Body: 'stop', MessageSid: 'SM11' })).body).join('\n');
    expect(unknown).toContain('Aucun espace n&apos;est lié à ce numéro');
  });

  it('« STOP » finds the accounts by the phone key, the number written in other forms (+33 6 …, 06.…, spaces, changed later)', async () => {
    const repos = app.core.service.deps.repos;
    const make = (i: number, phone: string | null) => repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: `stop.form${i}@example.org`, civility: null, firstName: 'Anne', lastName: 'FORM', phone, address: null });
    const forms = await Promise.all(['+33 6 55 44 33 77', '06.55.44.33.77', '0655443377', '06 55 44 33 77'].map((phone, i) => make(i, phone)));
    // A phone given after the account was made: its key written with it.
    const later = await make(9, null);
    await repos.accounts.updateContact(later.id, { phone: '+33 (0)6 55 44 33 77' });
    const another = await make(10, '06 55 44 33 78');
    const stop = messages((await sms({ From: '+33655443377', To: '+33700000000', Body: 'STOP', MessageSid: 'SM12' })).body).join('\n');
    expect(stop).toContain('C&apos;est noté');
    for (const a of [...forms, later]) expect(await repos.reminders.stoppedAt(a.id)).toBe('2026-11-18T14:00:00.000Z');
    expect(await repos.reminders.stoppedAt(another.id)).toBeNull();
    expect((await repos.reminders.accountsByPhone('06 55 44 33 77')).map((a) => a.id)).toEqual([...forms, later].map((a) => a.id).sort((x, y) => x - y));
  });

  it.each([['le même que celui ci', '+33612340001'], ["c'est ce numéro", '+33612340002'], ['celui-ci', '+33612340003']])('at the sign-up, « %s » for the phone is the number the SMS comes from', async (said, from) => {
    const text = async (Body: string, i: number) => messages((await sms({ From: from, To: '+33700000000', Body, MessageSid: `SMP${from}${i}` })).body).join('\n');
    const email = `phone.${from.slice(-4)}@example.org`;
    const steps = ['bonjour', '78955', '1', '1', 'Martin', 'Claire', email, said, '3 rue Verte 78955 Carrières-sous-Poissy', 'oui'];
    for (const [i, body] of steps.entries()) await text(body, i);
    const account = await app.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', email);
    expect(account?.phone).toBe(`0${from.slice(3)}`);
  });

  it('at the sign-up, « durand francoise » as the surname, the e-mail and « c ce numero » typed ahead at the first name: the names split, the phone the SMS number, never « Ce Numero »', async () => {
    const from = '+33612340011';
    const text = async (Body: string, i: number) => messages((await sms({ From: from, To: '+33700000000', Body, MessageSid: `SMN${i}` })).body).join('\n');
    const steps = ['bonjour', '78955', '1', '1', 'durand francoise', 'francoise.durand11@example.org', 'c ce numero', 'francoise', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui'];
    for (const [i, body] of steps.entries()) await text(body, i);
    const account = await app.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'francoise.durand11@example.org');
    expect(account).toMatchObject({ lastName: 'DURAND', firstName: 'Francoise', phone: '0612340011' });
  });

  it('an act asked without an e-mail: « ce numéro » is the number the SMS comes from, kept for the état civil', async () => {
    const from = '+33612340009';
    const text = async (Body: string, i: number) => messages((await sms({ From: from, To: '+33700000000', Body, MessageSid: `SMA${i}` })).body).join('\n');
    const steps = ['acte de décès', '1', 'Carrières-sous-Poissy', 'Martin', 'Paul', '02/11/2025', "je n'ai pas d'email", 'ce numéro', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Durand', 'oui'];
    let last = '';
    for (const [i, body] of steps.entries()) last = await text(body, i);
    const row = (await oneOf<{ reference: string; requester_email: string; data: unknown }>(app.core, sql`select reference, requester_email, data from requests where kind = 'civil_status_act' and requester_email = ''`)) ?? { reference: '?', requester_email: '?', data: '{}' };
    expect(row.requester_email).toBe('');
    expect(typeof row.data === 'string' ? JSON.parse(row.data) : row.data).toMatchObject({ kind: 'death', phone: '0612340009' });
    expect(last).toContain(row.reference);
  });

  it('refuses a forged or unsigned webhook', async () => {
    const params = { From: '+33612345678', Body: 'menu' };
    expect((await sms(params, 'forged')).status).toBe(403);
    expect((await sms(params, '')).status).toBe(403);
    expect((await sms({ ...params, Body: 'autre chose' }, twilioSignature(WEBHOOK, params, TOKEN))).status).toBe(403);
  });

  it('answers 400 to a signed request without a sender', async () => {
    expect((await sms({ Body: 'bonjour' })).status).toBe(400);
  });

  it('escapes what goes into the TwiML', () => {
    expect(twiml(['a < b & "c"'])).toContain('<Message>a &lt; b &amp; &quot;c&quot;</Message>');
  });

  it('computes the signature as Twilio documents it', () => {
    // URL, then parameters sorted by name, each name followed by its value; HMAC-SHA1, base64.
    const params = { Body: 'x', From: '+1' };
    const { createHmac } = jest.requireActual<typeof import('node:crypto')>('node:crypto');
    expect(twilioSignature(WEBHOOK, params, TOKEN)).toBe(createHmac('sha1', TOKEN).update(`${WEBHOOK}Bodyx From+1`.replace(' ', '')).digest('base64'));
  });
});
