/**
 * Right after one child's agenda (« mes réservations de Léa en janvier »), a booking asked with no child named
 * (« réserve la cantine le 11 et le 12 ») is that child's (an absence too): not asked again (« Pour quel enfant ? »
 * came, the child just shown forgotten). A child named, or the agenda of both, is asked as before. Web Chat and SMS;
 * asserts the rows stored.
 */
import { bookedByChild } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

type Row = { child: string; code: string; day: string };
const added = (before: Row[], after: Row[]) => after.filter((r) => !before.some((b) => b.child === r.child && b.code === r.code && b.day === r.day));

describe('a day asked right after one child\'s agenda', () => {
  it.each(table([['mes réservations de Léa en janvier', 'réserve la cantine le 11 et le 12', 'Léa'], ['le calendrier de Hugo en janvier', 'cantine le 11 et le 12 svp', 'Hugo']]))('%s: « %s », then « %s »: booked for that child once confirmed', async (channel, agenda, request, child) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say(agenda);
    const before = bookedByChild(c) as Row[];
    await c.say(request);
    await c.say('Confirmer');
    expect(added(before, bookedByChild(c) as Row[])).toEqual([
      { child, code: 'canteen', day: '2027-01-11' },
      { child, code: 'canteen', day: '2027-01-12' },
    ]);
  });

  it.each(table([['réserve la cantine le 11 et le 12 pour Hugo']]))('%s: « %s » after Léa\'s agenda: the child named', async (channel, request) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('mes réservations de Léa en janvier');
    const before = bookedByChild(c) as Row[];
    await c.say(request);
    await c.say('Confirmer');
    expect(added(before, bookedByChild(c) as Row[]).map((r) => r.child)).toEqual(['Hugo', 'Hugo']);
  });
});
