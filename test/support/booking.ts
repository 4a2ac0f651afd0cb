/**
 * Helpers of the booking conversations (test/dialogs/booking*.test.ts): a card's inputs as Web
 * Chat submits them, pressing its actions, signing in again, and the DURAND family's ids and
 * bookings as stored.
 */
import type { Activity as BotActivity } from 'botbuilder';
import { signedInChat, type SignedIn } from './accounts';
import type { Chat } from './harness';
import { lastCode } from './outbox';
import { labels } from './prompts';
import { chatFromCopy, copySignedIn, type SignedInCopy } from './signedInCopy';

export type Card = { body: unknown[]; actions: Array<{ title: string; data: Record<string, unknown> }>; speak: string; fallbackText: string; version: string };
export const cardOf = (replies: Partial<BotActivity>[]): Card => {
  const card = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content as Card | undefined;
  if (!card) throw new Error(`No card in: ${replies.map((r) => r.text).join(' / ')}`);
  return card;
};
/** Every input of a card, with its value, as Web Chat submits them. */
export function inputsOf(node: unknown, out: Record<string, unknown> = {}): Record<string, unknown> {
  if (Array.isArray(node)) node.forEach((n) => inputsOf(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'Input.Toggle' && typeof o.id === 'string') out[o.id] = o.value;
    Object.values(o).forEach((v) => inputsOf(v, out));
  }
  return out;
}
/** Presses a card action with the toggles changed as given (toggle id → 'true' | 'false'). */
export const press = (card: Card, title: string, changes: Record<string, string> = {}) => {
  const action = card.actions.find((a) => a.title === title);
  if (!action) throw new Error(`No action ${title} in ${card.actions.map((a) => a.title).join(', ')}`);
  return { text: '', value: { ...inputsOf(card.body), ...changes, ...action.data } };
};

/** The replies' text with the narrow spaces of French number formats as plain spaces. */
export const said = async (c: Chat, input: Parameters<Chat['say']>[0]) => c.text(await c.say(input)).replace(/[\u202f\u00a0]/g, ' ');

/** Sessions end after 30 minutes idle: after the clock moves on by days, sign in again. */
export async function signInAgain(c: Chat, email = 'francoise.durand@example.org') {
  await c.say('Me connecter');
  await c.say(email);
  await c.say(lastCode(c.core.config.outboxDir, email));
}

/** The states bookedThenLate reached in this test file, by channel and children: the next ones start from their copy (test/support/signedInCopy.ts). */
const lateCopies = new Map<string, SignedInCopy>();

/**
 * `who` (« Léa », « Léa et Hugo ») booked at the canteen on 7 December, then the clock five days on (23 November: the
 * 7th past its deadline) and signed in again. The first call with a channel and `who` in a test file goes through
 * the turns; the next ones start from a copy of the state it reached.
 */
export async function bookedThenLate(chats: Chat[], channelId: string, who = 'Léa'): Promise<SignedIn> {
  const key = JSON.stringify([channelId, who]);
  const copy = lateCopies.get(key);
  if (copy) {
    const copied = chatFromCopy(copy, { channelId });
    chats.push(copied.c);
    return copied;
  }
  const signed = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  await signed.c.say(`réserver la cantine le 7 décembre pour ${who}`);
  await signed.c.say('oui');
  signed.clock.advance(60 * 24 * 5);
  await signInAgain(signed.c);
  // The activities: signedInChat's four, the booking's two, the sign-in's three again.
  const made = process.env.TEST_STORE === 'postgres' ? undefined : copySignedIn(signed.c, signed.account, 4 + 2 + 3, signed.clock);
  if (made) lateCopies.set(key, made);
  return signed;
}

export async function family(c: Chat) {
  const repos = c.core.service.deps.repos;
  const household = await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
  const children = await repos.households.listChildren(household?.id as number);
  const activities = await c.core.service.listActivities('carrieres-sous-poissy');
  const lea = children.find((ch) => ch.firstName === 'Léa')?.id as number;
  const hugo = children.find((ch) => ch.firstName === 'Hugo')?.id as number;
  const canteen = activities.find((a) => a.code === 'canteen')?.id as number;
  const booked = (childId: number, activityId = canteen) =>
    c.core.db.$client.prepare('select day, status, late, surcharge_percent as surcharge, cancelled_late as cancelledLate from reservations where child_id = ? and activity_id = ? order by day').all(childId, activityId) as Array<{ day: string; status: string; late: number; surcharge: number; cancelledLate: number }>;
  return { lea, hugo, canteen, booked, activities };
}

/** The basket's three options, as shown. */
export const BASKET = labels('booking.basket.confirm', 'booking.basket.modify', 'booking.basket.abandon');

/** Every booking not cancelled, by child's first name and day, with the activity's code. */
export const bookedByChild = (c: Chat) =>
  c.core.db.$client
    .prepare("select c.first_name as child, a.code, r.day from reservations r join children c on c.id = r.child_id join activities a on a.id = r.activity_id where r.status != 'cancelled' order by c.first_name, r.day")
    .all();

/** A confirmed booking's row: the activity's code, the child's first name, the day. */
export type BookedRow = { code: string; child: string; day: string };
/** The confirmed bookings, by day. */
export const confirmedRows = (c: Chat) =>
  c.core.db.$client.prepare("select a.code, ch.first_name as child, r.day from reservations r join activities a on a.id = r.activity_id join children ch on ch.id = r.child_id where r.status = 'confirmed' order by r.day").all() as BookedRow[];
/** Every row of that care for that child, on a weekday of February 2027 (0 Sunday … 4 Thursday). */
export const onlyOn = (rows: BookedRow[], code: string, child: string, weekday: number) => {
  expect(rows.length).toBeGreaterThan(1);
  for (const r of rows) {
    expect({ code: r.code, child: r.child }).toEqual({ code, child });
    expect(r.day.startsWith('2027-02')).toBe(true);
    expect(new Date(`${r.day}T12:00:00Z`).getUTCDay()).toBe(weekday);
  }
};
