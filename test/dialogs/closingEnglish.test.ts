/**
 * « no thanks », « nothing else, bye », « that's all » at « Can I help you with anything else? »: a
 * polite goodbye, as « non merci » gets, not « I did not understand » and the menu again. In an
 * English conversation and in a French one; Web Chat and SMS.
 */
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('an English goodbye at the menu', () => {
  it.each(table([
    ['no thanks', 'en'],
    ['no thank you', 'en'],
    ["no that's all", 'en'],
    ['nothing else, bye', 'en'],
    ["no i'm good", 'en'],
    ['no thanks', 'fr'],
    ['non merci', 'fr'],
  ] as Array<[string, 'fr' | 'en']>))('%s: « %s » in %s is a goodbye', async (channel, phrasing, locale) => {
    const c = startChat({ channelId: channel, env: { DEFAULT_COMMUNE: 'carrieres-sous-poissy' } });
    chats.push(c);
    if (locale === 'en') await c.say('english');
    else await c.say('bonjour');
    const t = c.core.texts.for(locale, false, channel === 'sms');
    const reply = c.text(await c.say(phrasing));
    expect(reply).toContain(t('menu.closing.writeAgain'));
    expect(reply).not.toContain(t('menu.notUnderstood'));
  });
});
