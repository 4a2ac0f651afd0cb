/**
 * The basket asked again after an aside: « mes factures » at the basket puts the booking aside,
 * « reprendre » brings it back — with the basket read back, not only « Confirmez-vous ce panier ? »
 * (the resident no longer saw what was in it). Web Chat and SMS; each row asserts the question
 * asked next, the basket's days said again, and the reservations stored once confirmed.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, offered, table } from '../support/prompts';
import { segments, toGsm7 } from '../../src/sms/smsText';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const days = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status = 'confirmed' order by day").all() as Array<{ day: string }>).map((r) => r.day);
/** The basket's title before the activity, as the channel says it (shorter by SMS). */
const basketTitle = (c: Chat, channel: string) => c.core.texts.for('fr', false, channel === 'sms')('booking.basket.title').split(/ —| \{/)[0] as string;

describe('the basket shown again when the booking is resumed', () => {
  it.each(table([['mes factures'], ['je voudrais voir mes factures']]))('%s: « %s » at the basket, then « reprendre »: the basket read back, then confirmed', async (channel, aside) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la cantine pour Léa le 12 janvier'))).toEqual(BASKET);
    expect(offered(await c.say(aside))).not.toEqual(BASKET);
    const back = await c.say('reprendre');
    expect(offered(back)).toEqual(BASKET);
    expect(c.text(back)).toContain(basketTitle(c, channel));
    expect(c.text(back)).toContain('12 janvier');
    expect(days(c)).toEqual([]);
    await c.say('oui');
    expect(days(c)).toEqual(['2027-01-12']);
  });

  // By SMS the basket was in the message just before the aside: a reminder, not the basket whole again (a 479-character
  // message repeated a basket of several days and its prices).
  it.each(table([["c'est ouvert samedi la mairie ?"]]))('%s: a practical question « %s » at the basket: answered, then the basket read back (SMS: a reminder)', async (channel, aside) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la cantine pour Léa le 12 janvier'))).toEqual(BASKET);
    const next = await c.say(aside);
    expect(offered(next)).toEqual(BASKET);
    if (channel === 'sms') {
      expect(c.text(next)).toContain(fr['booking.basket.waiting']);
      expect(c.text(next)).not.toContain('12 janvier');
    } else expect(c.text(next)).toContain('12 janvier');
    await c.say('oui');
    expect(days(c)).toEqual(['2027-01-12']);
  });

  it('sms: a practical question at a basket of several days: the answer and a reminder in 2 segments, then the days confirmed', async () => {
    const { c } = await signedInChat(chats, { channelId: 'sms', linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la cantine pour Léa et Hugo les 11, 12, 14 et 15 janvier'))).toEqual(BASKET);
    const next = c.text(await c.say('la mairie ferme à quelle heure ?'));
    expect(next).toContain(fr['booking.basket.waiting']);
    expect(segments(toGsm7(next))).toBeLessThanOrEqual(2);
    await c.say('1');
    expect(days(c)).toEqual(['2027-01-11', '2027-01-11', '2027-01-12', '2027-01-12', '2027-01-14', '2027-01-14', '2027-01-15', '2027-01-15']);
  });

  it.each(table([["c'est ouvert samedi la mairie ?"]]))('%s: « %s » at the basket, then « reprendre » with nothing put aside: the booking goes on, one answer (no « rien à reprendre »)', async (channel, aside) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la cantine pour Léa le 12 janvier'))).toEqual(BASKET);
    expect(offered(await c.say(aside))).toEqual(BASKET);
    const back = await c.say('reprendre');
    expect(c.text(back)).not.toContain((fr['topics.nothingPaused'] ?? '').split('.')[0] as string);
    expect(offered(back)).toEqual(BASKET);
    expect(c.text(back)).toContain('12 janvier');
    await c.say('oui');
    expect(days(c)).toEqual(['2027-01-12']);
  });

  it.each(table([['reprendre']]))('%s: « %s » at an absence\'s question with the basket put aside: the basket back, the absence said put aside in the same reply, then each back in turn', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la cantine pour Léa le 12 janvier'))).toEqual(BASKET);
    const absence = offered(await c.say('signaler une absence'));
    expect(absence).not.toEqual(BASKET);
    const back = await c.say(said);
    expect(offered(back)).toEqual(BASKET);
    expect(c.text(back)).toContain((fr['topics.paused'] ?? '').split('{{')[0] as string);
    expect(offered(await c.say(said))).toEqual(absence);
    expect(offered(await c.say(said))).toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual(['2027-01-12']);
  });
});
