/**
 * « il mange à la cantine le 7 ? » at the calendar of January: a question about what is booked (never the canteen's contact),
 * answered for 7 January (the month shown), the booking put aside and offered back. Web Chat and SMS; the keys said
 * and the day shown. The clock is Wednesday 18 November 2026.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';
import { heard } from '../support/heard';
import { weekdayDay } from '../../dialogs/calendarCard';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('what is booked, asked at a calendar of another month', () => {
  it.each(table([['il mange à la cantine le 7 ?'], ['est-ce que Hugo mange à la cantine le 7 ?']]))('%s: « %s » at January’s calendar: the bookings of 7 January', async (channel, asked) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('réserver la cantine pour Hugo en janvier');
    const said = heard(await c.say(asked));
    expect(said).toContain(t('agenda.title', { period: weekdayDay('fr', '2027-01-07') }));
  });
});
