/**
 * « la garderie » at « Quelle activité voulez-vous modifier ? », the family having the morning and the
 * evening care (Léa's morning, Hugo's evening): the question between those two (it was « pas compris »),
 * then « soir » books the evening; the same for « la garderie » in the first message. Web Chat and SMS; the reservations stored are asserted.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const booked = (c: Chat) => c.core.db.$client.prepare("select a.code, r.day from reservations r join activities a on a.id = r.activity_id where r.status != 'cancelled' order by r.day").all();
/** The family's cares: Léa's morning, Hugo's evening. */
const careLabels = (c: Chat) =>
  (c.core.db.$client.prepare("select distinct a.label from enrolments e join activities a on a.id = e.activity_id join children ch on ch.id = e.child_id where ch.first_name in ('Léa', 'Hugo') and a.code in ('morning', 'evening') order by a.label").all() as Array<{ label: string }>).map((a) => a.label);

describe('« la garderie » at the activity question', () => {
  it.each(table([['la garderie', 'soir', 'evening'], ['garderie', 'le matin', 'morning'], ['le périscolaire', 'du soir', 'evening'], ['garderie', '2', 'evening']]))('%s: « %s », then « %s »: the two cares offered, then the one said is booked', async (channel, care, which, code) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const asked = offered(await c.say('modifier les réservations'));
    expect(asked.length).toBeGreaterThan(2);
    expect(careLabels(c)).toHaveLength(2);
    const careAsked = offered(await c.say(care));
    expect([...careAsked].sort()).toEqual([...careLabels(c)].sort());
    await c.say(which);
    expect(offered(await c.say('le 7 décembre'))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(booked(c)).toEqual([{ code, day: '2026-12-07' }]);
  });

  it.each(table([['la garderie le 7 décembre']]))('%s: the first message « %s »: the two cares offered, nothing else', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect([...offered(await c.say(said))].sort()).toEqual([...careLabels(c)].sort());
    expect(offered(await c.say('soir'))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(booked(c)).toEqual([{ code: 'evening', day: '2026-12-07' }]);
  });
});
