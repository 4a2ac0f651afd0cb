/**
 * At a cantine basket of both children (the DURAND family: Hugo has the evening care), Hugo's evening care asked on top
 * of it: « ajoute la garderie du soir pour hugo », « et aussi la garderie du soir pour hugo les memes jours » (« et » was
 * read as an unknown child's name), « rajoute la garderie pour hugo ». Hugo stays in the cantine basket (he was taken out
 * of it) and his care follows for the same days. Web Chat and SMS; the reservations stored are asserted.
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

describe('a care added for one child at a cantine basket', () => {
  it.each(table([['ajoute la garderie du soir pour hugo'], ['et aussi la garderie du soir pour hugo les memes jours'], ['rajoute la garderie pour hugo'], ['et la garderie du soir pour hugo']]))(
    '%s: « %s »: Hugo stays at the cantine, his evening care next',
    async (channel, phrasing) => {
      const c = await chat(channel);
      expect(offered(await c.say(START))).toEqual(BASKET);
      const replies = c.text(await c.say(phrasing));
      expect(replies).not.toContain(textBefore('booking.parts.movedOut'));
      expect(replies).not.toContain(textBefore('children.unknown'));
      expect(replies).toContain(textBefore('booking.parts.later'));
      expect(basketCode(c)).toBe('canteen');
      await c.say('Confirmer');
      expect(rows(c)).toEqual([...row('Léa', 'canteen'), ...row('Hugo', 'canteen')]);
      expect(basketCode(c)).toBe('evening');
      await c.say('Confirmer');
      expect(rows(c)).toEqual([...row('Léa', 'canteen'), ...row('Hugo', 'canteen'), ...row('Hugo', 'evening')]);
    },
  );
});
