/**
 * At « Quel enfant sera absent ? », the child said with other days (« absense de lea la semaine du 18 janvier »): those
 * days replace the ones said before; « 1 » alone keeps them; a booking said there is the booking. Asserts the reservations cancelled (all still free to
 * cancel). The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { labels, offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const cancelled = (c: Chat) =>
  c.core.db.$client.prepare("select ch.first_name as child, r.day from reservations r join children ch on ch.id = r.child_id where r.status = 'cancelled' order by ch.first_name, r.day").all();

async function atChild(channelId: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  await c.say('réserver la cantine pour Léa et Hugo le 11 janvier');
  await c.say('oui');
  await c.say('réserver la cantine pour Léa la semaine du 18 janvier');
  await c.say('oui');
  expect(offered(await c.say('absence le 11 janvier'))).toHaveLength(3);
  return c;
}

describe('the child said with other days', () => {
  it.each(['webchat', 'sms'])('%s: « absense de lea la semaine du 18 janvier »: that week, not the 11th', async (channel) => {
    const c = await atChild(channel);
    await c.say('absense de lea la semaine du 18 janvier');
    expect(cancelled(c)).toEqual(['2027-01-18', '2027-01-19', '2027-01-21', '2027-01-22'].map((day) => ({ child: 'Léa', day })));
  });

  it.each(['webchat', 'sms'])('%s: « 1 »: Léa on the 11th', async (channel) => {
    const c = await atChild(channel);
    await c.say('1');
    expect(cancelled(c)).toEqual([{ child: 'Léa', day: '2027-01-11' }]);
  });
});

describe('a booking said at « Quel enfant sera absent ? »', () => {
  it.each(['webchat', 'sms'])('%s: « je voudrais inscrire hugo à la cantine le 12 janvier »: the booking, no absence', async (channel) => {
    const c = await atChild(channel);
    expect(offered(await c.say('je voudrais inscrire hugo à la cantine le 12 janvier'))).toEqual(labels('booking.basket.confirm', 'booking.basket.modify', 'booking.basket.abandon'));
    await c.say('oui');
    expect(cancelled(c)).toEqual([]);
    expect(c.core.db.$client.prepare("select day from reservations r join children ch on ch.id = r.child_id where ch.first_name = 'Hugo' and r.status = 'confirmed' order by day").all()).toEqual([{ day: '2027-01-11' }, { day: '2027-01-12' }]);
  });
});

describe('the child said with the days, none said before', () => {
  it.each(['webchat', 'sms'])('%s: « jv annuler la cantine de lea lundi 11 janv » at the child question: Léa on the 11th, the days not asked', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa et Hugo le 11 janvier');
    await c.say('oui');
    expect(offered(await c.say('je veux signaler une absence'))).toHaveLength(3);
    await c.say('jv annuler la cantine de lea lundi 11 janv');
    expect(cancelled(c)).toEqual([{ child: 'Léa', day: '2027-01-11' }]);
  });
});
