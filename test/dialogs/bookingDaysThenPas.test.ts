/**
 * « le 25 pas le 4 » at January's calendar, « plutôt le 26 pas le 25 » and « le 28 et le 29 pas le 26 » at the basket:
 * the days before « pas » are booked, those after it are not (the calendar booked the 4th alone; at the basket the 26th
 * was said « not in the basket » and the 25th kept). Web Chat and SMS; the reservations stored are asserted.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const rows = (c: Chat) =>
  (c.core.db.$client.prepare("select ch.first_name as child, r.day from reservations r join children ch on ch.id = r.child_id where r.status = 'confirmed' order by r.day").all() as Array<{ child: string; day: string }>).map((r) => `${r.child} ${r.day}`);

async function januaryShown(channelId: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  await c.say('inscrire lea a la cantine en janvier');
  return c;
}

describe('days said, then others set aside with « pas »', () => {
  it.each(table([['le 25 pas le 4'], ['le 25, pas le 4'], ['le 25 et pas le 4']]))('%s: « %s » at January\'s calendar books the 25th only', async (channel, phrasing) => {
    const c = await januaryShown(channel);
    await c.say(phrasing);
    await c.say('oui');
    expect(rows(c)).toEqual(['Léa 2027-01-25']);
  });

  it.each(table([['plutot le 26 pas le 25', ['Léa 2027-01-26']], ['le 26 au lieu du 25', ['Léa 2027-01-26']], ['le 28 et le 29 pas le 25', ['Léa 2027-01-28', 'Léa 2027-01-29']]]))(
    '%s: at a basket of the 25th, « %s » swaps the days',
    async (channel, phrasing, expected) => {
      const c = await januaryShown(channel);
      await c.say('le 25');
      await c.say(phrasing);
      await c.say('oui');
      expect(rows(c)).toEqual(expected);
    },
  );
});
