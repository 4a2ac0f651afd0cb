/**
 * An activity none of the children is enrolled in (the holiday activity, « Activités vacances »):
 * enrolment is not made in the chat, and it was a dead end (« pas inscrits », then the other
 * activities). Now said how: the dossier famille at the commune's enrolment service, its contact,
 * and the deadline to book once enrolled; then the activities they are enrolled in are offered
 * (at the calendar, the calendar stays). Web Chat and SMS; nothing is booked.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const reservations = (c: Chat) => c.core.db.$client.prepare('select id from reservations').all();
/** Carrières-sous-Poissy's enrolment service (db/demo/communes/carrieres-sous-poissy.yaml, topic familyKey). */
const ENROLMENT_EMAIL = 'inscription@carrieres-sous-poissy.fr';

describe('the holiday activity, not enrolled', () => {
  it.each(table([
    ["réserver l'accueil de loisirs des vacances pour Léa"],
    ['inscrire Léa aux activités vacances'],
    ['inscrire Léa au centre de loisirs pendant les vacances de février'],
  ]))('%s: « %s »: how to enrol (the service, the deadline), then Léa’s activities offered', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const replies = await c.say(phrasing);
    const said = c.text(replies);
    expect(said).toContain(ENROLMENT_EMAIL);
    // The deadline of the holiday activity: 4 weeks before the session (by SMS, where to enrol only: 2 segments, familySegments.test.ts).
    if (channel !== 'sms') expect(said).toMatch(/\b4\b/);
    // Léa's three activities (morning care, canteen, Wednesdays), not the holiday one.
    expect(offered(replies)).toHaveLength(3);
    expect(offered(replies).join(' ')).not.toContain('vacances');
    expect(reservations(c)).toEqual([]);
  });

  it.each(table([['et les activités vacances le 22 décembre']]))('%s: at the canteen calendar, « %s »: how to enrol, the calendar kept', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa');
    const replies = await c.say(phrasing);
    expect(c.text(replies)).toContain(ENROLMENT_EMAIL);
    expect(reservations(c)).toEqual([]);
  });
});

describe('a child named, not enrolled in the activity named', () => {
  it.each(table([['inscrire Hugo au centre de loisirs du mercredi le 13 janvier']]))('%s: « %s »: how to enrol Hugo, then his activities offered, the day kept', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const replies = await c.say(phrasing);
    expect(c.text(replies)).toContain(ENROLMENT_EMAIL);
    expect(c.text(replies)).toContain('Hugo');
    // Hugo's two activities (evening care, canteen).
    expect(offered(replies)).toHaveLength(2);
    expect(reservations(c)).toEqual([]);
  });
});

describe('a child named, not enrolled in the care of their school level', () => {
  const label = (c: Chat, level: string) =>
    (c.core.db.$client.prepare("select label from activities a where a.commune_id = 'carrieres-sous-poissy' and a.code = 'evening' and a.level = ?").get(level) as { label: string }).label;
  it.each(table([['garderie du soir pour lea le 5 janvier'], ['accueil du soir pour Léa le 5 janvier']]))('%s: « %s »: Léa (élémentaire) is told of the élémentaire evening care, not the maternelle one Hugo is in', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const said = c.text(await c.say(phrasing));
    expect(said).toContain(ENROLMENT_EMAIL);
    expect(said).toContain(label(c, 'elementaire'));
    expect(said).not.toContain(label(c, 'maternelle'));
    expect(reservations(c)).toEqual([]);
  });
});
