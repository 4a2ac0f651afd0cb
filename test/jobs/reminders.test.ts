/**
 * Reminders with a fixed clock: what is planned (booking deadlines, the back-to-school window,
 * invoices due and overdue) for linked families only when nothing is booked or paid, planned once;
 * delivered once (two runs at once, a run that died), in the chat outside 20:00–08:00 Paris (also
 * across both daylight-saving changes), by e-mail without a chat conversation or when the channel
 * refuses (through the outbox: recorded as e-mail, and sent once the mail server is back);
 * nothing after « arrêter les rappels ».
 */
import { sql } from 'drizzle-orm';
import { isQuietHour, type ReminderTeller } from '../../src/domain/reminders';
import type { StoredConversationRef } from '../../src/domain/ports';
import type { Account } from '../../src/domain/types';
import type { Core } from '../../src/index';
import { jobDefinitions, runJob, type JobDefinition } from '../../src/jobs/scheduler';
import { createLogger } from '../../src/logger';
import { outboxMails, outboxRows, runOutboxJob, smtpDownFor } from '../support/outbox';
import { durandFixture, type ReminderFixture } from '../support/reminders';
import { rowsOf, run } from '../support/sql';

const silent = createLogger('silent');
let core: Core;
let account: Account;
const chats: Array<{ text: string; conversationId: string }> = [];
let refuse = false;
const teller: ReminderTeller & { tell: () => Promise<boolean> } = {
  tell: async () => true,
  remind: async (target: StoredConversationRef, text: string) => {
    if (refuse) return false;
    chats.push({ text, conversationId: target.conversationId });
    return true;
  },
};
let rows: ReminderFixture['rows'];
let setClock: ReminderFixture['setClock'];

async function start(iso: string, options: { linked?: boolean; chat?: string } = {}) {
  const f = await durandFixture(iso, options);
  ({ core, account, rows, setClock } = f);
  return { household: f.household, lea: f.lea };
}

beforeEach(() => {
  chats.length = 0;
  refuse = false;
});
afterEach(() => core.close());

