/**
 * Two SMS answers that were 3 segments (GSM-7: 160 characters for one, 153 a segment beyond), now at most 2, their meaning
 * kept: the basket of a day booked after the deadline (353 characters: the day, the surcharge, the town hall's agreement, the
 * price, the options) and the payment link of an invoice (the link, the amount, the bank's answer told here when the bot
 * sends SMS, the receipt). The links are as long as with a commune's real address.
 */
import { buildBot } from '../../src/index';
import { SmsAdapter } from '../../src/sms/smsAdapter';
import { segments, smsBody, toGsm7 } from '../../src/sms/smsText';
import { linkedDurand } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const FROM = '+33600000029';
const PUBLIC_URL = 'https://espace-citoyens.carrieres-sous-poissy.fr';
const SMS_OUT = { TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`, TWILIO_AUTH_TOKEN: 'tok', TWILIO_FROM: '+33600000000', TWILIO_API_URL: 'http://127.0.0.1:9' };

async function durandBySms(env: Record<string, string>) {
  const c = startChat({ channelId: 'sms', env: { PUBLIC_URL, ...env } });
  chats.push(c);
  const account = await linkedDurand(c.core, 'francoise.durand@example.org');
  await c.core.service.deps.repos.accounts.updateContact(account.id, { phone: '+33612345678' });
  const bot = buildBot(c.core);
  const adapter = new SmsAdapter();
  const say = async (text: string) => smsBody(await adapter.receive(FROM, text, undefined, (ctx) => bot.run(ctx)));
  for (const text of ['bonjour', '1', 'me connecter', 'francoise.durand@example.org']) await say(text);
  await say(lastCode(c.core.config.outboxDir, 'francoise.durand@example.org'));
  return { c, say, t: c.core.texts.for('fr', false, true) };
}

const cost = (bodies: string[]) => bodies.reduce((n, b) => n + segments(b), 0);

describe('by SMS, in at most 2 segments', () => {
  it('the basket of a day after the deadline: the surcharge, the agreement awaited, the price, the options', async () => {
    // The clock is Wednesday 18 November 2026: Tuesday the 24th is past its deadline.
    const { say, t } = await durandBySms({});
    const bodies = await say('réserver la cantine le 24 novembre pour Léa');
    const said = bodies.join('\n');
    expect(said).toContain(t('booking.basket.pendingNote'));
    expect(said).toMatch(/20 %/);
    expect(said).toMatch(/0,62/);
    expect(said).toMatch(/3,72/);
    expect(said).toMatch(/^3\. /m);
    expect(cost(bodies)).toBeLessThanOrEqual(2);
  });

  it.each([
    ['the bank’s answer told here', SMS_OUT, 'invoices.payLink'],
    ['the receipt by e-mail only', {}, 'invoices.payLinkMailOnly'],
  ] as const)('the payment link (%s): the link, the invoice, its amount', async (_what, env, key) => {
    const { c, say, t } = await durandBySms(env);
    const invoice = await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour neige', 7380, '2026-12-15', 'agent');
    await say('payer ma facture');
    const bodies = await say('1');
    const said = bodies.join('\n');
    const url = said.match(/https:\S+\/paiement\/\S+/)?.[0] as string;
    expect(url.startsWith(PUBLIC_URL)).toBe(true);
    expect(said).toContain(toGsm7(t(key, { number: invoice.number, amount: '73,80 €', url, email: 'francoise.durand@example.org' })).split('\n').at(-1));
    expect(said).toContain(invoice.number);
    expect(said).toMatch(/73,80/);
    expect(cost(bodies)).toBeLessThanOrEqual(2);
  });

  it.each([
    ['the bank’s answer told here', SMS_OUT],
    ['the receipt by e-mail only', {}],
  ] as const)('the payment link with another invoice to pay (%s): the link, the invoice, its amount, the other one said', async (_what, env) => {
    const { c, say, t } = await durandBySms(env);
    const invoice = await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour neige', 7380, '2026-12-15', 'agent');
    await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo de classe', 1200, '2026-12-20', 'agent');
    await say('payer ma facture');
    await say('séjour neige');
    const bodies = await say('1');
    const said = bodies.join('\n');
    expect(said).toMatch(new RegExp(`${PUBLIC_URL.replace(/\./g, '\\.')}/paiement/\\S+`));
    expect(said).toContain(invoice.number);
    expect(said).toMatch(/73,80/);
    expect(said).toContain(toGsm7(t('invoices.payNext')));
    expect(cost(bodies)).toBeLessThanOrEqual(2);
  });
});
