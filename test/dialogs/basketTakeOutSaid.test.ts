/**
 * At a basket, days taken out said the way residents say them: « en fait pas le vendredi »,
 * « elle ne mangera pas le 15 » (both read as an absence and left the booking:
 * « pas le vendredi » alone already worked). On SMS, « le 2 » at the numbered basket (« 1. Confirmer 2. Modifier
 * 3. Abandonner ») is « Modifier », not the 2nd of the month (the basket became that day, a week-end: every day lost),
 * and « le 2 » at the numbered children is Hugo, not a day. Days said instead that cannot be booked (« plutôt le 2 »,
 * a Saturday) keep the basket as it was, said why (it was dropped for an empty calendar). A day swapped for another
 * (« en fait non pas le 15, le 18 », « pas le vendredi mais le lundi 18 », « enlève le 15 et mets le 18 »: the 18th was
 * never added) and « oui mais pas le 15 » (not understood, then confirmed with the 15th). Every day taken out (« pas le 7
 * et pas le 8 »: the task ended on « Cet enfant n'est pas dans votre dossier ») goes back to the calendar; « et pour hugo
 * aussi » at the calendar adds Hugo (Léa was dropped). Reservations stored are asserted.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const chat = async (channelId: string) => (await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' })).c;
const rows = (c: Chat) =>
  c.core.db.$client.prepare("select ch.first_name as child, r.day from reservations r join children ch on ch.id = r.child_id where r.status = 'confirmed' order by r.day").all() as Array<{ child: string; day: string }>;
const START = 'réserver la cantine pour Léa du 11 au 15 janvier';
const lea = (...days: number[]) => days.map((d) => ({ child: 'Léa', day: `2027-01-${d}` }));

describe('days taken out of a basket, and numbers at numbered lists', () => {
  it.each(table([['en fait pas le vendredi'], ['elle ne mangera pas le 15']]))('%s: « %s »: the 15th leaves the basket', async (channel, phrasing) => {
    const c = await chat(channel);
    expect(offered(await c.say(START))).toEqual(BASKET);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(rows(c)).toEqual(lea(11, 12, 14));
  });

  it('sms: « le 2 » at the numbered basket: « Modifier », the basket\'s days kept', async () => {
    const c = await chat('sms');
    await c.say(START);
    expect(c.text(await c.say('le 2'))).not.toContain(textBefore('booking.basket.empty'));
    expect(offered(await c.say('le 18 janvier'))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(rows(c)).toEqual(lea(11, 12, 14, 15, 18));
  });

  it('sms: « le 2 » at the numbered children: Hugo\'s calendar, no day read', async () => {
    const c = await chat('sms');
    await c.say('réserver la cantine');
    expect(c.text(await c.say('le 2'))).not.toContain(textBefore('booking.basket.empty'));
    await c.say('le 8 décembre');
    await c.say('Confirmer');
    expect(rows(c)).toEqual([{ child: 'Hugo', day: '2026-12-08' }]);
  });

  // On SMS « le 2 » is the numbered « Modifier » (above): only « plutôt le 2 » is a day there.
  it.each([['webchat', 'plutôt le 2'], ['webchat', 'le 2'], ['sms', 'plutôt le 2']])('%s: « %s » (a Saturday) at the basket: the basket kept, said why', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say(START);
    const replies = await c.say(phrasing);
    // By SMS the basket was in the message before: said unchanged, not shown whole again.
    expect(c.text(replies)).toContain(channel === 'sms' ? c.core.texts.for('fr', false, true)('booking.basket.waiting') : fr['booking.basket.unchanged']);
    expect(c.text(replies)).toContain('2 janvier');
    expect(offered(replies)).toEqual(BASKET);
    await c.say('Confirmer');
    expect(rows(c)).toEqual(lea(11, 12, 14, 15));
  });

  it.each(table([['en fait non pas le 15, le 18'], ['pas le vendredi mais le lundi 18'], ['enlève le 15 et mets le 18']]))('%s: « %s »: the 15th out, the 18th in', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say(START);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(rows(c)).toEqual(lea(11, 12, 14, 18));
  });

  it.each(table([['pas le 15, le 18'], ['enlève le 15 et mets le 18']]))('%s: « Modifier », then « %s » at the calendar: the 15th out, the 18th in', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say(START);
    await c.say('Modifier');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(rows(c)).toEqual(lea(11, 12, 14, 18));
  });

  it.each(table([['oui mais pas le 15'], ["d'accord mais sans le 15"]]))('%s: « %s »: the 15th leaves the basket, nothing booked yet', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say(START);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    expect(rows(c)).toEqual([]);
    await c.say('Confirmer');
    expect(rows(c)).toEqual(lea(11, 12, 14));
  });
});

describe('every day taken out, and a child said on top', () => {
  it.each(table([['pas le 7 et pas le 8'], ['pas le 7 ni le 8']]))('%s: « %s » at a basket of the 7th and 8th: the calendar again, said so, the booking goes on', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say('réserver la cantine pour Léa le 7 et 8 janvier');
    expect(c.text(await c.say(phrasing))).toContain(textBefore('booking.basket.allTakenOut'));
    expect(offered(await c.say('le 11 janvier'))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(rows(c)).toEqual(lea(11));
  });

  it.each(table([['et pour hugo aussi']]))('%s: « Modifier », then « %s » at the calendar: Hugo with Léa, not instead', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say('réserver la cantine pour Léa le 7 et 8 janvier');
    await c.say('Modifier');
    await c.say(phrasing);
    expect(offered(await c.say('le 11 janvier'))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(rows(c).filter((r) => r.day === '2027-01-11').map((r) => r.child).sort()).toEqual(['Hugo', 'Léa']);
    expect(rows(c)).toHaveLength(6);
  });
});
