/**
 * Reminders beyond dates (fixed clock): the recensement at 16 for families who asked, bookings an
 * agent decided told in the conversation (quiet hours, once; the e-mail went at once), requests'
 * decisions held overnight, and SMS sent through Twilio's Messages API (a local stand-in) to a
 * resident whose last conversation was by SMS.
 */
import http from 'node:http';
import { sql } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import { ConversationNotifier, conversationNotifier } from '../../src/bot/notifier';
import type { StoredConversationRef } from '../../src/domain/ports';
import type { ReminderTeller } from '../../src/domain/reminders';
import type { ConversationTarget, DecisionTeller } from '../../src/domain/requestService';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { TwilioSender, toE164 } from '../../src/sms/twilioSender';
import { outboxMails } from '../support/outbox';
import { durandFixture, type ReminderFixture } from '../support/reminders';
import { oneOf } from '../support/sql';

const silent = createLogger('silent');
let f: ReminderFixture;
const chats: string[] = [];
const teller: ReminderTeller = {
  remind: async (_target: StoredConversationRef, text: string) => {
    chats.push(text);
    return true;
  },
};
const deliver = (t: ReminderTeller = teller) => f.core.service.reminders.deliver(t);
const clean = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

beforeEach(() => {
  chats.length = 0;
});
afterEach(() => f.core.close());

/** A third child, born on that day (a teenager in the Durand family). */
async function addChild(firstName: string, birthDate: string): Promise<number> {
  const row = await oneOf<{ id: number }>(
    f.core,
    sql`insert into children (household_id, first_name, last_name, birth_date, school, level) values (${f.household.id}, ${firstName}, 'DURAND', ${birthDate}, null, 'elementaire') returning id`,
  );
  return row!.id;
}

describe('recensement citoyen at 16', () => {
  it('only for families who asked, from the 16th birthday to the end of the third month after, once', async () => {
    f = await durandFixture('2026-11-23T10:00:00Z', { chat: 'webchat' });
    const camille = await addChild('Camille', '2010-11-20'); // 16 on 20 November 2026
    const noah = await addChild('Noah', '2010-12-05'); // 16 on 5 December 2026
    await addChild('Inès', '2010-07-15'); // 16 in July: until 31 October, over
    await f.core.service.reminders.plan();
    expect((await f.rows()).filter((r) => r.kind === 'census')).toEqual([]);

    await f.core.service.reminders.setCensus(f.household.id, true);
    await f.core.service.reminders.plan();
    expect((await f.rows()).filter((r) => r.kind === 'census').map((r) => r.key)).toEqual([`census:${camille}`]);
    expect(await f.core.service.reminders.plan()).toBe(0);
    await deliver();
    expect(clean(chats.find((c) => c.includes('Camille'))!)).toBe(
      'Rappel : Camille a eu 16 ans le vendredi 20 novembre. Son recensement citoyen est à faire avant le dimanche 28 février. Écrivez « recensement » pour savoir comment faire.',
    );

    f.setClock('2026-12-05T10:00:00Z');
    await f.core.service.reminders.plan();
    expect((await f.rows()).filter((r) => r.kind === 'census').map((r) => r.key)).toEqual([`census:${camille}`, `census:${noah}`]);
  });

  it('nothing once the family said « plus de rappel recensement »', async () => {
    f = await durandFixture('2026-11-23T10:00:00Z');
    await addChild('Camille', '2010-11-20');
    await f.core.service.reminders.setCensus(f.household.id, true);
    await f.core.service.reminders.setCensus(f.household.id, false);
    await f.core.service.reminders.plan();
    expect((await f.rows()).filter((r) => r.kind === 'census')).toEqual([]);
  });
});

