/**
 * How to pay, asked (« je peux payer en plusieurs fois ? », « et par chèque ? »): online by card
 * through Paybox, and for anything else the Régie centrale (its phone is given). At an invoice's
 * question it is answered there and the invoice's question asked again (then « Payer » starts a
 * payment); at the menu no payment starts. Each row asserts the payment attempts stored.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { labels, offered, table } from '../support/prompts';
import { demoCommuneConfigs } from '../support/demoCommunes';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const PAY = labels('invoices.payShort', 'invoices.back', 'invoices.menu');
const attempts = (c: Chat) => c.core.db.$client.prepare('select amount_cents as amount from payments').all();
const regiePhone = demoCommuneConfigs().find((x) => x.commune.id === 'carrieres-sous-poissy')!.commune.services.find((s) => s.code === 'regie')!.phone as string;

async function atInvoice(channelId: string) {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour neige', 7380, '2026-12-15', 'agent');
  expect(offered(await c.say('payer ma facture'))).toEqual(PAY);
  return c;
}

describe('how to pay, asked', () => {
  it.each(table([['je peux payer en plusieurs fois ?'], ['et par chèque ?'], ['vous acceptez les chèques ?'], ['je peux payer en espèces ?']]))('%s: at the invoice, « %s »: the Régie’s phone, then the invoice’s question', async (channel, question) => {
    const c = await atInvoice(channel);
    const replies = await c.say(question);
    expect(c.text(replies).replace(/\s+/g, ' ')).toContain(regiePhone);
    expect(offered(replies)).toEqual(PAY);
    await c.say('Payer');
    expect(attempts(c)).toEqual([{ amount: 7380 }]);
  });

  it.each(table([['je peux payer en plusieurs fois ?'], ['on peut payer par chèque ?']]))('%s: at the menu, « %s »: answered, no payment started', async (channel, question) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour neige', 7380, '2026-12-15', 'agent');
    const replies = await c.say(question);
    expect(c.text(replies).replace(/\s+/g, ' ')).toContain(regiePhone);
    expect(offered(replies)).not.toEqual(PAY);
    expect(attempts(c)).toEqual([]);
  });
});
