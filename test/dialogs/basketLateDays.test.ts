/**
 * Days booked after the deadline, with the same surcharge: one line per child in the basket (the days listed
 * together, the surcharge a day), not one line per day (a week of late days for two children was ten lines, a long SMS).
 * Asserts the locale text said and the rows stored. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET, family } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('late days in the basket', () => {
  // By SMS, the two children's same days on one line (« Léa et Hugo : … »).
  it.each(table([['réserver la cantine pour Léa et Hugo le 30 novembre et le 1er décembre']]))('%s: « %s » → one late line per child (by SMS one for both), both days stored late', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const f = await family(c);
    const replies = await c.say(phrasing);
    expect(offered(replies)).toEqual(BASKET);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const said = c.text(replies).replace(/[\u202f\u00a0]/g, ' ');
    for (const name of channel === 'sms' ? ['Léa et Hugo'] : ['Léa', 'Hugo']) {
      const line = t('booking.basket.lateDays', { name, days: '30 novembre, 1er décembre', percent: 20, amount: '0,62 €' }).replace(/[\u202f\u00a0]/g, ' ');
      expect(said).toContain(line);
      expect(said.split('\n').filter((l) => l.startsWith(`${name} `))).toHaveLength(1);
    }
    // 4 days at 3,10 €, each with its 0,62 € surcharge.
    expect(said).toContain(t('booking.basket.cost', { amount: '14,88 €', price: '3,10 €' }).replace(/[\u202f\u00a0]/g, ' '));
    await c.say('1');
    for (const child of [f.lea, f.hugo]) expect(f.booked(child).map((r) => [r.day, r.late, r.surcharge])).toEqual([['2026-11-30', 1, 20], ['2026-12-01', 1, 20]]);
  });
});
