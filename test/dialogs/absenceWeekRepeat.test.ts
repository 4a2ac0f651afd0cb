/**
 * An absence over a week lists only its school days when nothing is booked (Saturday and Sunday were
 * said « rien de réservé » too); an absence reported again for a day already noted is not stored a
 * second time: said to be already noted. Web Chat and SMS; the absences stored are asserted. The clock
 * is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { bookedThenLate } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, labels, offered, table } from '../support/prompts';
import { listDays } from '../../src/domain/formats';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const REASONS = labels('absence.reason.illness', 'absence.reason.other');
const absences = (c: Chat) => c.core.db.$client.prepare('select day from absences order by day').all() as Array<{ day: string }>;

describe('an absence for a whole week', () => {
  it.each(table([['lea sera absente toute la semaine prochaine'], ['Léa sera absente la semaine prochaine']]))('%s: nothing booked, « %s »: the five school days listed, not the week-end', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const text = c.text(await c.say(said)).replace(/[\u202f\u00a0]/g, ' ');
    expect(text).toContain(listDays('fr', ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']).replace(/[\u202f\u00a0]/g, ' '));
    expect(text).not.toMatch(/\b2[89]\b/);
    expect(absences(c)).toEqual([]);
  });
});

describe('an absence reported twice', () => {
  it.each(table([['Léa sera absente le 7 décembre'], ['signaler une absence de Léa le 7 décembre']]))('%s: the 7 December noted, then « %s » again: one absence stored, said already noted', async (channel, again) => {
    const { c } = await bookedThenLate(chats, channel);
    expect(offered(await c.say('signaler une absence de Léa le 7 décembre'))).toEqual(REASONS);
    const next = await c.say('Autre raison');
    if (offered(next).length === 1) await c.say('plus tard');
    expect(absences(c)).toEqual([{ day: '2026-12-07' }]);
    const replies = await c.say(again);
    expect(offered(replies)).not.toEqual(REASONS);
    expect(c.text(replies)).toContain((fr['absence.alreadyNoted'] as string).split('{{')[0]);
    expect(absences(c)).toEqual([{ day: '2026-12-07' }]);
  });
});