describe('decisions told in the conversation', () => {
  /** Léa's and Hugo's canteen on 1 December, booked on 18 November: after the 16 November deadline, so pending. */
  async function lateBooking(): Promise<number[]> {
    const hugo = (await f.core.service.deps.repos.households.listChildren(f.household.id)).find((c) => c.firstName === 'Hugo')!.id;
    const canteen = (await f.core.service.listActivities('carrieres-sous-poissy')).find((a) => a.code === 'canteen')!.id;
    const commune = await f.core.service.getCommune('carrieres-sous-poissy');
    const basket = await f.core.service.reservations.planBasket(f.account, canteen, [
      { childId: f.lea, day: '2026-12-01', action: 'add' },
      { childId: hugo, day: '2026-12-01', action: 'add' },
    ]);
    await f.core.service.reservations.confirmBasket(f.account, commune, basket.id);
    return (await f.core.service.reservations.listPending('carrieres-sous-poissy')).map((p) => p.id);
  }

  it('a validation goes by e-mail at once and in the chat by the reminders job, once, held overnight', async () => {
    f = await durandFixture('2026-11-18T19:30:00Z', { chat: 'webchat' }); // 20:30 in Paris
    const pending = await lateBooking();
    expect(pending).toHaveLength(2);
    await f.core.service.reservations.decide(pending, 'refused', 'agent', 'Plus de place ce jour-là.');
    expect(outboxMails(f.core.config.outboxDir).filter((m) => m.includes('Plus de place'))).toHaveLength(1);
    expect((await f.rows()).filter((r) => r.kind === 'bookingDecision')).toEqual([{ kind: 'bookingDecision', key: `bookingDecision:refused:${[...pending].sort((a, b) => a - b).join(',')}`, status: 'pending', channel: null }]);
    expect((await deliver()).held).toBe(1);
    expect(chats).toEqual([]);
    f.setClock('2026-11-19T07:00:00Z'); // 08:00
    expect((await deliver()).sent.chat).toBe(1);
    expect(clean(chats[0]!)).toBe(
      "La mairie n'a pas pu accepter ces réservations. Léa DURAND, Restauration scolaire : mardi 1er décembre ; Hugo DURAND, Restauration scolaire : mardi 1er décembre. Pour en parler, contactez le guichet unique.\nMessage de la mairie : « Plus de place ce jour-là. »",
    );
    expect((await deliver()).sent.chat).toBe(0);
  });

  it('without a conversation, the e-mail already sent is all: no second e-mail', async () => {
    f = await durandFixture('2026-11-18T09:00:00Z');
    const pending = await lateBooking();
    await f.core.service.reservations.decide(pending, 'confirmed', 'agent');
    const mails = outboxMails(f.core.config.outboxDir).length;
    const report = await deliver();
    expect(report.sent).toEqual({ chat: 0, sms: 0, email: 1 });
    expect(outboxMails(f.core.config.outboxDir)).toHaveLength(mails);
    expect((await f.rows()).find((r) => r.kind === 'bookingDecision')).toMatchObject({ status: 'sent', channel: 'email' });
  });

  it('a request decided at night is told in the conversation from 08:00 (its e-mail goes at once)', async () => {
    f = await durandFixture('2026-11-18T21:00:00Z'); // 22:00 in Paris
    const commune = await f.core.service.getCommune('carrieres-sous-poissy');
    const told: ConversationTarget[] = [];
    const decisions: DecisionTeller = { tell: async (target) => (told.push(target), true) };
    const reference = await f.core.service.requests.submit({ commune, kind: 'family_booklet', email: 'ana@example.org', data: {}, locale: 'fr', conversation: { channelId: 'webchat', reference: { conversation: { id: 'c1' } } } });
    await f.core.service.requests.decide(reference, 'completed', null);
    expect(await f.core.service.requests.tellDecisions(decisions)).toEqual({ told: 0, unreachable: 0, held: true });
    f.setClock('2026-11-19T06:59:00Z');
    expect((await f.core.service.requests.tellDecisions(decisions)).held).toBe(true);
    f.setClock('2026-11-19T07:00:00Z');
    expect(await f.core.service.requests.tellDecisions(decisions)).toEqual({ told: 1, unreachable: 0, held: false });
    expect(told).toHaveLength(1);
  });
});

