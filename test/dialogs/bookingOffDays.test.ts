/**
 * A day asked that is not one of the activity's days (« centre de loisirs demain » on a Thursday in
 * school weeks: the Wednesday activity on a Friday; « cantine mercredi »): nothing is booked, the
 * resident is told when the activity runs (from its configuration) and offered the nearest days it
 * can be booked; one of them typed next is booked. On Web Chat and by SMS, on Thursday 3 December 2026.
 */
import { signedInChat } from '../support/accounts';
import { family, signInAgain } from '../support/booking';
import type { Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function onThursday(channelId: string) {
  const { c, clock } = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId });
  clock.advance((Date.parse('2026-12-03T10:00:00Z') - clock.now().getTime()) / 60_000);
  await signInAgain(c);
  return c;
}
const allBookings = (c: Chat) => c.core.db.$client.prepare('select child_id as childId, activity_id as activityId, day from reservations order by day').all();

describe.each(CHANNELS)('a day the activity does not run (%s)', (channel) => {
  it('« centre de loisirs demain » on a Thursday: nothing booked on the Friday; it runs on Wednesdays, the next two are offered, one typed is booked', async () => {
    const c = await onThursday(channel);
    const f = await family(c);
    const wednesday = f.activities.find((a) => a.code === 'wednesday');
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const text = c.text(await c.say('centre de loisirs demain'));
    expect(allBookings(c)).toEqual([]);
    expect(text).toContain(t('booking.runs.wednesdays', { activity: wednesday?.label }));
    expect(text).toContain(t('booking.nearest', { days: 'mercredi 9 décembre et mercredi 16 décembre' }));
    await c.say('le 9 décembre');
    await c.say(channel === 'sms' ? 'oui' : 'Confirmer');
    expect(allBookings(c)).toEqual([{ childId: f.lea, activityId: wednesday?.id, day: '2026-12-09' }]);
  });

  it('« cantine mercredi pour Léa »: nothing booked; the school days are said, the Tuesday and Thursday around it offered', async () => {
    const c = await onThursday(channel);
    const f = await family(c);
    const canteen = f.activities.find((a) => a.id === f.canteen);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const text = c.text(await c.say('cantine mercredi pour Léa'));
    expect(allBookings(c)).toEqual([]);
    expect(text).toContain(t('booking.runs.schoolDays', { activity: canteen?.label, days: 'lundi, mardi, jeudi et vendredi' }));
    expect(text).toContain(t('booking.nearest', { days: 'mardi 8 décembre et jeudi 10 décembre' }));
  });
});
