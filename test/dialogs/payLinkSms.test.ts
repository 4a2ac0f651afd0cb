/**
 * The payment link by SMS promises the bank's answer « here » only when it will be told there (the bot sends SMS and the
 * account has a number, src/bot/notifier.ts); otherwise only the receipt by e-mail. Web Chat always promises it.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
const TWILIO = { TWILIO_ACCOUNT_SID: `AC${'a1'.repeat(16)}`, TWILIO_AUTH_TOKEN: 'tok', TWILIO_FROM: '+33700000000' };

describe('the payment link', () => {
  it.each<[string, string, Record<string, string> | undefined, string | null, string]>([
    ['sms, the bot sends no SMS', 'sms', undefined, '06 12 34 56 78', 'invoices.payLinkMailOnly'],
    ['sms, no number on the account', 'sms', TWILIO, null, 'invoices.payLinkMailOnly'],
    ['sms, the bot sends SMS to the account\'s number', 'sms', TWILIO, '06 12 34 56 78', 'invoices.payLink'],
    ['web chat', 'webchat', undefined, null, 'invoices.payLink'],
  ])('%s: %s', async (_name, channelId, env, phone, key) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101', phone, ...(env ? { env } : {}) });
    await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour', 7380, '2026-12-15', 'agent');
    await c.say('mes factures');
    const said = c.text(await c.say('payer'));
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    // The key's last line (when the bank confirms), filled: the one that differs between the two.
    const lastLine = (k: string) => t(k, { email: 'francoise.durand@example.org' }).split('\n').at(-1) as string;
    expect(said).toContain(lastLine(key));
    expect(said).not.toContain(lastLine(key === 'invoices.payLink' ? 'invoices.payLinkMailOnly' : 'invoices.payLink'));
  });
});
