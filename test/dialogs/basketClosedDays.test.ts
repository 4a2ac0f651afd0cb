/**
 * A range asked at the holiday centre (« du 8 au 17 février »): the week-end between the days kept is not listed as « non
 * retenu » (the gap in the days says it), on every channel — before, the Web Chat listed it (SMS did not). A week-end day
 * asked at the end of the days (« le 12 et le 13 février ») is still said. Madame DUPONT (Rémi, holiday centre) at
 * Chanteloup-les-Vignes. Outcome: the set-aside line of the week-end, the days stored once confirmed. The clock is
 * Wednesday 18 November 2026.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS, offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const stored = (c: Chat): string[] =>
  (c.core.db.$client.prepare("select day from reservations where status in ('confirmed', 'pending') order by day").all() as Array<{ day: string }>).map((r) => r.day);

const dupont = async (channelId: string) =>
  (await signedInChat(chats, { channelId, communeId: 'chanteloup-les-vignes', email: 'aurelie.dupont@example.org', linkFile: 'CLV-F-000042' })).c;

/** « Rémi, {days} : non retenu (week-end). » as the channel says it. */
const weekendLine = (c: Chat, channel: string, days: string) => {
  const t = c.core.texts.for('fr', false, channel === 'sms');
  return t('booking.aside.line', { name: 'Rémi', days, why: t('booking.closed.weekend') });
};

describe('the week-end inside a range asked', () => {
  it.each(CHANNELS)('%s: « du 8 au 17 février »: the week-end not listed, the eight days booked', async (channel) => {
    const c = await dupont(channel);
    const replies = await c.say('inscrire rémi au centre de loisirs du 8 au 17 février');
    expect(offered(replies)).toEqual(BASKET);
    expect(c.text(replies)).not.toContain(weekendLine(c, channel, '13 et 14 février'));
    await c.say('Confirmer');
    expect(stored(c)).toEqual(['08', '09', '10', '11', '12', '15', '16', '17'].map((d) => `2027-02-${d}`));
  });

  it.each(CHANNELS)('%s: « le 12 et le 13 février »: the Saturday asked is said', async (channel) => {
    const c = await dupont(channel);
    expect(c.text(await c.say('inscrire rémi au centre de loisirs le 12 et le 13 février'))).toContain(weekendLine(c, channel, '13 février'));
  });
});
