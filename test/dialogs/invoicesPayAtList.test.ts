/**
 * « payer », « je paye », « régler » typed at the list of invoices (« mes factures »): with one
 * invoice to pay, its payment starts (a payment attempt stored for its amount); with several, no
 * payment starts and the list of the unpaid ones is given again, numbered, to choose from; with none
 * left to pay, nothing starts. Web Chat and SMS; the assertions look at the payments stored.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const attempts = (c: Chat) => c.core.db.$client.prepare('select invoice_id as invoice, amount_cents as amount from payments order by id').all() as Array<{ invoice: number; amount: number }>;

async function withInvoices(channelId: string, amounts: number[]) {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  const created = [];
  for (const [n, amount] of amounts.entries()) created.push(await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', `Séjour ${n + 1}`, amount, '2026-12-15', 'agent'));
  return { c, created };
}

describe('« payer » at the list of invoices', () => {
  it.each(table([['payer'], ['je paye'], ['régler'], ['je veux la payer']]))('%s: one invoice, « %s »: its payment starts', async (channel, phrasing) => {
    const { c, created } = await withInvoices(channel, [7380]);
    await c.say('mes factures');
    const said = c.text(await c.say(phrasing));
    expect(attempts(c)).toEqual([{ invoice: created[0]!.id, amount: 7380 }]);
    expect(said).toMatch(/\/paiement\/\S+/);
  });

  it.each(table([['payer'], ['régler']]))('%s: two invoices, « %s »: which one is asked, the unpaid ones numbered; « 2 » then « Payer » pays that one', async (channel, phrasing) => {
    const { c, created } = await withInvoices(channel, [7380, 1200]);
    await c.say('mes factures');
    // The list, in text (SMS) or on a card (Web Chat).
    const asked = JSON.stringify(await c.say(phrasing));
    expect(attempts(c)).toEqual([]);
    for (const invoice of created) expect(asked).toContain(invoice.number);
    expect(asked).toMatch(/(?:\\n|\*\*)1\./);
    expect(asked).toMatch(/(?:\\n|\*\*)2\./);
    // The list's second line is paid.
    const second = asked.indexOf(created[0]!.number) > asked.indexOf(created[1]!.number) ? created[0]! : created[1]!;
    await c.say('2');
    await c.say('Payer');
    expect(attempts(c)).toEqual([{ invoice: second.id, amount: second.totalCents }]);
  });

  it.each(table([['payer']]))('%s: the one invoice already paid, « %s »: nothing starts', async (channel, phrasing) => {
    const { c } = await withInvoices(channel, [7380]);
    c.core.db.$client.prepare("update invoices set status = 'paid'").run();
    await c.say('mes factures');
    await c.say(phrasing);
    expect(attempts(c)).toEqual([]);
  });
});
