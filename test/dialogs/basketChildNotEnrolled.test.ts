/**
 * A child named at a basket who is not enrolled in its activity (the DURAND family: Léa's morning care, Hugo's
 * evening care): at Hugo's basket of the evening care, « ajoute Léa » says plainly that Léa is not enrolled there
 * (with her own care) and keeps the basket, asked again (it was « pas compris »).
 * Web Chat and SMS; the reservations stored are asserted. The clock is Wednesday 18 November 2026.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

type Row = { code: string; child: string; day: string };
const booked = (c: Chat) =>
  c.core.db.$client.prepare("select a.code, ch.first_name as child, r.day from reservations r join activities a on a.id = r.activity_id join children ch on ch.id = r.child_id where r.status = 'confirmed' order by r.day").all() as Row[];
/** Every row of that care for that child, on a weekday of February 2027 (0 Sunday … 4 Thursday). */
const onlyOn = (rows: Row[], code: string, child: string, weekday: number) => {
  expect(rows.length).toBeGreaterThan(1);
  for (const r of rows) {
    expect({ code: r.code, child: r.child }).toEqual({ code, child });
    expect(r.day.startsWith('2027-02')).toBe(true);
    expect(new Date(`${r.day}T12:00:00Z`).getUTCDay()).toBe(weekday);
  }
};
const notUnderstood = (fr['choice.again'] ?? '').split('{{')[0] as string;
const notEnrolled = (fr['booking.basket.childNotEnrolled'] ?? '').split('{{')[0] as string;

describe('a child not enrolled in the basket\'s activity', () => {
  it.each(table([['ajoute lea'], ['et pour léa aussi']]))('%s: « %s » at Hugo\'s basket of the evening care: Léa not enrolled there, said so, the basket kept', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('garderie du soir pour hugo les lundis de fevrier'))).toEqual(BASKET);
    const replies = await c.say(said);
    expect(offered(replies)).toEqual(BASKET);
    expect(c.text(replies)).toContain(notEnrolled);
    expect(c.text(replies)).not.toContain(notUnderstood);
    await c.say('Confirmer');
    onlyOn(booked(c), 'evening', 'Hugo', 1);
  });
});