describe('SMS sent by the bot (Twilio Messages API stand-in)', () => {
  const received: Array<{ url: string; auth: string; form: URLSearchParams }> = [];
  let status = 201;
  let server: http.Server;
  let apiUrl: string;
  const SID = `AC${'a1'.repeat(16)}`;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ url: req.url ?? '', auth: req.headers.authorization ?? '', form: new URLSearchParams(body) });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(status === 201 ? '{"sid":"SM1","status":"queued"}' : '{"code":21211,"message":"Invalid \'To\' Phone Number: +33612345678"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    received.length = 0;
    status = 201;
  });
  const smsTeller = (): ReminderTeller => {
    const sender = new TwilioSender({ accountSid: SID, authToken: 'secret-token', from: '+33700000000', apiUrl }, silent);
    // The real notifier's SMS path (its footer), the chat side unused here.
    const notifier = new ConversationNotifier(undefined as never, undefined as never, '', f.core.service, f.core.texts, silent, sender);
    return { remind: teller.remind, sms: notifier.sms };
  };

  it('reaches a resident whose last conversation was by SMS at the account\'s number, with how to stop', async () => {
    f = await durandFixture('2026-11-18T09:00:00Z', { chat: 'sms' });
    await f.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour', 7380, '2026-11-20', 'agent');
    await f.core.service.reminders.plan();
    expect((await deliver(smsTeller())).sent).toEqual({ chat: 0, sms: 1, email: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]!.url).toBe(`/2010-04-01/Accounts/${SID}/Messages.json`);
    expect(received[0]!.auth).toBe(`Basic ${Buffer.from(`${SID}:secret-token`).toString('base64')}`);
    expect(received[0]!.form.get('To')).toBe('+33612345678');
    expect(received[0]!.form.get('From')).toBe('+33700000000');
    expect(clean(received[0]!.form.get('Body')!)).toMatch(/^Rappel : la facture CSP-FAC-2026-\d+ \(73,80 €\) est à payer avant le vendredi 20 novembre\. .*\nPour ne plus recevoir de rappels, répondez STOP\.$/);
    expect((await f.rows())[0]).toMatchObject({ status: 'sent', channel: 'sms' });
    expect(outboxMails(f.core.config.outboxDir)).toHaveLength(0);
  });

  it('holds SMS between 20:00 and 08:00 too', async () => {
    f = await durandFixture('2026-11-18T20:00:00Z', { chat: 'sms' });
    await f.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour', 7380, '2026-11-20', 'agent');
    await f.core.service.reminders.plan();
    expect((await deliver(smsTeller())).held).toBe(1);
    expect(received).toHaveLength(0);
    f.setClock('2026-11-19T07:00:00Z');
    expect((await deliver(smsTeller())).sent.sms).toBe(1);
  });

  it('goes by e-mail when Twilio refuses, when the account has no phone, or when the bot cannot send SMS', async () => {
    for (const how of ['refused', 'noPhone', 'notConfigured'] as const) {
      f = await durandFixture('2026-11-18T09:00:00Z', { chat: 'sms', phone: how === 'noPhone' ? null : '06 12 34 56 78' });
      status = how === 'refused' ? 400 : 201;
      await f.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour', 7380, '2026-11-20', 'agent');
      await f.core.service.reminders.plan();
      const report = await deliver(how === 'notConfigured' ? teller : smsTeller());
      expect([how, report.sent]).toEqual([how, { chat: 0, sms: 0, email: 1 }]);
      expect(outboxMails(f.core.config.outboxDir)).toHaveLength(1);
      await f.core.close();
    }
    f = await durandFixture('2026-11-18T09:00:00Z');
  });

  it('logs Twilio\'s refusal by its code, never with the number', async () => {
    f = await durandFixture('2026-11-18T09:00:00Z');
    status = 400;
    const lines: string[] = [];
    const sender = new TwilioSender({ accountSid: SID, authToken: 't', from: '+33700000000', apiUrl }, createLogger('info', (l) => lines.push(l)));
    expect(await sender.send('06 12 34 56 78', 'x')).toBe(false);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ event: 'sms.refused', status: 400, code: 21211 });
    expect(lines[0]).not.toMatch(/612345678|Invalid/);
  });

  it('a Twilio that does not answer is a refusal, not a crash', async () => {
    f = await durandFixture('2026-11-18T09:00:00Z');
    const sender = new TwilioSender({ accountSid: SID, authToken: 't', from: '+33700000000', apiUrl: 'http://127.0.0.1:1' }, silent);
    expect(await sender.send('06 12 34 56 78', 'x')).toBe(false);
    expect(await sender.send('pas un numéro', 'x')).toBe(false);
  });

  it('writes French numbers as Twilio wants them', () => {
    expect(toE164('06 12 34 56 78')).toBe('+33612345678');
    expect(toE164('06.12.34.56.78')).toBe('+33612345678');
    expect(toE164('+33 6 12 34 56 78')).toBe('+33612345678');
    expect(toE164('+33 (0)6 12 34 56 78')).toBe('+33612345678');
    expect(toE164('0033612345678')).toBe('+33612345678');
    expect(toE164('612345678')).toBeUndefined();
    expect(toE164('')).toBeUndefined();
  });

  it('is configured only with the account SID, the auth token and the sender together', () => {
    const base = { DATA_DIR: '/tmp/x', TWILIO_AUTH_TOKEN: 'tok' };
    expect(loadConfig({ ...base }, process.cwd()).smsOut).toBeUndefined();
    expect(loadConfig({ ...base, TWILIO_ACCOUNT_SID: SID }, process.cwd()).smsOut).toBeUndefined();
    expect(loadConfig({ ...base, TWILIO_ACCOUNT_SID: SID, TWILIO_FROM: '+33700000000' }, process.cwd()).smsOut).toEqual({ accountSid: SID, authToken: 'tok', from: '+33700000000', apiUrl: 'https://api.twilio.com' });
    expect(() => loadConfig({ ...base, TWILIO_ACCOUNT_SID: 'nope', TWILIO_FROM: '+33700000000' }, process.cwd())).toThrow(/TWILIO_ACCOUNT_SID/);
  });
});

describe('a chat that does not take the reminder', () => {
  it('is recorded as what happened: the reminder goes by e-mail, not « sent in the chat »', async () => {
    f = await durandFixture('2026-11-18T09:00:00Z');
    // The resident's last conversation is on a channel whose connector refuses connections.
    const reference = { channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1/', conversation: { id: 'conv-closed' }, user: { id: 'u1' }, bot: { id: 'bot' } };
    await f.core.service.rememberConversation(f.account, { channelId: 'msteams', userId: 'u1', conversationId: 'conv-closed', reference });
    await f.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour', 7380, '2026-11-20', 'agent');
    await f.core.service.reminders.plan();
    // The Bot Framework connector retries a refused connection for about ten seconds before it gives up.
    expect((await deliver(conversationNotifier(f.core))).sent).toEqual({ chat: 0, sms: 0, email: 1 });
    expect((await f.rows())[0]).toMatchObject({ status: 'sent', channel: 'email' });
    expect(outboxMails(f.core.config.outboxDir)).toHaveLength(1);
  }, 60_000);
});
