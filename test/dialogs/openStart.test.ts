/**
 * Days said from a start only (« à partir du lundi 7 décembre »), for a booking or an absence: not that day alone, until
 * when is asked (locale key), and the end answered (« vendredi », « jusqu'au 8 ») gives the days from the start to it.
 * Web Chat and SMS; asserts the rows. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const rows = (c: Chat) => c.core.db.$client.prepare(`select day, status from reservations where day between '2026-12-07' and '2026-12-11' order by day`).all() as Array<{ day: string; status: string }>;

describe('a booking from a start only', () => {
  it.each(['webchat', 'sms'])('%s: « à partir du lundi 7 décembre »: until when asked, « vendredi » books the week', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say('réserver la cantine pour Léa à partir du lundi 7 décembre'))).toContain(t('booking.untilWhen'));
    await c.say('vendredi');
    await c.say('oui');
    // Wednesday 9 has no canteen.
    expect(rows(c).map((r) => r.day)).toEqual(['2026-12-07', '2026-12-08', '2026-12-10', '2026-12-11']);
  });
});

describe('an absence from a start only', () => {
  it.each([
    ['webchat', 'jusqu\'au 8'],
    ['sms', 'jusqu\'au 8'],
    ['webchat', 'mardi'],
    ['sms', 'le 8'],
  ])('%s: « à partir du 7 décembre »: until when asked, « %s » cancels the 7 and 8 only', async (channel, end) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('réserver la cantine pour Léa du 7 au 11 décembre');
    await c.say('oui');
    expect(c.text(await c.say('Léa sera absente à partir du 7 décembre'))).toContain(t('booking.untilWhen'));
    expect(rows(c).every((r) => r.status === 'confirmed')).toBe(true);
    await c.say(end);
    expect(rows(c)).toEqual([
      { day: '2026-12-07', status: 'cancelled' },
      { day: '2026-12-08', status: 'cancelled' },
      { day: '2026-12-10', status: 'confirmed' },
      { day: '2026-12-11', status: 'confirmed' },
    ]);
  });
});

describe('a bare number at « Jusqu\'à quand ? »', () => {
  it.each(['webchat', 'sms'])('%s: « 2 » (before the start, in the month after) is asked again, nothing cancelled; « 8 » is the 8th', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('réserver la cantine pour Léa du 7 au 11 décembre');
    await c.say('oui');
    await c.say('Léa sera absente à partir du 7 décembre');
    expect(c.text(await c.say('2'))).toContain(t('booking.untilWhen'));
    expect(rows(c).every((r) => r.status === 'confirmed')).toBe(true);
    await c.say('8');
    expect(rows(c).map((r) => r.status)).toEqual(['cancelled', 'cancelled', 'confirmed', 'confirmed']);
  });
});