describe('planning', () => {
  it('two days before the deadline of next month\'s first day, each activity with nothing booked, once', async () => {
    // 1 December 2026 (a Tuesday) is canteen's first day in December: deadline 16 November.
    const { lea } = await start('2026-11-14T09:00:00Z');
    const canteen = (await core.service.listActivities('carrieres-sous-poissy')).find((a) => a.code === 'canteen')!.id;
    const commune = await core.service.getCommune('carrieres-sous-poissy');
    const basket = await core.service.reservations.planBasket(account, canteen, [{ childId: lea, day: '2026-12-03', action: 'add' }]);
    expect((await core.service.reservations.confirmBasket(account, commune, basket.id)).kind).toBe('confirmed');
    const planned = await core.service.reminders.plan();
    expect(planned).toBeGreaterThan(0);
    const keys = (await rows()).map((r) => r.key);
    expect(keys.every((k) => k.startsWith('booking:') && k.endsWith(':2026-12'))).toBe(true);
    // Léa's canteen is booked in December: no reminder for it; her other activities and Hugo's have one.
    expect(keys).not.toContain(`booking:${lea}:${canteen}:2026-12`);
    expect(keys.some((k) => k.startsWith(`booking:${lea}:`))).toBe(true);
    expect(await core.service.reminders.plan()).toBe(0);
    const text = core.service.reminders.word((await core.service.deps.repos.reminders.pending(1))[0]!);
    expect(text).toMatch(/^Rappel : (Léa|Hugo) n'a rien de réservé en décembre 2026 pour « .+ »\. Pour les jours à partir du mardi 1er décembre, réservez avant le lundi 16 novembre inclus\./);
  });

  it('plans nothing outside the window, and nothing for an account not linked to a family file', async () => {
    await start('2026-11-18T09:00:00Z');
    expect(await core.service.reminders.plan()).toBe(0);
    await core.close();
    await start('2026-11-14T09:00:00Z', { linked: false });
    expect(await core.service.reminders.plan()).toBe(0);
  });

  it('reminds the back-to-school window three days before 30 September, for what is not booked in October', async () => {
    await start('2026-09-28T09:00:00Z');
    await core.service.reminders.plan();
    const back = (await rows()).filter((r) => r.kind === 'backToSchool');
    expect(back.length).toBeGreaterThan(0);
    const text = core.service.reminders.word({ kind: 'backToSchool', params: { child: 'Léa', activity: 'Restauration scolaire', deadline: '2026-09-30' } });
    expect(text).toContain("jusqu'au mercredi 30 septembre, les réservations de la rentrée sont sans majoration");
  });

  it('reminds an unpaid invoice three days before it is due, then once overdue; a paid one never', async () => {
    await start('2026-11-18T09:00:00Z');
    const invoices = core.service.invoices;
    const trip = await invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour', 7380, '2026-11-20', 'agent');
    const paid = await invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo', 1200, '2026-11-20', 'agent');
    await run(core, sql`update invoices set status = 'paid' where id = ${paid.id}`);
    await core.service.reminders.plan();
    expect((await rows()).map((r) => r.key)).toEqual([`invoiceDue:${trip.id}`]);
    setClock('2026-11-21T09:00:00Z');
    await core.service.reminders.plan();
    expect((await rows()).map((r) => r.key)).toEqual([`invoiceDue:${trip.id}`, `invoiceOverdue:${trip.id}`]);
    const text = core.service.reminders.word({ kind: 'invoiceDue', params: { number: trip.number, amountCents: 7380, dueOn: '2026-11-20' } });
    expect(text.replace(/[\u202f\u00a0]/g, ' ')).toBe(`Rappel : la facture ${trip.number} (73,80 €) est à payer avant le vendredi 20 novembre. Écrivez « payer ma facture ».`);
  });
});

describe('delivery', () => {
  it('says it in the chat, once, however many runs', async () => {
    await start('2026-11-14T09:00:00Z', { chat: 'webchat' });
    await core.service.reminders.plan();
    const planned = (await rows()).length;
    const first = await core.service.reminders.deliver(teller);
    expect(first.sent.chat).toBe(planned);
    expect(chats).toHaveLength(planned);
    expect((await core.service.reminders.deliver(teller)).sent.chat).toBe(0);
    expect(await core.service.reminders.plan()).toBe(0);
    expect(chats).toHaveLength(planned);
  });

  it('two deliveries at once (two instances) send each reminder once', async () => {
    await start('2026-11-14T09:00:00Z', { chat: 'webchat' });
    await core.service.reminders.plan();
    const planned = (await rows()).length;
    const [a, b] = await Promise.all([core.service.reminders.deliver(teller), core.service.reminders.deliver(teller)]);
    expect(a.sent.chat + b.sent.chat).toBe(planned);
    expect(new Set(chats.map((c) => c.text)).size).toBe(chats.length);
  });

  it('the job run twice at once: one run does it, one message per reminder', async () => {
    await start('2026-11-14T09:00:00Z', { chat: 'webchat' });
    const job = jobDefinitions(core.config, core.service, teller).find((j) => j.name === 'reminders') as JobDefinition;
    const outcomes = await Promise.all([runJob(job, core.service, silent, 'a'), runJob(job, core.service, silent, 'b')]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['busy', 'done']);
    expect(chats.length).toBe((await rows()).length);
    expect(chats.length).toBeGreaterThan(0);
  });

  it('a run that died while sending: that reminder is not sent again, the others are', async () => {
    await start('2026-11-14T09:00:00Z', { chat: 'webchat' });
    await core.service.reminders.plan();
    const [firstId] = (await rowsOf<{ id: number }>(core, sql`select id from reminders order by id`)).map((r) => r.id);
    await run(core, sql`update reminders set status = 'sending', claimed_at = '2026-11-14T08:00:00.000Z' where id = ${firstId}`);
    const report = await core.service.reminders.deliver(teller);
    expect(report.interrupted).toBe(1);
    expect(chats).toHaveLength((await rows()).length - 1);
    expect((await rows())[0]?.status).toBe('interrupted');
  });

  it('holds chat messages between 20:00 and 08:00 Paris, then sends them in the morning', async () => {
    await start('2026-11-14T19:30:00Z', { chat: 'webchat' }); // 20:30 in Paris
    await core.service.reminders.plan();
    const held = await core.service.reminders.deliver(teller);
    expect(held.held).toBe((await rows()).length);
    expect(chats).toHaveLength(0);
    setClock('2026-11-15T06:59:00Z'); // 07:59
    expect((await core.service.reminders.deliver(teller)).sent.chat).toBe(0);
    setClock('2026-11-15T07:00:00Z'); // 08:00
    expect((await core.service.reminders.deliver(teller)).sent.chat).toBe((await rows()).length);
  });

  it('counts quiet hours in Paris time across both daylight-saving changes', () => {
    // 25 October 2026: 03:00 CEST becomes 02:00 CET. 06:30 UTC is 08:30 the day before, 07:30 that day.
    expect(isQuietHour(new Date('2026-10-24T06:30:00Z'))).toBe(false);
    expect(isQuietHour(new Date('2026-10-25T06:30:00Z'))).toBe(true);
    expect(isQuietHour(new Date('2026-10-25T07:00:00Z'))).toBe(false);
    // 28 March 2027: 02:00 CET becomes 03:00 CEST. 06:30 UTC is 07:30 the day before, 08:30 that day.
    expect(isQuietHour(new Date('2027-03-27T06:30:00Z'))).toBe(true);
    expect(isQuietHour(new Date('2027-03-28T06:30:00Z'))).toBe(false);
    // 20:00 Paris: 18:00 UTC in summer, 19:00 UTC in winter.
    expect(isQuietHour(new Date('2026-10-24T18:00:00Z'))).toBe(true);
    expect(isQuietHour(new Date('2026-10-25T18:59:00Z'))).toBe(false);
    expect(isQuietHour(new Date('2026-10-25T19:00:00Z'))).toBe(true);
  });

  it('a message held on the evening before the autumn change goes at 08:00 CET, 07:00 UTC', async () => {
    await start('2026-10-24T19:00:00Z', { chat: 'webchat' }); // 21:00 CEST
    await core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour', 7380, '2026-10-27', 'agent');
    await core.service.reminders.plan();
    expect((await rows()).map((r) => r.kind)).toEqual(['invoiceDue']);
    setClock('2026-10-25T06:30:00Z'); // 07:30 CET
    expect((await core.service.reminders.deliver(teller)).held).toBe(1);
    setClock('2026-10-25T07:00:00Z'); // 08:00 CET
    expect((await core.service.reminders.deliver(teller)).sent.chat).toBe(1);
  });

  it('sends an e-mail when there is no chat conversation, an SMS one, or the channel refuses (app removed)', async () => {
    for (const how of ['none', 'sms', 'refused'] as const) {
      await start('2026-11-18T09:00:00Z', how === 'none' ? {} : { chat: how === 'sms' ? 'sms' : 'msteams' });
      refuse = how === 'refused';
      await core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour', 7380, '2026-11-20', 'agent');
      await core.service.reminders.plan();
      const report = await core.service.reminders.deliver(teller);
      expect([how, report.sent]).toEqual([how, { chat: 0, sms: 0, email: 1 }]);
      const mails = outboxMails(core.config.outboxDir);
      expect(mails).toHaveLength(1);
      expect(mails[0]).toContain('francoise.durand@example.org');
      expect((await rows())[0]).toMatchObject({ status: 'sent', channel: 'email' });
      await core.close();
    }
    await start('2026-11-18T09:00:00Z');
  });

  it('an e-mail reminder with the mail server down: recorded as sent by e-mail, its mail waits in the outbox and goes once', async () => {
    await start('2026-11-18T09:00:00Z');
    await core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour', 7380, '2026-11-20', 'agent');
    await core.service.reminders.plan();
    const down = smtpDownFor(core, 'sendReminder');
    expect((await core.service.reminders.deliver(teller)).sent).toEqual({ chat: 0, sms: 0, email: 1 });
    expect(down).toHaveBeenCalledTimes(1);
    expect(await rows()).toEqual([expect.objectContaining({ kind: 'invoiceDue', status: 'sent', channel: 'email' })]);
    const [reminder] = await rowsOf<{ id: number }>(core, sql`select id from reminders`);
    expect(await outboxRows(core, 'reminder')).toEqual([{ status: 'pending', attempts: 1, payload: { reminderId: reminder!.id } }]);
    expect(outboxMails(core.config.outboxDir)).toHaveLength(0);

    down.mockRestore();
    setClock('2026-11-18T09:01:00Z');
    await runOutboxJob(core);
    const mails = outboxMails(core.config.outboxDir);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('To: francoise.durand@example.org');
    expect(await outboxRows(core, 'reminder')).toEqual([expect.objectContaining({ status: 'sent' })]);
    // Neither the outbox job nor the reminders' run sends it again.
    await runOutboxJob(core);
    expect((await core.service.reminders.deliver(teller)).sent).toEqual({ chat: 0, sms: 0, email: 0 });
    expect(outboxMails(core.config.outboxDir)).toHaveLength(1);
    expect((await rows())[0]).toMatchObject({ status: 'sent', channel: 'email' });
  });

  it('sends nothing after « arrêter les rappels », and again after « reprendre »', async () => {
    await start('2026-11-18T09:00:00Z', { chat: 'webchat' });
    await core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour', 7380, '2026-11-20', 'agent');
    await core.service.reminders.stop(account.id);
    await core.service.reminders.plan();
    expect((await core.service.reminders.deliver(teller)).stopped).toBe(1);
    expect(chats).toHaveLength(0);
    await core.service.reminders.resume(account.id);
    setClock('2026-11-21T09:00:00Z');
    await core.service.reminders.plan();
    expect((await core.service.reminders.deliver(teller)).sent.chat).toBe(1);
    expect(chats[0]?.text).toContain('devait être payée le vendredi 20 novembre');
  });

  it('lets a reminder whose date passed while held expire instead of sending it late', async () => {
    await start('2026-11-16T19:30:00Z', { chat: 'webchat' }); // 20:30, the deadline day
    await core.service.reminders.plan();
    expect((await rows()).length).toBeGreaterThan(0);
    await core.service.reminders.deliver(teller);
    setClock('2026-11-17T07:30:00Z');
    const report = await core.service.reminders.deliver(teller);
    // Deadlines of 16 November expire; Wednesdays' (first on 2 December: deadline 17 November) still go.
    const byDeadline = await rowsOf<{ until: string; status: string }>(core, sql`select expires_on as until, status from reminders`);
    expect(byDeadline.filter((r) => r.until === '2026-11-16').every((r) => r.status === 'expired')).toBe(true);
    expect(byDeadline.filter((r) => r.until === '2026-11-17').every((r) => r.status === 'sent')).toBe(true);
    expect(report.expired).toBe(byDeadline.filter((r) => r.until === '2026-11-16').length);
    expect(report.expired).toBeGreaterThan(0);
    expect(chats).toHaveLength(byDeadline.filter((r) => r.until === '2026-11-17').length);
  });
});
