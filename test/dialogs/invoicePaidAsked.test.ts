/**
 * « c'est payé ? », « is it paid? » at an invoice's detail: its state said (« Facture réglée : … », « À payer avant le … »),
 * then its question again; it was « je n'ai pas compris votre réponse ». Web Chat and SMS (French), Web Chat in English.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, table, textBefore } from '../support/prompts';
import { toGsm7 } from '../../src/sms/smsText';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const FILE = 'CSP-F-000101';

async function twoInvoices(channel: string) {
  const { c } = await signedInChat(chats, { channelId: channel, linkFile: FILE });
  const trip = await c.core.service.invoices.createOneOff('carrieres-sous-poissy', FILE, 'Séjour neige', 7380, '2026-12-15', 'agent');
  await c.core.service.invoices.createOneOff('carrieres-sous-poissy', FILE, 'Photo de classe', 1200, '2026-12-20', 'agent');
  c.core.db.$client.prepare("update invoices set status = 'paid', paid_at = '2026-11-18T10:00:00Z' where id = ?").run(trip.id);
  return c;
}

describe('whether the invoice shown is paid, asked at its detail', () => {
  it.each(table([["c'est payé ?"], ['elle est réglée ?']]))('%s: « %s » at a paid invoice: paid, said; not « pas compris »', async (channel, asked) => {
    const c = await twoInvoices(channel);
    await c.say('mes factures');
    await c.say('Séjour neige');
    const reply = toGsm7(c.text(await c.say(asked)));
    expect(reply).toContain(toGsm7(textBefore('invoices.status.paid')));
    expect(reply).not.toContain(toGsm7(textBefore('choice.again')));
  });

  it.each(table([["c'est payé ?"]]))('%s: « %s » at an invoice to pay: when it is due, said', async (channel, asked) => {
    const c = await twoInvoices(channel);
    await c.say('mes factures');
    await c.say('Photo de classe');
    const reply = toGsm7(c.text(await c.say(asked)));
    expect(reply).toContain(toGsm7(textBefore('invoices.status.toPay')));
    expect(reply).not.toContain(toGsm7(textBefore('choice.again')));
  });

  it('in English: « is it paid? » at a paid invoice', async () => {
    const c = await twoInvoices('webchat');
    await c.say('english');
    await c.say('my invoices');
    await c.say('Séjour neige');
    const reply = c.text(await c.say('is it paid?'));
    expect(reply).toContain((c.core.texts.for('en')('invoices.status.paid', { amount: '' }) as string).trim().replace(/:$/, ''));
    expect(reply).not.toContain(fr['invoices.status.paid']?.slice(0, 10));
  });
});
