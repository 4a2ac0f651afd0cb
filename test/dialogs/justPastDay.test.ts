/**
 * « réserver la cantine pour Léa le 16 novembre » said on 18 November: the date reader reads a day without its year
 * forward (next November), so the basket said « pas inscrit à cette activité » (next school year) and showed that
 * month. The day just past is said as such. Asserts the reason said (its locale key) and nothing stored.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { justPastDayNextYear } from '../../src/domain/basketPlan';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const stored = (c: Chat) => c.core.db.$client.prepare('select day from reservations').all();

describe('a day of the last weeks asked to book', () => {
  it.each(table([['reserver la cantine pour lea le 16 novembre'], ['cantine lea le lundi 16 novembre svp']]))('%s: « %s » is said past, not « pas inscrit »', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const text = c.text(await c.say(said));
    expect(text).toContain(fr['booking.aside.past']);
    expect(text).not.toContain(fr['booking.aside.notEnrolled']);
    expect(stored(c)).toEqual([]);
  });
});

describe('justPastDayNextYear', () => {
  it.each([
    ['2027-11-16', '2026-11-18', true],
    ['2027-12-03', '2026-12-06', true],
    ['2027-09-15', '2026-12-06', false],
    ['2027-01-12', '2026-12-06', false],
    ['2026-12-07', '2026-12-06', false],
  ])('%s said on %s → %p', (day, today, past) => {
    expect(justPastDayNextYear(day, today)).toBe(past);
  });
});
