/**
 * At a cantine basket, another activity added without naming a child: « et la garderie du soir le 14 aussi »,
 * « ajoute la garderie du soir », « la garderie du soir aussi le 14 ». The basket shown stays (it was thrown away and
 * only the care booked), the care follows for the days said (else the basket's); « non, plutôt la garderie du soir »
 * still replaces the basket. A day of another activity to cancel (« annule la garderie du soir le 14 janvier ») at a basket
 * to book is done after it (the basket was thrown away). Hugo (DURAND family) eats at the cantine and has the evening care. Web Chat and SMS;
 * the reservations stored are asserted.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const chat = async (channelId: string) => (await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' })).c;
const rows = (c: Chat) =>
  c.core.db.$client.prepare("select ch.first_name as child, a.code, r.day from reservations r join activities a on a.id = r.activity_id join children ch on ch.id = r.child_id where r.status = 'confirmed' order by a.code, r.day").all();
const START = 'la cantine pour Hugo le 7, le 14 et le 21 janvier';
const canteen = ['2027-01-07', '2027-01-14', '2027-01-21'].map((day) => ({ child: 'Hugo', code: 'canteen', day }));

describe('another activity added at a basket', () => {
  it.each(table([['et la garderie du soir le 14 aussi'], ['la garderie du soir aussi le 14'], ['ajoute la garderie du soir le 14']]))(
    '%s: « %s »: the cantine basket kept, the care for the 14th next',
    async (channel, phrasing) => {
      const c = await chat(channel);
      expect(offered(await c.say(START))).toEqual(BASKET);
      expect(offered(await c.say(phrasing))).toEqual(BASKET);
      await c.say('Confirmer');
      expect(rows(c)).toEqual(canteen);
      expect(offered(await c.say('Confirmer'))).not.toEqual(BASKET);
      expect(rows(c)).toEqual([...canteen, { child: 'Hugo', code: 'evening', day: '2027-01-14' }]);
    },
  );

  it.each(table([['et la garderie du soir aussi']]))('%s: « %s »: no day said: the care for the basket\'s days', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say(START);
    await c.say(phrasing);
    await c.say('Confirmer');
    await c.say('Confirmer');
    expect(rows(c)).toEqual([...canteen, ...canteen.map((r) => ({ ...r, code: 'evening' }))]);
  });

  it.each(table([['non, plutôt la garderie du soir']]))('%s: « %s »: the basket replaced by the care', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say(START);
    await c.say(phrasing);
    await c.say('Confirmer');
    expect(rows(c)).toEqual(canteen.map((r) => ({ ...r, code: 'evening' })));
  });

  it.each(table([['annule la garderie du soir le 14 janvier'], ['annuler la garderie du soir du 14']]))('%s: « %s » at a basket to book: the basket kept, the care\'s day cancelled next', async (channel, phrasing) => {
    const c = await chat(channel);
    await c.say('la garderie du soir pour Hugo le 14 janvier');
    await c.say('Confirmer');
    expect(rows(c)).toEqual([{ child: 'Hugo', code: 'evening', day: '2027-01-14' }]);
    expect(offered(await c.say(START))).toEqual(BASKET);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(rows(c)).toEqual([...canteen, { child: 'Hugo', code: 'evening', day: '2027-01-14' }]);
    await c.say('Confirmer');
    expect(rows(c)).toEqual(canteen);
  });
});
