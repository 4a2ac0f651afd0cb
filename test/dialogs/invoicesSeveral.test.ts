/**
 * Several invoices to pay at once (« je veux payer les deux », « toutes »): they are paid one at a
 * time, the first at once; once it is paid, « payer ma facture » goes to the other. Each row asserts
 * the payment attempts stored (their amounts), Web Chat and SMS.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { labels, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const PAY = labels('invoices.payShort', 'invoices.back', 'invoices.menu');
const attempts = (c: Chat) => (c.core.db.$client.prepare('select amount_cents as amount from payments order by id').all() as Array<{ amount: number }>).map((p) => p.amount);

async function twoToPay(channelId: string) {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  const invoices = c.core.service.invoices;
  await invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour neige', 7380, '2026-12-15', 'agent');
  await invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo de classe', 1200, '2026-12-20', 'agent');
  return c;
}

describe('paying several invoices', () => {
  it.each(table([['je veux payer les deux'], ['les 2'], ['toutes'], ['je paye tout']]))('%s: at the list, « %s »: the first, then the other', async (channel, phrasing) => {
    const c = await twoToPay(channel);
    await c.say('mes factures');
    expect(offered(await c.say(phrasing))).toEqual(PAY);
    await c.say('Payer');
    expect(attempts(c)).toHaveLength(1);
    // The bank confirms the first payment; the other is the one left to pay.
    c.core.db.$client.prepare("update invoices set status = 'paid' where id = (select invoice_id from payments)").run();
    expect(offered(await c.say('payer ma facture'))).toEqual(PAY);
    await c.say('Payer');
    expect(attempts(c).sort()).toEqual([1200, 7380]);
  });

  it.each(table([['payer mes deux factures'], ['régler toutes mes factures']]))('%s: at the menu, « %s »: the first invoice to pay', async (channel, phrasing) => {
    const c = await twoToPay(channel);
    expect(offered(await c.say(phrasing))).toEqual(PAY);
    await c.say('Payer');
    expect(attempts(c)).toHaveLength(1);
  });
});
