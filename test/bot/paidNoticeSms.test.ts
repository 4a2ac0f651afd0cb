/**
 * The bank's answer told to a resident whose last conversation was by SMS: an SMS to the account's number (the
 * notice's short text) when the bot sends SMS; nothing when it does not, or when the account has no number.
 */
import { ConversationNotifier } from '../../src/bot/notifier';
import { euros } from '../../src/domain/invoicing';
import type { Notice } from '../../src/domain/payments';
import { createLogger } from '../../src/logger';
import { durandFixture, type ReminderFixture } from '../support/reminders';

let f: ReminderFixture;
afterEach(() => f.core.close());

const PAID: Notice = { kind: 'paymentPaid', number: 'F-2026-0001', amountCents: 7380, email: 'francoise.durand@example.org' };
function notifier(sent?: Array<[string, string]>): ConversationNotifier {
  const sender = sent ? { send: async (phone: string, body: string) => (sent.push([phone, body]), true) } : undefined;
  return new ConversationNotifier(undefined as never, undefined as never, '', f.core.service, f.core.texts, createLogger('silent'), sender);
}

describe('a payment notice by SMS', () => {
  it('sent to the account\'s number, in the notice\'s SMS text', async () => {
    f = await durandFixture('2026-11-18T09:00:00Z', { chat: 'sms' });
    const sent: Array<[string, string]> = [];
    expect(await notifier(sent).notify(f.account.id, PAID)).toBe(true);
    const t = f.core.texts.for('fr', false, true);
    expect(sent).toEqual([['06 12 34 56 78', t('payment.told.paid', { number: PAID.number, amount: euros(PAID.amountCents), email: PAID.email })]]);
  });

  it('not sent when the bot sends no SMS, or the account has no number', async () => {
    f = await durandFixture('2026-11-18T09:00:00Z', { chat: 'sms' });
    expect(await notifier().notify(f.account.id, PAID)).toBe(false);
    f.core.close();
    f = await durandFixture('2026-11-18T09:00:00Z', { chat: 'sms', phone: null });
    const sent: Array<[string, string]> = [];
    expect(await notifier(sent).notify(f.account.id, PAID)).toBe(false);
    expect(sent).toEqual([]);
  });
});
