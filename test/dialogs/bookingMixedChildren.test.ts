/**
 * Booking one child and cancelling another in one message (« mettre Léa à la cantine le 12 et retirer Hugo le 25 »):
 * each part's child keeps its own action, one basket; nothing mixed. Web Chat and SMS; the rows stored after « oui ».
 * The clock is Wednesday 18 November 2026.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const rows = (c: Chat) =>
  c.core.db.$client
    .prepare("select ch.first_name as child, r.day from reservations r join children ch on ch.id = r.child_id join activities a on a.id = r.activity_id where a.code = 'canteen' and r.status in ('confirmed', 'pending') order by r.day, ch.first_name")
    .all();

async function hugoOnThe25th(channel: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
  await c.say('réserver la cantine pour Hugo le 25 janvier');
  await c.say('oui');
  expect(rows(c)).toEqual([{ child: 'Hugo', day: '2027-01-25' }]);
  await c.say('menu');
  return c;
}

describe('one child booked and another cancelled in one message', () => {
  it.each(table([['mettre Léa à la cantine le 12 janvier et retirer Hugo le 25 janvier'], ['inscrire lea cantine le 12 janvier et annuler hugo le 25']]))('%s: « %s »: Léa booked on the 12th, Hugo cancelled on the 25th', async (channel, said) => {
    const c = await hugoOnThe25th(channel);
    await c.say(said);
    await c.say('oui');
    expect(rows(c)).toEqual([{ child: 'Léa', day: '2027-01-12' }]);
  });

  it.each(table([['annuler Hugo le 25 janvier et réserver Léa le 26 janvier']]))('%s: « %s »: the cancelling part first', async (channel, said) => {
    const c = await hugoOnThe25th(channel);
    await c.say(said);
    await c.say('oui');
    expect(rows(c)).toEqual([{ child: 'Léa', day: '2027-01-26' }]);
  });

  it.each(table([['mettre Léa le 12 et retirer Hugo le 25']]))('%s: « %s » at January’s calendar of both: each child’s own day', async (channel, said) => {
    const c = await hugoOnThe25th(channel);
    await c.say('réserver la cantine pour Léa et Hugo en janvier');
    await c.say(said);
    await c.say('oui');
    expect(rows(c)).toEqual([{ child: 'Léa', day: '2027-01-12' }]);
  });

  it.each(table([['ajoute Léa le 12 et retire Hugo le 25']]))('%s: « %s » at a basket of both on the 11th: each child’s own day', async (channel, said) => {
    const c = await hugoOnThe25th(channel);
    await c.say('réserver la cantine pour Léa et Hugo le 11 janvier');
    await c.say(said);
    await c.say('oui');
    expect(rows(c)).toEqual([
      { child: 'Hugo', day: '2027-01-11' },
      { child: 'Léa', day: '2027-01-11' },
      { child: 'Léa', day: '2027-01-12' },
    ]);
  });
});
