/**
 * « zut j'ai oublié Hugo » right after Léa's booking was confirmed, or while it waits in the basket: the same days for
 * Hugo too (Léa's kept), as « et Hugo aussi » does. Rows in the store; the clock is Wednesday 18 November 2026.
 */
import { signedInChat } from '../support/accounts';
import { bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const BOTH = [
  { child: 'Hugo', code: 'canteen', day: '2026-11-23' },
  { child: 'Hugo', code: 'canteen', day: '2026-11-24' },
  { child: 'Léa', code: 'canteen', day: '2026-11-23' },
  { child: 'Léa', code: 'canteen', day: '2026-11-24' },
];
type Row = { child: string; day: string };
const sorted = (rows: readonly unknown[]) => [...(rows as Row[])].sort((a, b) => `${a.child}${a.day}`.localeCompare(`${b.child}${b.day}`));

describe('a child forgotten in a booking', () => {
  it.each(table([["zut j'ai oublié Hugo"], ["oups, j'ai oublié Hugo"], ["j'ai oublié de mettre Hugo"]]))(
    '%s: « %s » after Léa booked on Monday and Tuesday: the same days for Hugo, once confirmed',
    async (channelId, said) => {
      const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
      await c.say('inscrire Léa à la cantine lundi et mardi');
      await c.say('oui');
      expect(bookedByChild(c)).toHaveLength(2);
      await c.say(said);
      expect(bookedByChild(c)).toHaveLength(2);
      await c.say('oui');
      expect(sorted(bookedByChild(c))).toEqual(BOTH);
    },
  );

  it.each(table([["zut j'ai oublié Hugo"]]))('%s: « %s » at the basket of Léa\'s Monday and Tuesday: Hugo added to it, Léa kept', async (channelId, said) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    await c.say('inscrire Léa à la cantine lundi et mardi');
    await c.say(said);
    expect(bookedByChild(c)).toHaveLength(0);
    await c.say('oui');
    expect(sorted(bookedByChild(c))).toEqual(BOTH);
  });
});
