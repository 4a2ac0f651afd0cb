/**
 * The calendar card asked again after an aside (« horaires ») is sent from the prompt kept in the
 * conversation's state, which is redacted when saved. Its version token (`v`, what tells a card shown
 * before the bookings changed) had the shape of a family key and was saved as •••: « Valider » on the
 * card shown again was then read as an old card (« Vos réservations ont changé… »). The clock is
 * Wednesday 18 November 2026.
 */
import { signedInChat } from '../support/accounts';
import { cardOf, family, press } from '../support/booking';
import type { Chat } from '../support/harness';
import { fr } from '../support/prompts';
import { secretSpans } from '../../src/domain/secretShapes';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const STALE = (fr['booking.staleCard'] ?? '').slice(0, 40);

describe('the calendar card shown again after an aside', () => {
  it.each([['no day booked', false], ['a day booked before', true]])('%s: « Valider » on it is not an old card', async (_name, bookedBefore) => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    const f = await family(c);
    if (bookedBefore) {
      await c.say('réserver la cantine le 10 décembre pour Léa');
      await c.say('Confirmer');
    }
    await c.say('réserver');
    await c.say('Restauration scolaire');
    const first = cardOf(await c.say('Léa'));
    const again = cardOf(await c.say('horaires'));
    const version = (again.actions[0]?.data as { v?: string }).v;
    expect(version).toBe((first.actions[0]?.data as { v?: string }).v);
    expect(secretSpans(version ?? '')).toEqual([]);
    const replies = c.text(await c.say(press(again, 'Valider', { [`d_${f.lea}_2026-12-03`]: 'true' })));
    expect(STALE.length).toBeGreaterThan(20);
    expect(replies).not.toContain(STALE);
    await c.say('Confirmer');
    expect(f.booked(f.lea).map((r) => r.day)).toEqual(bookedBefore ? ['2026-12-03', '2026-12-10'] : ['2026-12-03']);
  });
});
