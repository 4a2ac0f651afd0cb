/**
 * « au revoir » is answered with a goodbye, « merci » with « je vous en prie », and the wish follows the time in Paris
 * (the day, the evening, the night). Carrières-sous-Poissy, the clock given to each chat, Web and SMS.
 */
import { fixedClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { fr } from '../support/prompts';

const chats: Chat[] = [];
async function chat(at: string, channelId?: string): Promise<Chat> {
  const c = startChat({ clock: fixedClock(at), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** Friday 4 December 2026: 21:00, 15:00 and 02:00 in Paris. */
const EVENING = '2026-12-04T20:00:00Z';
const AFTERNOON = '2026-12-04T14:00:00Z';
const NIGHT = '2026-12-05T01:00:00Z';
const key = (k: string) => fr[k] as string;

describe('closings', () => {
  it.each<[string, string, string | undefined, string[], string[]]>([
    ['au revoir', EVENING, undefined, ['menu.closing.goodbye', 'menu.closing.evening'], ['menu.closing.welcome', 'menu.closing.day']],
    ['au revoir', EVENING, 'sms', ['menu.closing.goodbye', 'menu.closing.evening'], ['menu.closing.welcome', 'menu.closing.day']],
    ['merci', AFTERNOON, undefined, ['menu.closing.welcome', 'menu.closing.day'], ['menu.closing.goodbye', 'menu.closing.evening']],
    ['merci, au revoir', NIGHT, undefined, ['menu.closing.welcome', 'menu.closing.goodbye', 'menu.closing.night'], ['menu.closing.day']],
  ])('« %s » at %s (%s)', async (said, at, channelId, keys, notKeys) => {
    const c = await chat(at, channelId);
    const text = c.text(await c.say(said));
    for (const k of keys) expect(text).toContain(key(k));
    for (const k of notKeys) expect(text).not.toContain(key(k));
  });
});
