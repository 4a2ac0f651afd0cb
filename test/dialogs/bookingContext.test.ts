/**
 * Booking in context, on Web Chat and by SMS: a day without a month follows the calendar's month
 * on screen; another activity named while a calendar is open switches to its calendar; details
 * given up front (child, activity, days) are all used; a practical question asked at the calendar is
 * answered and the calendar asked again without the days not kept before; « la garderie » is the care the child has.
 * Each row asserts the reservations stored.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, labels, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const rows = (c: Chat) =>
  c.core.db.$client
    .prepare('select ch.first_name as child, a.code as activity, r.day, r.status from reservations r join children ch on ch.id = r.child_id join activities a on a.id = r.activity_id order by r.day, a.code')
    .all() as Array<{ child: string; activity: string; day: string; status: string }>;
const active = (c: Chat) => rows(c).filter((r) => r.status !== 'cancelled');

/** Madame DURAND (Léa, Hugo) with Léa booked at the canteen on Monday 11 January. */
async function bookedOnThe11th(channelId: string) {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  expect(offered(await c.say('réserver la cantine le 11 janvier pour Léa'))).toEqual(BASKET);
  await c.say('oui');
  expect(active(c)).toEqual([{ child: 'Léa', activity: 'canteen', day: '2027-01-11', status: 'confirmed' }]);
  return c;
}

describe('a day without a month follows the calendar on screen', () => {
  it.each(table([
    ['annuler la cantine en janvier pour Léa', []],
    ['annuler la cantine pour Léa', ['janvier']],
    ['réserver la cantine pour Léa', ['annuler en janvier']],
  ]))('%s: January shown by « %s » %p, « annuler le 11 » cancels 11 January', async (channel, opening, then) => {
    const c = await bookedOnThe11th(channel);
    await c.say(opening);
    for (const said of then) await c.say(said);
    expect(offered(await c.say('annuler le 11'))).toEqual(BASKET);
    await c.say('oui');
    expect(rows(c)).toEqual([{ child: 'Léa', activity: 'canteen', day: '2027-01-11', status: 'cancelled' }]);
  });

  it.each(table([['annuler le 12'], ['annuler le 13']]))('%s: « %s » (nothing booked that day) keeps January on screen for the next words', async (channel, first) => {
    const c = await bookedOnThe11th(channel);
    await c.say('annuler la cantine en janvier pour Léa');
    // Nothing to cancel on that day: the calendar again, still January.
    expect(offered(await c.say(first))).not.toEqual(BASKET);
    expect(offered(await c.say('annuler le 11'))).toEqual(BASKET);
    await c.say('oui');
    expect(rows(c)).toEqual([{ child: 'Léa', activity: 'canteen', day: '2027-01-11', status: 'cancelled' }]);
  });
});

describe('a practical question at the calendar after days not kept', () => {
  it.each(table([["c'est ouvert samedi la mairie ?"], ['numéro du périscolaire svp']]))('%s: « %s » is answered and the calendar asked again without the days not kept (they were said again)', async (channel, aside) => {
    const c = await bookedOnThe11th(channel);
    await c.say('annuler la cantine en janvier pour Léa');
    const notKept = fr['booking.aside.notBooked'] as string;
    expect(c.text(await c.say('annuler le 12'))).toContain(notKept);
    const again = await c.say(aside);
    expect(c.text(again)).not.toContain(notKept);
    // Still at the calendar of January.
    expect(offered(await c.say('annuler le 11'))).toEqual(BASKET);
    await c.say('oui');
    expect(rows(c)).toEqual([{ child: 'Léa', activity: 'canteen', day: '2027-01-11', status: 'cancelled' }]);
  });
});

