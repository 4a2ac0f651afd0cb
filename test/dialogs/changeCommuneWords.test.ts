/**
 * « oops wrong town », « change city », « je me suis trompé de commune » change the commune as
 * « changer de commune » does, wherever they are typed (here at the sign-in's code question, where
 * « oops wrong town » was read as a code that did not come). SMS with several communes; the next
 * question asked is the commune's.
 */
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the commune changed in other words', () => {
  it.each([
    ['oops wrong town', 'en'],
    ['change city', 'en'],
    ['a different town', 'en'],
    ['je me suis trompé de commune', 'fr'],
    ['mauvaise commune', 'fr'],
  ] as Array<[string, 'fr' | 'en']>)('« %s » at the code question asks the commune again', async (phrasing, locale) => {
    const c = startChat({ channelId: 'sms' });
    chats.push(c);
    await c.say(locale === 'en' ? 'hello I want to sign in' : 'bonjour je veux me connecter');
    await c.say('3');
    await c.say('jane.smith@example.org');
    expect(c.text(await c.say(phrasing))).toContain(c.core.texts.for(locale, false, true)('commune.ask'));
  });
});
