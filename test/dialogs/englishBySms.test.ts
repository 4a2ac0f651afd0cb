/**
 * By SMS, « me no speak french », « I don't speak French », « english please »: the replies go on in English, from the
 * message itself (the commune still to be asked, or known) to the next SMS from the same number (the choice is kept).
 * Each check looks for the English text of a locale key in what the bot answered.
 */
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

type Replies = Awaited<ReturnType<Chat['say']>>;
/** Whether the replies hold the SMS text of `key` in `locale`. */
const holds = (c: Chat, replies: Replies, key: string, locale: 'fr' | 'en') => c.text(replies).includes(c.core.texts.for(locale, false, true)(key));

const ASKS_FOR_ENGLISH = ['me no speak french', "I don't speak French", 'english please', 'English pls', 'i no understand french', 'Sorry, no french'];

describe('English asked by SMS', () => {
  it.each(ASKS_FOR_ENGLISH)('« %s » as the first SMS (several communes): the commune asked in English, and English kept for the next SMS', async (text) => {
    const c = startChat({ channelId: 'sms', user: 'sms-resident' });
    chats.push(c);
    const first = await c.say(text);
    expect(holds(c, first, 'commune.ask', 'en')).toBe(true);
    expect(holds(c, first, 'commune.ask', 'fr')).toBe(false);
    expect(holds(c, await c.say('1'), 'menu.item.signIn', 'en')).toBe(true);
    expect(holds(c, await c.say('aide'), 'commands.help.footer', 'en')).toBe(true);
    // The next SMS from the same number, to a bot started again: still English.
    const later = startChat({ channelId: 'sms', user: 'sms-resident', core: c.core });
    expect(holds(later, await later.say('aide'), 'commands.help.footer', 'en')).toBe(true);
  });

  it.each(ASKS_FOR_ENGLISH)('« %s » once the commune is known: the switch said in English, and the next replies in English', async (text) => {
    const c = startChat({ channelId: 'sms', env: { DEFAULT_COMMUNE: 'carrieres-sous-poissy' }, user: 'sms-resident' });
    chats.push(c);
    expect(holds(c, await c.say('bonjour'), 'commands.language', 'en')).toBe(false);
    expect(holds(c, await c.say(text), 'commands.language', 'en')).toBe(true);
    expect(holds(c, await c.say('aide'), 'commands.help.footer', 'en')).toBe(true);
    const later = startChat({ channelId: 'sms', env: { DEFAULT_COMMUNE: 'carrieres-sous-poissy' }, user: 'sms-resident', core: c.core });
    expect(holds(later, await later.say('aide'), 'commands.help.footer', 'en')).toBe(true);
  });
});
