/**
 * « au centre » with days in the commune's school holidays, said at the menu: the holiday activity of those days, not the
 * Wednesday one, and « pendant les vacances de février » read as those days (the holidays of the commune's zone, not of
 * every zone at once, when the menu reads the message). Web Chat and SMS; asserts the activity and days said back.
 */
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the centre asked for days of the school holidays', () => {
  it.each(
    table([
      ['je veux inscrire ma fille au centre le 17 février', ['17 février']],
      ['je veux inscrire ma fille au centre pendant les vacances de février', ['6 février', '21 février']],
    ]),
  )('%s: « %s » is the holiday activity on those days', async (channel, said, days) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const activities = await c.core.service.listActivities('carrieres-sous-poissy');
    const label = (code: string) => (activities.find((a) => a.code === code)?.label ?? code).toLowerCase();
    const understood = c.text(await c.say(said)).toLowerCase();
    expect(understood).toContain(label('holidays'));
    expect(understood).not.toContain(label('wednesday'));
    for (const day of days) expect(understood).toContain(day);
  });
});
