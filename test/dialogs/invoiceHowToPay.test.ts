/**
 * At an invoice's question: « je paye comment ? » is how to pay (card on Paybox, the régie for
 * anything else), no payment started and the question asked again; « par carte », « en cb » are
 * « Payer » (a payment attempt is made); an answer not understood asks the question again without
 * sending the whole invoice again (by SMS, several messages). Web Chat and SMS.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS, offered, textBeforeOn } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const attempts = (c: Chat) => (c.core.db.$client.prepare('select count(*) as n from payments').get() as { n: number }).n;

/** Madame DURAND, signed in and linked, one invoice to pay, its detail on screen. */
async function atInvoice(channelId: string) {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  const invoice = await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour neige', 7380, '2026-12-15', 'agent');
  await c.say('mes factures');
  const shown = offered(await c.say('1'));
  return { c, shown, number: invoice.number };
}

describe.each(CHANNELS)('%s: at an invoice\'s question', (channelId) => {
  it.each(['je paye comment ?', 'comment on fait pour payer ?', 'comment je paie'])('« %s » says how to pay; nothing started, the question asked again', async (asked) => {
    const { c, shown } = await atInvoice(channelId);
    const replies = await c.say(asked);
    expect(c.text(replies)).toContain(textBeforeOn('invoices.paymentMeans', channelId));
    expect(offered(replies)).toEqual(shown);
    expect(attempts(c)).toBe(0);
  });

  it.each(['par carte', 'en cb', 'avec ma carte'])('« %s » pays it: an attempt is made for the invoice', async (answer) => {
    const { c } = await atInvoice(channelId);
    await c.say(answer);
    expect(attempts(c)).toBe(1);
  });

  it('an answer not understood asks the question again, without the invoice sent again', async () => {
    const { c, shown, number } = await atInvoice(channelId);
    const replies = await c.say('hein ?');
    expect(c.text(replies)).not.toContain(number);
    expect(replies.flatMap((r) => r.attachments ?? [])).toEqual([]);
    expect(offered(replies)).toEqual(shown);
    await c.say('1');
    expect(attempts(c)).toBe(1);
  });
});
