/**
 * « comment on fait pour annuler un jour ? » at the calendar: how it goes (booking.calendar.howTo), the calendar asked
 * again, nothing booked; not « je n'ai pas compris les jours ». The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('how to, asked at the calendar', () => {
  it.each(table([['comment on fait pour annuler un jour ?'], ['comment je fais pour réserver ?']]))('%s: « %s »: explained, the calendar again', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('réserver la cantine pour Léa');
    const said = c.text(await c.say(phrasing));
    expect(said).toContain(t('booking.calendar.howTo'));
    expect(said).not.toContain(t('booking.daysNotUnderstood'));
    expect(c.core.db.$client.prepare('select day from reservations').all()).toEqual([]);
  });
});
