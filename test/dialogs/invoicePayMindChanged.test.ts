/**
 * « en fait non », « finalement non » at « Voulez-vous payer cette facture ? »: the mind changed. It was « not understood »,
 * the question asked again, and the « 1 » typed next (the menu's first line, meant for the menu) started a payment. Now it
 * is the question's no (the menu), and nothing is paid nor started. Web Chat and SMS; asserts the payment attempts stored.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const attempts = (c: Chat) => c.core.db.$client.prepare('select count(*) as n from payments').get();

describe('the mind changed at the invoice’s payment question', () => {
  it.each(table([['en fait non'], ['finalement non'], ['non finalement']]))('%s: « %s » then « 1 »: no payment started', async (channel, no) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Cantine novembre', 7380, '2027-01-06', 'agent');
    await c.say('mes factures');
    await c.say('1');
    await c.say(no);
    await c.say('1');
    expect(attempts(c)).toEqual({ n: 0 });
  }, 60_000);
});
