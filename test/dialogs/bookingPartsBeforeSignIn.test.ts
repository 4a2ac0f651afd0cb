/**
 * Before sign-in, a booking of an activity per child (« inscrire Léa à la cantine et Hugo à la garderie le 8
 * janvier »): the summary said back named the canteen only. Now it names each activity (with its children when
 * written with a capital), and what is kept through the sign-in books both: Léa's canteen, then Hugo's care.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function signedOut(channelId: string): Promise<Chat> {
  return (await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101', signIn: false })).c;
}

const booked = (c: Chat) =>
  c.core.db.$client.prepare("select ch.first_name as child, a.code, r.day from reservations r join activities a on a.id = r.activity_id join children ch on ch.id = r.child_id where r.status in ('pending', 'confirmed') order by ch.first_name").all();

describe('an activity per child said before sign-in', () => {
  it.each(table([['inscrire Léa à la cantine et Hugo à la garderie le 8 janvier', ['Léa', 'Hugo']], ['inscrire lea a la cantine et hugo a la garderie le 8 janvier', []]]))(
    '%s: « %s »: both activities said back, both booked after sign-in',
    async (channel, phrasing, names) => {
      const c = await signedOut(channel);
      const summary = c.text(await c.say(phrasing));
      expect(summary).toContain(fr['understood.activity.canteen']);
      expect(summary).toContain(fr['understood.activity.care']);
      for (const name of names) expect(summary).toContain(name);
      await c.say('francoise.durand@example.org');
      await c.say(lastCode(c.core.config.outboxDir, 'francoise.durand@example.org'));
      await c.say('1');
      await c.say('1');
      expect(booked(c)).toEqual([
        { child: 'Hugo', code: 'evening', day: '2027-01-08' },
        { child: 'Léa', code: 'canteen', day: '2027-01-08' },
      ]);
    },
  );
});
