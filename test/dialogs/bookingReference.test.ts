/**
 * A booking's reference (CSP-RES-2026-000001, given at its confirmation) is never read as a démarche's:
 * « annuler la réservation <ref> » cancels the days it booked that are still booked (a basket of cancellations,
 * confirmed as usual); « où en est ma réservation <ref> » or the reference alone shows what it booked; not signed
 * in, the sign-in comes first; another family's reference is not found. Web Chat and SMS; the bookings stored.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { fr, offered, table } from '../support/prompts';
import { reachedOnce } from '../support/reachedCopy';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const sql = (c: Chat) => c.core.db.$client;
const booked = (c: Chat): string[] =>
  (sql(c).prepare("select c.first_name || ' ' || r.day as d from reservations r join children c on c.id = r.child_id where r.status = 'confirmed' order by r.day, c.first_name").all() as Array<{ d: string }>).map((r) => r.d);
const lead = (key: string) => (fr[key] ?? `<missing ${key}>`).replace(/\{\{.*$/s, '').slice(0, 25);

/**
 * Léa and Hugo at the canteen on 3 and 4 December (one reference), Léa on 7 December (another): booked through
 * their turns on each channel's first test, the next tests starting from a copy of that state (test/support/reachedCopy.ts).
 */
const booking = reachedOnce(async (channelId) => {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  expect(offered(await c.say('réserver la cantine les 3 et 4 décembre pour les deux'))).toEqual(BASKET);
  await c.say('Confirmer');
  expect(offered(await c.say('réserver la cantine le 7 décembre pour Léa'))).toEqual(BASKET);
  return { c, asked: await c.say('Confirmer') };
});
async function withBookings(channelId: string) {
  const { c } = await booking(channelId, chats);
  const refs = (sql(c).prepare('select reference from baskets where reference is not null order by id').all() as Array<{ reference: string }>).map((r) => r.reference);
  expect(refs).toHaveLength(2);
  return { c, first: refs[0] as string };
}

describe('cancelling by a booking reference', () => {
  it.each(table([['je veux annuler la reservation {ref}'], ['annuler la réservation {ref} svp'], ['Annulez {ref}']]))('%s: « %s » → a basket of its days, confirmed', async (channel, phrasing) => {
    const { c, first } = await withBookings(channel);
    const next = await c.say(phrasing.replace('{ref}', first));
    expect(c.text(next)).not.toContain(lead('follow.askEmail'));
    expect(offered(next)).toEqual(BASKET);
    await c.say('1');
    expect(booked(c)).toEqual(['Léa 2026-12-07']);
  });

  it.each(table([['annuler la réservation {ref}']]))('%s: a day of it already cancelled: « %s » cancels the others only', async (channel, phrasing) => {
    const { c, first } = await withBookings(channel);
    expect(offered(await c.say('annuler la cantine de Hugo le 4 décembre'))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(offered(await c.say(phrasing.replace('{ref}', first)))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(booked(c)).toEqual(['Léa 2026-12-07']);
  });
});

describe('what a booking reference booked', () => {
  it.each(table([['où en est ma réservation {ref} ?'], ['{ref}']]))('%s: « %s » → what it booked, nothing changed', async (channel, phrasing) => {
    const { c, first } = await withBookings(channel);
    const next = await c.say(phrasing.replace('{ref}', first));
    expect(c.text(next)).toContain(lead('booking.reference.title'));
    expect(c.text(next)).not.toContain(lead('follow.askEmail'));
    expect(offered(next)).not.toEqual(BASKET);
    await c.say('oui');
    expect(booked(c)).toEqual(['Hugo 2026-12-03', 'Léa 2026-12-03', 'Hugo 2026-12-04', 'Léa 2026-12-04', 'Léa 2026-12-07']);
  });

  it.each(table([['annuler la réservation {ref}']]))('%s: another family\'s reference: « %s » → not found, nothing changed', async (channel, phrasing) => {
    const { c, first } = await withBookings(channel);
    sql(c).prepare("update baskets set household_id = (select id from households where file_number = 'CLV-F-000042') where reference = ?").run(first);
    const next = await c.say(phrasing.replace('{ref}', first));
    expect(c.text(next)).toContain(lead('booking.reference.notFound'));
    expect(offered(next)).not.toEqual(BASKET);
    await c.say('oui');
    expect(booked(c)).toHaveLength(5);
  });
});

describe('not signed in', () => {
  it.each(table([['annuler la réservation {ref}']]))('%s: « %s » → the sign-in, then the basket of its days', async (channel, phrasing) => {
    const { c, first } = await withBookings(channel);
    await c.say('me déconnecter');
    const asked = await c.say(phrasing.replace('{ref}', first));
    expect(c.text(asked)).not.toContain(lead('follow.askEmail'));
    expect(c.text(asked)).toContain(lead('booking.reference.signInFirst'));
    await c.say('francoise.durand@example.org');
    expect(offered(await c.say(lastCode(c.core.config.outboxDir, 'francoise.durand@example.org')))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(booked(c)).toEqual(['Léa 2026-12-07']);
  });
});
