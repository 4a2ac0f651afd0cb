/**
 * A « non » at the booking basket never drops it: « non, plutôt le 4 décembre » changes the basket
 * to those days (shown again to confirm), « et le 4 aussi » (or « ausi ») adds them, and a plain « non » asks
 * whether to change the days or give up (a second « non » gives up). Web Chat and SMS; each row
 * asserts the reservations stored and the question asked next.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET } from '../support/booking';
import { readBasketAnswer, changedWishes } from '../../dialogs/basketAnswer';
import type { Understanding } from '../../src/nlu/understand';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const reservations = (c: Chat) => c.core.db.$client.prepare("select day from reservations where status = 'confirmed' order by day").all() as Array<{ day: string }>;
const days = (c: Chat) => reservations(c).map((r) => r.day);

async function atBasket(channelId: string, say = 'réserver la cantine le 3 décembre pour Léa') {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  expect(offered(await c.say(say))).toEqual(BASKET);
  return c;
}

describe('a « non » with other days at the basket changes it', () => {
  it.each(table([
    ['non, plutôt le 4 décembre', ['2026-12-04']],
    ['non plutot le 4 decembre', ['2026-12-04']],
    ['non le 4', ['2026-12-04']],
    ['plutôt le 4 décembre', ['2026-12-04']],
    ['non, le 7 et le 8 décembre', ['2026-12-07', '2026-12-08']],
    ['Modifier : le 10 décembre', ['2026-12-10']],
    ['et le 4 aussi', ['2026-12-03', '2026-12-04']],
    ['non, ajoutez aussi le 4 décembre', ['2026-12-03', '2026-12-04']],
    // « aussi » misspelt or typed by SMS: added as well (it was « not understood »).
    ['et le 4 ausi', ['2026-12-03', '2026-12-04']],
    ['et le 4 ossi', ['2026-12-03', '2026-12-04']],
    ['le 4 egalemnt', ['2026-12-03', '2026-12-04']],
  ]))('%s: « %s » → the basket of %p, confirmed', async (channel, phrasing, wanted) => {
    const c = await atBasket(channel);
    // The new basket is shown to be confirmed: nothing is stored yet.
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    expect(days(c)).toEqual([]);
    await c.say('oui');
    expect(days(c)).toEqual(wanted);
  });

  it.each(table([['non, plutôt le 3 décembre']]))('%s: a cancellation stays one: « %s » cancels the 3rd, not the 4th', async (channel, phrasing) => {
    const c = await atBasket(channel, 'réserver la cantine les 3 et 4 décembre pour Léa');
    await c.say('oui');
    expect(days(c)).toEqual(['2026-12-03', '2026-12-04']);
    expect(offered(await c.say('annuler la cantine de Léa le 4 décembre'))).toEqual(BASKET);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual(['2026-12-04']);
  });
});

describe('a plain « non » at the basket asks what to do', () => {
  it.each(table([['non'], ['nan'], ['non merci'], ['non pas comme ça'], ['ah non'], ['oh non']]))('%s: « %s » keeps the basket and asks; « oui » then confirms it', async (channel, phrasing) => {
    const c = await atBasket(channel);
    const next = await c.say(phrasing);
    expect(offered(next)).toEqual(BASKET);
    expect(c.text(next)).toContain((fr['booking.basket.which'] ?? '').slice(0, 30));
    expect(days(c)).toEqual([]);
    await c.say('oui');
    expect(days(c)).toEqual(['2026-12-03']);
  });

  it.each(table([['non'], ['Abandonner'], ['3'], ['laisser tomber']]))('%s: a second answer « %s » gives up, nothing stored', async (channel, phrasing) => {
    const c = await atBasket(channel);
    await c.say('non');
    const next = await c.say(phrasing);
    expect(offered(next)).not.toEqual(BASKET);
    // The task is over: a « oui » now confirms nothing.
    await c.say('oui');
    expect(days(c)).toEqual([]);
  });

  it.each(table([['non laisse tomber'], ['non, tant pis'], ["non j'abandonne"]]))('%s: « %s » at once gives up, nothing stored', async (channel, phrasing) => {
    const c = await atBasket(channel);
    const next = await c.say(phrasing);
    expect(offered(next)).not.toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual([]);
  });

  it.each(table([['Modifier'], ['2']]))('%s: « non » then « %s » goes back to the days, the basket\'s kept', async (channel, phrasing) => {
    const c = await atBasket(channel);
    await c.say('non');
    expect(offered(await c.say(phrasing))).not.toEqual(BASKET);
    expect(offered(await c.say('le 4 décembre'))).toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual(['2026-12-03', '2026-12-04']);
  });

  it.each(table([['non, le 4 décembre'], ['plutôt le 4']]))('%s: « non » then « %s » changes the days', async (channel, phrasing) => {
    const c = await atBasket(channel);
    await c.say('non');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual(['2026-12-04']);
  });
});

describe('a day taken out at the basket leaves it, the others stay', () => {
  it.each(table([['pas le 4'], ['non pas le 4, elle est chez sa grand-mère'], ['sauf le 4'], ['sans le 4 décembre'], ['annuler le 4'], ['enlever le 4']]))('%s: « %s » → the basket of the 3rd alone, confirmed', async (channel, phrasing) => {
    const c = await atBasket(channel, 'réserver la cantine le 3 et le 4 décembre pour Léa');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    expect(days(c)).toEqual([]);
    await c.say('Confirmer');
    expect(days(c)).toEqual(['2026-12-03']);
  });
});

describe('readBasketAnswer and changedWishes', () => {
  const OPTIONS = [{ label: 'Confirmer', meaning: 'yes' as const }, { label: 'Modifier', synonyms: ['changer'] }, { label: 'Abandonner', meaning: 'no' as const, synonyms: ['laisser tomber'] }];
  const heard = (dates: string[] = []): Understanding => ({ intent: 'none', dates, activity: null }) as unknown as Understanding;

  it('tells a « non » from « Abandonner », and a second « non » from a first', () => {
    expect(readBasketAnswer('non', { index: 2 }, OPTIONS, false, heard())).toEqual({ kind: 'which' });
    expect(readBasketAnswer('non', { index: 2 }, OPTIONS, true, heard())).toEqual({ kind: 'abandon' });
    expect(readBasketAnswer('laisser tomber', { index: 2 }, OPTIONS, false, heard())).toEqual({ kind: 'abandon' });
    expect(readBasketAnswer('non plutot le 4', { index: 2, rest: 'plutot le 4' }, OPTIONS, false, heard(['2026-12-04']))).toEqual({ kind: 'days', mode: 'replace' });
    expect(readBasketAnswer('et le 4 aussi', undefined, OPTIONS, false, heard(['2026-12-04']))).toEqual({ kind: 'days', mode: 'add' });
    expect(readBasketAnswer('non pas le 4', { index: 2, rest: 'pas le 4' }, OPTIONS, false, heard(['2026-12-04']))).toEqual({ kind: 'days', mode: 'drop' });
    expect(readBasketAnswer('sauf le 4', undefined, OPTIONS, false, heard(['2026-12-04']))).toEqual({ kind: 'days', mode: 'drop' });
    expect(readBasketAnswer('non pas grave, plutot le 4', { index: 2, rest: 'pas grave, plutot le 4' }, OPTIONS, false, heard(['2026-12-04']))).toEqual({ kind: 'days', mode: 'replace' });
    expect(readBasketAnswer('oui', { index: 0 }, OPTIONS, true, heard())).toEqual({ kind: 'confirm' });
    expect(readBasketAnswer('changer', { index: 1 }, OPTIONS, false, heard())).toEqual({ kind: 'modify' });
    expect(readBasketAnswer('peut-être', undefined, OPTIONS, false, heard())).toEqual({ kind: 'none' });
  });

  it('keeps the children and the action of the basket, or those named', () => {
    const current = [{ childId: 1, day: '2026-12-03', action: 'remove' as const }, { childId: 2, day: '2026-12-03', action: 'remove' as const }];
    expect(changedWishes(current, ['2026-12-04'], [], false, 'replace')).toEqual([{ childId: 1, day: '2026-12-04', action: 'remove' }, { childId: 2, day: '2026-12-04', action: 'remove' }]);
    expect(changedWishes([{ childId: 1, day: '2026-12-03', action: 'add' }], ['2026-12-04'], [2], false, 'add')).toEqual([{ childId: 1, day: '2026-12-03', action: 'add' }, { childId: 2, day: '2026-12-04', action: 'add' }]);
    // « annuler le 3 » in a basket of days to book: the 3rd leaves it (it was a cancellation of a day not booked, and the basket was lost).
    expect(changedWishes([{ childId: 1, day: '2026-12-03', action: 'add' }, { childId: 1, day: '2026-12-04', action: 'add' }], ['2026-12-03'], [], true, 'replace')).toEqual([{ childId: 1, day: '2026-12-04', action: 'add' }]);
    expect(changedWishes(current, ['2026-12-03'], [2], false, 'drop')).toEqual([{ childId: 1, day: '2026-12-03', action: 'remove' }]);
  });
});

describe('at the days after « Modifier », days said « instead »', () => {
  it.each(table([['plutôt le 4 décembre', ['2026-12-04']], ['finalement le 4 à la place', ['2026-12-04']], ['non, le 4 décembre plutôt', ['2026-12-04']], ['le 4 décembre', ['2026-12-03', '2026-12-04']]]))(
    '%s: « %s » → %p',
    async (channel, phrasing, wanted) => {
      const c = await atBasket(channel);
      expect(offered(await c.say('Modifier'))).not.toEqual(BASKET);
      expect(offered(await c.say(phrasing))).toEqual(BASKET);
      await c.say('oui');
      expect(days(c)).toEqual(wanted);
    },
  );
});

describe('a week said by the basket’s days', () => {
  it.each(table([["et la semaine d'après aussi"], ['ajoutez la semaine suivante']]))('%s: « %s » is the week after the basket’s, not after today', async (channel, phrasing) => {
    const c = await atBasket(channel, 'cantine pour Léa la semaine du 11 janvier');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual(['2027-01-11', '2027-01-12', '2027-01-14', '2027-01-15', '2027-01-18', '2027-01-19', '2027-01-21', '2027-01-22']);
  });
});

describe('days taken out, then « juste » the days kept', () => {
  const booked = (c: Chat) =>
    (c.core.db.$client.prepare("select ch.first_name as child, r.day from reservations r join children ch on ch.id = r.child_id where r.status = 'confirmed' order by ch.first_name, r.day").all() as Array<{ child: string; day: string }>).map((r) => `${r.child} ${r.day}`);
  it.each(table([
    // Thursday 3 and Friday 4 December in the basket, for both children.
    ['non pas jeudi juste vendredi', ['Hugo 2026-12-04', 'Léa 2026-12-04']],
    ['pas jeudi, seulement vendredi', ['Hugo 2026-12-04', 'Léa 2026-12-04']],
    ['non pas le 3 que le 4', ['Hugo 2026-12-04', 'Léa 2026-12-04']],
    ['non pas jeudi juste vendredi, et hugo seulement', ['Hugo 2026-12-04']],
    ['pas le 3, juste le 4 pour Léa', ['Léa 2026-12-04']],
  ]))('%s: « %s » → %p', async (channel, phrasing, wanted) => {
    const c = await atBasket(channel, 'réserver la cantine jeudi 3 et vendredi 4 décembre pour les deux');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    expect(booked(c)).toEqual([]);
    await c.say('oui');
    expect(booked(c)).toEqual(wanted);
  });
});
