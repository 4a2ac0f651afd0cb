/**
 * A day cancelled after its deadline stays billed: the basket says so in the singular for one day (« ce jour reste
 * facturé »), in the plural for several. Web Chat and SMS; the rows assert the locale key said and the days still booked.
 * The clock is Monday 23 November 2026 (the 7 December past its deadline).
 */
import { bookedThenLate, family } from '../support/booking';
import type { Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a day cancelled after the deadline, in the basket', () => {
  it.each(CHANNELS)('%s: one day: the singular key', async (channelId) => {
    const { c } = await bookedThenLate(chats, channelId);
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    const text = c.text(await c.say('annuler la cantine le 7 décembre pour Léa'));
    const { booked, lea } = await family(c);
    const day = booked(lea).find((r) => r.day === '2026-12-07');
    expect(text).toContain(t('booking.basket.removedBilledOne', { name: 'Léa', days: '7 décembre' }));
    expect(text).not.toContain(t('booking.basket.removedBilled', { name: 'Léa', days: '7 décembre' }));
    expect(day?.status).toBe('confirmed');
  });
});
