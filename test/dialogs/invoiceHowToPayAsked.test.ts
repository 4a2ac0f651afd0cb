/**
 * « comment faire pour payer », « comment je peux payer ? », « how do I pay? » asked at the menu (signed in with an
 * invoice to pay, or not signed in): how to pay is said (card on Paybox, the régie for anything else); no payment is
 * started and no sign-in asked. « payer ma facture » still pays. Web Chat and SMS.
 */
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { textBefore, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** How to pay, in the language the answer came in (a message in English is answered in English). */
const howToPay = (c: Chat, said: string, channel: string) => expect((['fr', 'en'] as const).map((l) => c.core.texts.for(l, false, channel === 'sms')('invoices.paymentMeans', {})).some((t) => said.includes(t.slice(0, 30)))).toBe(true);
const attempts = (c: Chat) => (c.core.db.$client.prepare('select count(*) as n from payments').get() as { n: number }).n;
const ASKED = [['comment faire pour payer'], ['comment faire pour payer svp'], ['comment je peux payer ?'], ['comment faut-il faire pour payer ?'], ['c comment pour payer'], ['cmt faire pr payer'], ['how do I pay?']] as Array<[string]>;

/** Madame DURAND, signed in and linked, one invoice to pay. */
async function withInvoice(channelId: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour neige', 7380, '2026-12-15', 'agent');
  return c;
}

describe('how to pay, asked at the menu', () => {
  it.each(table(ASKED))('%s: signed in, « %s » says how to pay; nothing started', async (channel, asked) => {
    const c = await withInvoice(channel);
    howToPay(c, c.text(await c.say(asked)), channel);
    expect(attempts(c)).toBe(0);
  });

  it.each(table(ASKED))('%s: not signed in, « %s » says how to pay; no sign-in asked', async (channel, asked) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const said = c.text(await c.say(asked));
    howToPay(c, said, channel);
    expect(said).not.toContain(textBefore('signIn.askEmail').slice(0, 30));
  });

  it.each(table([['payer ma facture'], ['je veux payer']]))('%s: « %s » still pays: the invoice shown, « oui », an attempt is made', async (channel, asked) => {
    const c = await withInvoice(channel);
    await c.say(asked);
    expect(attempts(c)).toBe(0);
    await c.say('oui');
    expect(attempts(c)).toBe(1);
  });
});
