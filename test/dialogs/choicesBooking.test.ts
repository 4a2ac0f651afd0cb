/**
 * The closed questions of bookings and absences, phrasing by phrasing, on Web Chat and by SMS:
 * the basket (Confirmer / Modifier / Abandonner), which child, which activity, the absence's
 * reason; « Modifier » then a day taken out of the basket. Each row asserts the reservations or absences
 * stored, or the options asked next.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { bookedThenLate } from '../support/booking';
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, labels, offered, table, textBeforeOn } from '../support/prompts';
import { reachedOnce } from '../support/reachedCopy';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const reservations = (c: Chat) => c.core.db.$client.prepare("select day from reservations where status = 'confirmed' order by day").all() as Array<{ day: string }>;
const absences = (c: Chat) => c.core.db.$client.prepare('select day, reason from absences').all() as Array<{ day: string; reason: string }>;

/**
 * A question asked after the sign-in, reached through its turn on each channel's first row, the next rows starting
 * from a copy of that state (test/support/reachedCopy.ts); the replies that asked it are checked on every row.
 */
const askedSignedIn = (said: string) => reachedOnce(async (channelId) => {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  return { c, asked: await c.say(said) };
});
const basketReached = askedSignedIn('réserver la cantine le 3 décembre pour Léa');
const childAsked = askedSignedIn('réserver la cantine le 3 décembre');
/** The absence's reason asked: Léa's booking of 7 December past its deadline (bookedThenLate), then the absence said. */
const reasonAsked = reachedOnce(async (channelId) => {
  const { c } = await bookedThenLate(chats, channelId);
  return { c, asked: await c.say('signaler une absence de Léa le 7 décembre') };
});

async function atBasket(channelId: string) {
  const { c, asked } = await basketReached(channelId, chats);
  expect(offered(asked)).toEqual(BASKET);
  return c;
}

describe('the basket: « Confirmer », « Modifier », « Abandonner »', () => {
  it.each(table([
    ['1', 'confirmed'], ['1.', 'confirmed'], ['le 1', 'confirmed'], ['le premier', 'confirmed'], ['Confirmer', 'confirmed'], ['confirmer', 'confirmed'],
    ['confirmé', 'confirmed'], ['confirmr', 'confirmed'], ['oui', 'confirmed'], ['ok', 'confirmed'], ["d'accord", 'confirmed'], ["c'est bon", 'confirmed'],
    ['je confirme', 'confirmed'], ['3', 'abandoned'], ['le dernier', 'abandoned'], ['Abandonner', 'abandoned'], ['abandonner', 'abandoned'],
    ['abandoner', 'abandoned'], ['laisser tomber', 'abandoned'],
  ]))('%s: « %s » → %s', async (channel, phrasing, outcome) => {
    const c = await atBasket(channel);
    const next = await c.say(phrasing);
    expect(reservations(c).map((r) => r.day)).toEqual(outcome === 'confirmed' ? ['2026-12-03'] : []);
    // Nothing left to answer: the task is over (the menu follows).
    expect(offered(next)).not.toEqual(BASKET);
  });

  it.each(table([['2'], ['la deuxième'], ['Modifier'], ['modifer'], ['changer'], ['corriger']]))('%s: « %s » goes back to the days, nothing saved', async (channel, phrasing) => {
    const c = await atBasket(channel);
    const next = await c.say(phrasing);
    expect(offered(next)).not.toEqual(BASKET);
    expect(reservations(c)).toEqual([]);
    // The days are asked again; the same day brings the same basket back.
    expect(offered(await c.say('le 3 décembre'))).toEqual(BASKET);
  });

  it.each(table([['enlever le 9'], ['pas le 9'], ['annuler le 9']]))('%s: « Modifier » names the basket’s days in words; « %s » then takes that day out of the basket, nothing said « not booked »', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la cantine le 3, le 7 et le 9 décembre pour Léa'))).toEqual(BASKET);
    const days = await c.say('Modifier');
    // In the SMS text; on Web Chat in the card's text equivalent and speak.
    expect(JSON.stringify(days)).toContain(textBeforeOn('booking.text.basketAdd', channel));
    const next = await c.say(phrasing);
    expect(offered(next)).toEqual(BASKET);
    expect(c.text(next)).not.toContain(fr['booking.aside.notBooked']);
    await c.say('1');
    expect(reservations(c).map((r) => r.day)).toEqual(['2026-12-03', '2026-12-07']);
  });

  // « oui mais pas le 3 » takes the 3rd out, as « pas le 3 » (basketTakeOutSaid.test.ts).
  it.each(table([['4'], ['peut-être']]))('%s: « %s » shows the basket again, nothing lost', async (channel, phrasing) => {
    const c = await atBasket(channel);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('1');
    expect(reservations(c).map((r) => r.day)).toEqual(['2026-12-03']);
  });
});

describe('which child, which activity', () => {
  it.each(table([['1', ['2026-12-03']], ['Léa', ['2026-12-03']], ['lea', ['2026-12-03']], ['le premier', ['2026-12-03']], ['3', ['2026-12-03', '2026-12-03']], ['tous les enfants', ['2026-12-03', '2026-12-03']], ['les deux', ['2026-12-03', '2026-12-03']], ['Léa et Hugo', ['2026-12-03', '2026-12-03']]]))(
    '%s: « %s » → %p',
    async (channel, phrasing, days) => {
      const { c, asked } = await childAsked(channel, chats);
      const children = offered(asked);
      expect(children).toHaveLength(3);
      const next = offered(await c.say(phrasing));
      expect(next).toEqual(BASKET);
      await c.say('oui');
      expect(reservations(c).map((r) => r.day)).toEqual(days);
    },
  );

  it.each(table([['4'], ['Paul']]))('%s: « %s » asks again with the same children', async (channel, phrasing) => {
    const { c, asked } = await childAsked(channel, chats);
    const children = offered(asked);
    expect(offered(await c.say(phrasing))).toEqual(children);
  });
});

describe('the reason of an absence', () => {
  it.each(table([
    ['1', 'illness'], ['le 1', 'illness'], ['Maladie', 'illness'], ['maladie', 'illness'], ['malade', 'illness'], ['il a de la fièvre', 'illness'],
    ['2', 'other'], ['la deuxième', 'other'], ['Autre raison', 'other'], ['autre', 'other'], ['un rendez-vous', 'other'],
  ]))('%s: « %s » → %s', async (channel, phrasing, reason) => {
    const { c, asked } = await reasonAsked(channel, chats);
    expect(offered(asked)).toEqual(labels('absence.reason.illness', 'absence.reason.other'));
    const next = await c.say(phrasing);
    // Illness on Web Chat asks for the certificate first: « Plus tard ».
    if (offered(next).length === 1) await c.say('plus tard');
    expect(absences(c).map((a) => a.reason)).toEqual([labels(`absence.reason.${reason}`)[0]]);
  });
});
