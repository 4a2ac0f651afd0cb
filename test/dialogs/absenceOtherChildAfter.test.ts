/**
 * Right after Hugo's absence is recorded, « ma fille est malade ojd »: a new absence for the daughter today, not a
 * reason for Hugo's (« C'est noté »); which child is asked (the file has no sex), then today's absence stored. Léa and Hugo are booked at the canteen on Monday 7 December; the clock is then
 * moved to that Monday, 9:00 in Paris (past the deadline: the reason is asked, illness said). Asserts the absences
 * stored.
 */
import { signInAgain } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const absent = (c: Chat) => c.core.db.$client.prepare('select ch.first_name as child, a.day from absences a join children ch on ch.id = a.child_id order by ch.first_name').all();

describe('another child said right after an absence', () => {
  it.each(table([['ma fille est malade ojd'], ["ma fille est malade aujourd'hui"]]))('%s: « %s »: Léa\'s absence too', async (channel, phrasing) => {
    const { c, clock } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa et Hugo le 7 décembre');
    await c.say('oui');
    clock.advance(18 * 24 * 60 + 18 * 60);
    await signInAgain(c);
    const say = async (text: string) => {
      let replies = await c.say(text);
      // Which child « ma fille » is, the file does not say: asked (Léa), then the certificate may follow (Web Chat).
      if (offered(replies).length === 3) replies = await c.say('Léa');
      if (offered(replies).length === 1) await c.say('plus tard');
    };
    await say("hugo est malade aujourd'hui");
    expect(absent(c)).toEqual([{ child: 'Hugo', day: '2026-12-07' }]);
    await say(phrasing);
    expect(absent(c)).toEqual([
      { child: 'Hugo', day: '2026-12-07' },
      { child: 'Léa', day: '2026-12-07' },
    ]);
  });
});
