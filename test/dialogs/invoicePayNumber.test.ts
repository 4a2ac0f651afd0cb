/**
 * At the list of invoices, the invoice chosen by its number or its rank after words of paying (« payer la 2 »,
 * « je veux payer la 2ème »): that invoice opened (its « Payer » offered), not « je n'ai pas compris »; « payer »
 * then pays that one's amount. Web Chat and SMS; the payment stored is asserted.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { labels, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const payments = (c: Chat) => c.core.db.$client.prepare('select invoice_id as invoice, amount_cents as amount from payments order by id').all();
const DETAIL = labels('invoices.payShort', 'invoices.back', 'invoices.menu');

describe('an invoice chosen by its rank after « payer »', () => {
  it.each(table([['payer la 2'], ['je veux payer la 2eme'], ['régler la deuxième']]))('%s: « %s » opens the second invoice listed, then pays it', async (channel, said) => {
    const { c, account } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour neige', 7380, '2026-12-15', 'agent');
    await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Classe verte', 1250, '2026-12-20', 'agent');
    await c.say('mes factures');
    // The second line of the list, in the list's order.
    const household = await c.core.service.deps.repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
    const second = (await c.core.service.invoices.list({ ...account, householdId: household?.id as number }))[1];
    expect(offered(await c.say(said))).toEqual(DETAIL);
    await c.say('payer');
    expect(payments(c)).toEqual([{ invoice: second?.id, amount: second?.totalCents }]);
  });
});