describe('another task asked at the calendar in words that name a service', () => {
  it.each(table([['je voudrais recevoir les factures par mail'], ['je veux les factures par e-mail']]))('%s: « %s » starts the online invoices (it gave the régie’s contacts), the booking paused', async (channel, asked) => {
    const c = await bookedOnThe11th(channel);
    const households = c.core.service.deps.repos.households;
    const file = await households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
    await households.setEInvoice(file!.id, false);
    await c.say('annuler la cantine en janvier pour Léa');
    expect(offered(await c.say(asked))).toEqual(labels('eInvoice.yes', 'eInvoice.no'));
    await c.say('oui');
    expect((await households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101'))?.eInvoice).toBe(true);
  });
});

/** Madame DUPONT (Rémi, enrolled at the canteen, mornings, evenings and holidays) at Chanteloup-les-Vignes. */
const dupont = (channelId: string) => signedInChat(chats, { channelId, communeId: 'chanteloup-les-vignes', email: 'aurelie.dupont@example.org', linkFile: 'CLV-F-000042' });

describe('another activity named while a calendar is open', () => {
  it.each(table([
    ['inscrire Rémi à la cantine le 7 et 8 janvier'],
    ['à la cantine le 7 et 8 janvier'],
    ['la cantine les 7 et 8 janvier'],
    ['plutôt la cantine le 7 janvier et le 8'],
  ]))('%s: holiday calendar shown, « %s » books the canteen, not the holidays', async (channel, phrasing) => {
    const { c } = await dupont(channel);
    await c.say('réserver les activités vacances');
    const next = await c.say(phrasing);
    expect(c.text(next)).toContain(fr['booking.switched']?.replace(/\{\{activity\}\}.*/s, '') ?? '<missing booking.switched>');
    expect(offered(next)).toEqual(BASKET);
    await c.say('oui');
    expect(active(c)).toEqual([
      { child: 'Rémi', activity: 'canteen', day: '2027-01-07', status: 'confirmed' },
      { child: 'Rémi', activity: 'canteen', day: '2027-01-08', status: 'confirmed' },
    ]);
  });

  it.each(table([['l\'étude le 7 janvier']]))('%s: « %s » (an activity the family is not enrolled in) stays on the calendar shown, nothing booked', async (channel, phrasing) => {
    const { c } = await dupont(channel);
    await c.say('réserver les activités vacances');
    expect(offered(await c.say(phrasing))).not.toEqual(BASKET);
    expect(rows(c)).toEqual([]);
  });
});

describe('details given up front', () => {
  it.each(table([['inscrire Léa le 7 et 8 janvier'], ['Léa mangera le 7 et 8 janvier']]))('%s: « %s » asks only among Léa\'s activities running those days (not the Wednesday club on a Thursday and a Friday), then books Léa without asking the child again', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const activities = offered(await c.say(phrasing));
    expect(activities).toEqual(['Accueil Périscolaire Élémentaire — matin', 'Restauration scolaire']);
    expect(offered(await c.say(String(activities.indexOf('Restauration scolaire') + 1)))).toEqual(BASKET);
    await c.say('oui');
    expect(active(c)).toEqual([
      { child: 'Léa', activity: 'canteen', day: '2027-01-07', status: 'confirmed' },
      { child: 'Léa', activity: 'canteen', day: '2027-01-08', status: 'confirmed' },
    ]);
  });

  it.each(table([
    ['inscrire Rémi à la cantine le 7 et 8 janvier'],
    ['Rémi mangera à la cantine le 7 et le 8 janvier'],
    ['réserver la cantine pour Rémi les 7 et 8 janvier'],
  ]))('%s: « %s » from the menu → the basket at once, for Rémi at the canteen on 7 and 8 January', async (channel, phrasing) => {
    const { c } = await dupont(channel);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(active(c)).toEqual([
      { child: 'Rémi', activity: 'canteen', day: '2027-01-07', status: 'confirmed' },
      { child: 'Rémi', activity: 'canteen', day: '2027-01-08', status: 'confirmed' },
    ]);
  });

  it.each(table([
    ['inscrire Hugo à la cantine le 7 et 8 janvier', 'Hugo'],
    ['inscrire Léa à la cantine le 7 et 8 janvier', 'Léa'],
    ['Léa ira à la cantine le 7 et 8 janvier', 'Léa'],
  ]))('%s: « %s » (two children in the family) → the basket for %s only', async (channel, phrasing, child) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(active(c)).toEqual([
      { child, activity: 'canteen', day: '2027-01-07', status: 'confirmed' },
      { child, activity: 'canteen', day: '2027-01-08', status: 'confirmed' },
    ]);
  });

  it.each(table([
    ['réserver la cantine le 7 et 8 janvier pr les 2'],
    ['cantine 7 et 8 janvier pour mes enfants'],
    ['inscrire les enfants... pour les deux : cantine le 7 et 8 janvier'],
  ]))('%s: « %s » (every child said up front) → the basket at once, for Léa and Hugo', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(active(c).map((r) => `${r.child} ${r.day}`).sort()).toEqual(['Hugo 2027-01-07', 'Hugo 2027-01-08', 'Léa 2027-01-07', 'Léa 2027-01-08']);
  });

  it.each(table([['réserver la cantine pour les 7 et 8 janvier']]))('%s: « %s » (days, not children) still asks which child', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say(phrasing))).not.toEqual(BASKET);
    expect(active(c)).toEqual([]);
  });
});

describe('another child named at the calendar', () => {
  it.each(table([
    ['ah non en fait c pour léa le 7 janvier / cantine'],
    ['ah non en fait c pour léa / cantine / le 7 janvier'],
  ]))('%s: Hugo\'s evening calendar, then « %s »: Léa (not enrolled there) is asked her activity and booked, Hugo never', async (channel, then) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la garderie du soir');
    const replies = [];
    for (const said of then.split(' / ')) replies.push(await c.say(said));
    expect(offered(replies.at(-1) ?? [])).toEqual(BASKET);
    await c.say('oui');
    expect(active(c)).toEqual([{ child: 'Léa', activity: 'canteen', day: '2027-01-07', status: 'confirmed' }]);
  });

  it.each(table([['non pour Hugo'], ['hugo']]))('%s: Léa\'s canteen calendar, then « %s »: the same calendar for Hugo, then his days', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa');
    await c.say(said);
    expect(offered(await c.say('le 7 janvier'))).toEqual(BASKET);
    await c.say('oui');
    expect(active(c)).toEqual([{ child: 'Hugo', activity: 'canteen', day: '2027-01-07', status: 'confirmed' }]);
  });
});


describe('« la garderie » without the morning or the evening', () => {
  const care = (c: Chat) => rows(c).filter((r) => r.activity === 'morning' || r.activity === 'evening');
  it.each(table([
    ['garderie le 11 janvier pour Hugo', 'Hugo', 'evening'],
    ['la garderie pr hugo lundi 11 janvier', 'Hugo', 'evening'],
    ['garderie le 11 janvier pour Léa', 'Léa', 'morning'],
    ['périscolaire le 11 janvier pour Léa', 'Léa', 'morning'],
  ]))('%s: « %s » is the care of the child named (%s: %s), the basket at once (the cantine and the centre were offered too)', async (channel, phrasing, child, activity) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(care(c)).toEqual([{ child, activity, day: '2027-01-11', status: 'confirmed' }]);
  });
});
