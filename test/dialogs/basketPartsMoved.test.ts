/**
 * At a cantine basket of both children (the DURAND family: both eat at the cantine, Léa has the morning care, Hugo
 * the evening care), one child's days moved to the care, however it is said: « Hugo, pas à la cantine mais à la
 * garderie » (it read as an absence and left the booking), « non hugo c'est la garderie pas la cantine », « pour hugo
 * plutot la garderie », « mets plutôt Hugo à la garderie » (these kept Hugo alone at the cantine, Léa dropped). Hugo
 * leaves the cantine basket (said so), Léa stays, Hugo's care follows for the same days; « et Hugo aussi à la
 * garderie » keeps Hugo at the cantine too. The same at the calendar of both (« réserver la cantine pour Léa et Hugo »,
 * no day yet): it read as an absence, or kept Hugo alone at the cantine. A day taken out of Léa's basket (« pas le 8 »)
 * is hers only: Hugo's care keeps the days said for it (it lost them too). Web Chat and SMS; the reservations stored are asserted.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const chat = async (channelId: string) => (await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' })).c;
const rows = (c: Chat) =>
  c.core.db.$client.prepare("select ch.first_name as child, a.code, r.day from reservations r join activities a on a.id = r.activity_id join children ch on ch.id = r.child_id where r.status = 'confirmed' order by ch.first_name desc, a.code, r.day").all();
const basketCode = (c: Chat) => (c.core.db.$client.prepare('select a.code from baskets b join activities a on a.id = b.activity_id order by b.id desc limit 1').get() as { code: string } | undefined)?.code;
const START = 'réserver la cantine pour Léa et Hugo le 7 et 8 janvier';
const row = (child: string, code: string) => ['2027-01-07', '2027-01-08'].map((day) => ({ child, code, day }));

describe('a child of the basket moved to another activity', () => {
  it.each(table([['Hugo, pas à la cantine mais à la garderie'], ["non hugo c'est la garderie pas la cantine"], ['pour hugo plutot la garderie'], ['mets plutôt Hugo à la garderie']]))(
    '%s: « %s »: Hugo leaves the cantine basket, Léa stays, Hugo\'s care next',
    async (channel, phrasing) => {
      const c = await chat(channel);
      expect(offered(await c.say(START))).toEqual(BASKET);
      const replies = await c.say(phrasing);
      expect(c.text(replies)).toContain(textBefore('booking.parts.movedOut'));
      expect(offered(replies)).toEqual(BASKET);
      expect(basketCode(c)).toBe('canteen');
      await c.say('Confirmer');
      expect(rows(c)).toEqual(row('Léa', 'canteen'));
      expect(basketCode(c)).toBe('evening');
      await c.say('Confirmer');
      expect(rows(c)).toEqual([...row('Léa', 'canteen'), ...row('Hugo', 'evening')]);
    },
  );

  it.each(table([['et hugo aussi à la garderie']]))('%s: « %s »: Hugo stays at the cantine, his care next', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say(START);
    const replies = await c.say(phrasing);
    expect(c.text(replies)).not.toContain(textBefore('booking.parts.movedOut'));
    expect(offered(replies)).toEqual(BASKET);
    await c.say('Confirmer');
    await c.say('Confirmer');
    expect(rows(c)).toEqual([...row('Léa', 'canteen'), ...row('Hugo', 'canteen'), ...row('Hugo', 'evening')]);
  });

  it.each(table([['Hugo, pas à la cantine mais à la garderie'], ['hugo plutot a la garderie']]))('%s: « %s » at the calendar of both: Hugo leaves it, his care next', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say('réserver la cantine pour Léa et Hugo');
    expect(c.text(await c.say(phrasing))).toContain(textBefore('booking.parts.movedOutCalendar'));
    expect(offered(await c.say('le 7 et 8 janvier'))).toEqual(BASKET);
    expect(basketCode(c)).toBe('canteen');
    await c.say('Confirmer');
    expect(basketCode(c)).toBe('evening');
    await c.say('Confirmer');
    expect(rows(c)).toEqual([...row('Léa', 'canteen'), ...row('Hugo', 'evening')]);
  });

  it.each(table([['Confirmer'], ['Abandonner']]))('%s: « pas le 8 » at Léa\'s basket, then « %s »: Hugo\'s care keeps the 7th and the 8th', async (channel, answer) => {
    const c = await chat(channel);
    await c.say('Léa à la cantine et Hugo à la garderie le 7 et 8 janvier');
    expect(offered(await c.say('pas le 8'))).toEqual(BASKET);
    expect(offered(await c.say(answer))).toEqual(BASKET);
    expect(basketCode(c)).toBe('evening');
    await c.say('Confirmer');
    const lea = answer === 'Confirmer' ? [{ child: 'Léa', code: 'canteen', day: '2027-01-07' }] : [];
    expect(rows(c)).toEqual([...lea, ...row('Hugo', 'evening')]);
  });
});
