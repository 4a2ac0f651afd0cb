/**
 * A long absence over days mostly without bookings: the days without anything booked are counted with their span
 * (« absence.nothingBookedMany », « absence.noneBookedMany »), not listed one by one (an SMS of every day); the booked days
 * are cancelled. Hugo is booked at the canteen on 7, 8 and 10 December. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const statuses = (c: Chat) => c.core.db.$client.prepare('select day, status from reservations order by day').all();

describe('a long absence with few booked days', () => {
  it.each(['webchat', 'sms'])('%s: the unbooked days counted, the booked ones cancelled', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('réserver la cantine pour Hugo les 7, 8 et 10 décembre');
    await c.say('oui');
    const hugo = c.text(await c.say('Hugo sera absent du 30 novembre au 18 décembre'));
    expect(hugo).toContain(t('absence.nothingBookedMany', { name: 'Hugo', count: 12, from: '30 novembre', to: '18 décembre' }));
    expect(statuses(c)).toEqual(['2026-12-07', '2026-12-08', '2026-12-10'].map((day) => ({ day, status: 'cancelled' })));
    const lea = c.text(await c.say('Léa est absente du 30 novembre au 11 décembre'));
    expect(lea).toContain(t('absence.noneBookedMany', { name: 'Léa', count: 10, from: '30 novembre', to: '11 décembre' }));
  });
});
