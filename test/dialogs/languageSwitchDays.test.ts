/**
 * « english » at a booking's basket: the basket is said again in English, its days too (« 12 January », not
 * « 12 janvier » inside an English sentence). Web Chat and SMS; the clock is Wednesday 18 November 2026.
 */
import { listDays } from '../../src/domain/formats';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the basket said again in English', () => {
  it.each(CHANNELS)('%s: its days in English words', async (channelId) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    const sms = channelId === 'sms';
    const french = c.core.texts.for('fr', false, sms)('booking.basket.added', { name: 'Léa', days: listDays('fr', ['2027-01-12']) });
    expect(c.text(await c.say('réserver la cantine pour Léa le 12 janvier'))).toContain(french);
    const english = c.core.texts.for('en', false, sms)('booking.basket.added', { name: 'Léa', days: listDays('en', ['2027-01-12']) });
    expect(c.text(await c.say('english'))).toContain(english);
  });
});
