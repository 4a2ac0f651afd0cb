/**
 * A request for the family's tasks typed where the Clé Enfance is asked (« inscrire Hugo à la cantine mardi », « mes
 * réservations »): no try of the key, nothing else started (it was « C'est en cours » or the key entry put aside, and the
 * request dropped); the resident is told it is kept (familyKey.requestKept), and once the key links the file the
 * request is served. Web Chat only: by SMS the key is never asked.
 */
import { signedInChat } from '../support/accounts';
import { bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { heard } from '../support/heard';
import { fr, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const failedTries = (c: Chat) => (c.core.db.$client.prepare("select count(*) as n from audit_log where action = 'familyKey.failed'").get() as { n: number }).n;
const linked = (c: Chat) => (c.core.db.$client.prepare("select household_id as h from accounts where email = 'francoise.durand@example.org'").get() as { h: number | null }).h !== null;

describe('a request typed at the family key question', () => {
  it.each([
    ['from a booking', 'inscrire Léa à la cantine lundi'],
    ['from the menu', 'Clé Enfance'],
  ])('%s: « inscrire Hugo à la cantine mardi » kept, no try spent; after the key, Hugo booked on Tuesday', async (_, first) => {
    const { c } = await signedInChat(chats, { channelId: 'webchat' });
    expect(c.text(await c.say(first))).toContain(textBefore('familyKey.ask'));
    const kept = c.text(await c.say('inscrire Hugo à la cantine mardi'));
    expect(kept).toContain(fr['familyKey.requestKept']);
    expect(kept).toContain(textBefore('familyKey.ask'));
    expect(failedTries(c)).toBe(0);
    const { key } = await c.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
    const basket = c.text(await c.say(key));
    expect(linked(c)).toBe(true);
    expect(basket).toContain(textBefore('booking.basket.question'));
    await c.say('ok');
    expect(bookedByChild(c)).toEqual([{ child: 'Hugo', code: 'canteen', day: '2026-11-24' }]);
  });

  it('« mes réservations » at the key, a wrong key, then the right one: the agenda shown', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat' });
    await c.say('Clé Enfance');
    expect(c.text(await c.say('c quoi mes enfants inscrits'))).toContain(fr['familyKey.requestKept']);
    await c.say('ABCD-2345-EFGH-JKMN');
    expect(failedTries(c)).toBe(1);
    const { key } = await c.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
    expect(heard(await c.say(key))).toContain(textBefore('agenda.title'));
  });
});
