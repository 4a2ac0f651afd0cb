/**
 * « à partir de lundi » typed at the booking calendar (no « réserver » said): until when is asked (« booking.untilWhen »), with
 * the calendar of the start's month (next Monday, 23 November, not a Monday of the month shown); the end said next books
 * the days in between. Before, the Monday of the month shown was booked alone. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { cardOf, inputsOf } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const rows = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status != 'cancelled' order by day").all() as Array<{ day: string }>).map((r) => r.day);
/** The months of the days the card shows (its inputs are named d_<child>_<day>). */
const cardMonths = (replies: Awaited<ReturnType<Chat['say']>>) => [...new Set(Object.keys(inputsOf(cardOf(replies).body)).map((k) => /_(\d{4}-\d{2})-\d{2}$/.exec(k)?.[1]).filter(Boolean))];

describe('« à partir de lundi » at the calendar', () => {
  it.each([['réserver la cantine pour Hugo'], ['réserver la cantine pour Hugo en janvier']])('after « %s »: until when asked with November, then Monday to Friday booked', async (opening) => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, false);
    await c.say(opening);
    const replies = await c.say('à partir de lundi');
    expect(c.text(replies)).toContain(t('booking.untilWhen'));
    expect(cardMonths(replies)).toEqual(['2026-11']);
    await c.say('vendredi');
    await c.say('oui');
    expect(rows(c)).toEqual(['2026-11-23', '2026-11-24', '2026-11-26', '2026-11-27']);
  });

  it('sms: « a partir de lundi » then « jusqu au 4 decembre »', async () => {
    const { c } = await signedInChat(chats, { channelId: 'sms', linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, true);
    await c.say('réserver la cantine pour Hugo');
    expect(c.text(await c.say('a partir de lundi'))).toContain(t('booking.untilWhen'));
    await c.say('jusqu au 4 decembre');
    await c.say('oui');
    expect(rows(c)).toEqual(['2026-11-23', '2026-11-24', '2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01', '2026-12-03', '2026-12-04']);
  });
});
