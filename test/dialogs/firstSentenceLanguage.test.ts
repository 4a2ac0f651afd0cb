/**
 * The resident's first sentence tells their language: by SMS (no locale) and on Web Chat (a French
 * page), a first message plainly in English is answered in English from then on, instead of in French
 * with an offer to write « english ». A French first sentence stays French, and a word or two (« ok »,
 * « Poissy ») tells nothing. Each row checks the locale of the texts the bot answered with.
 */
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const CSP = { commune: 'carrieres-sous-poissy' };
const ONE_COMMUNE = { DEFAULT_COMMUNE: 'carrieres-sous-poissy' };

/** A conversation on `channel` (SMS: the commune known, as on a commune's own number; Web Chat: a French page of the commune, joined). */
async function conversation(channel: 'sms' | 'webchat'): Promise<Chat> {
  const c = startChat(channel === 'sms' ? { channelId: 'sms', env: ONE_COMMUNE } : { channelId: 'webchat' });
  chats.push(c);
  if (channel === 'webchat') await c.join(CSP);
  return c;
}

/** Whether the replies hold the text of `key` in `locale` (the channel's short version where it has one). */
function holds(c: Chat, replies: Awaited<ReturnType<Chat['say']>>, key: string, locale: 'fr' | 'en', sms: boolean): boolean {
  return c.text(replies).includes(c.core.texts.for(locale, false, sms)(key));
}

describe('an English first sentence', () => {
  it.each([
    ['sms', 'hello, what time does the town hall open?', 'info.more'],
    ['webchat', 'hello, what time does the town hall open?', 'info.more'],
    ['sms', 'I want to book the canteen for my son', 'signIn.askEmail'],
    ['webchat', 'I want to book the canteen for my son', 'signIn.askEmail'],
    // The account and a request in few words (« lost », « password », « track », « request »: English words too).
    ['sms', 'I lost my password', 'signIn.askEmail'],
    ['webchat', 'I lost my password', 'signIn.askEmail'],
    ['sms', 'track my request please', 'follow.askReference'],
  ] as const)('on %s, « %s » is answered in English (%s), without the offer to switch', async (channel, text, next) => {
    const c = await conversation(channel);
    const sms = channel === 'sms';
    const replies = await c.say(text);
    expect(holds(c, replies, next, 'en', sms)).toBe(true);
    expect(holds(c, replies, 'commands.languageSeen', 'en', sms)).toBe(true);
    expect(holds(c, replies, 'commands.languageOffer', 'en', sms)).toBe(false);
    // And it goes on in English.
    expect(holds(c, await c.say('aide'), 'commands.help.footer', 'en', sms)).toBe(true);
  });

  it('by SMS with several communes: the commune asked in English, then the question answered in English', async () => {
    const c = startChat({ channelId: 'sms' });
    chats.push(c);
    const first = await c.say('hello, what time does the town hall open?');
    expect(holds(c, first, 'commune.ask', 'en', true)).toBe(true);
    expect(holds(c, await c.say('1'), 'info.more', 'en', true)).toBe(true);
  });

  it('by SMS with several communes: « Hello, I need a birth certificate », the commune, then the act\'s form asked in English', async () => {
    const c = startChat({ channelId: 'sms' });
    chats.push(c);
    expect(holds(c, await c.say('Hello, I need a birth certificate'), 'commune.ask', 'en', true)).toBe(true);
    expect(holds(c, await c.say('Carrieres sous Poissy'), 'civilAct.ask.format', 'en', true)).toBe(true);
  });

  it('by SMS with several communes: « bonjour », the commune\'s name, then « is town hall open monday? » answered in English', async () => {
    const c = startChat({ channelId: 'sms' });
    chats.push(c);
    await c.say('bonjour');
    await c.say('carrieres sous poissy');
    const replies = await c.say('is town hall open monday?');
    expect(holds(c, replies, 'info.more', 'en', true)).toBe(true);
    expect(holds(c, replies, 'commands.languageOffer', 'en', true)).toBe(false);
  });

  it('after words that tell nothing (« hi », then the commune\'s number), the first sentence still decides', async () => {
    const c = startChat({ channelId: 'sms' });
    chats.push(c);
    await c.say('hi');
    await c.say('1');
    expect(holds(c, await c.say('what time does the town hall open?'), 'info.more', 'en', true)).toBe(true);
  });
});

describe('what stays French', () => {
  it.each([
    ['sms', 'bonjour, à quelle heure ouvre la mairie ?'],
    ['webchat', 'bonjour, à quelle heure ouvre la mairie ?'],
  ] as const)('on %s, a French first sentence « %s »: French', async (channel, text) => {
    const c = await conversation(channel);
    expect(holds(c, await c.say(text), 'info.more', 'fr', channel === 'sms')).toBe(true);
  });

  it.each([
    ['sms', 'ok'],
    ['sms', 'Poissy'],
    ['webchat', 'ok'],
    ['webchat', 'Poissy'],
  ] as const)('on %s, « %s » switches nothing: the help after it is French', async (channel, text) => {
    const c = await conversation(channel);
    await c.say(text);
    expect(holds(c, await c.say('aide'), 'commands.help.footer', 'fr', channel === 'sms')).toBe(true);
  });

  it('« hello » before a French sentence: French', async () => {
    const c = await conversation('sms');
    await c.say('hello je voudrais un certificat de naissance pour mon fils');
    expect(holds(c, await c.say('aide'), 'commands.help.footer', 'fr', true)).toBe(true);
  });

  it('a French first sentence, then English with a French word in it: French kept, English offered', async () => {
    const c = await conversation('webchat');
    await c.say('je voudrais les horaires de la mairie');
    await c.say('menu');
    const replies = await c.say('what are the opening hours of la mairie?');
    expect(holds(c, replies, 'info.more', 'fr', false)).toBe(true);
    expect(holds(c, replies, 'commands.languageOffer', 'en', false)).toBe(true);
  });

  it('« en français » chosen before: an English sentence does not switch', async () => {
    const c = await conversation('sms');
    await c.say('en français');
    expect(holds(c, await c.say('what time does the town hall open?'), 'info.more', 'fr', true)).toBe(true);
  });
});

describe('an English sentence naming the commune', () => {
  it('by SMS, « I live in Carrieres sous Poissy » at the commune question: the commune noted, in English from then on', async () => {
    const c = startChat({ channelId: 'sms' });
    chats.push(c);
    await c.say('hello');
    const replies = await c.say('I live in Carrieres sous Poissy');
    expect(c.text(replies)).toContain(c.core.texts.for('en', false, true)('commune.noted', { commune: 'Carrières-sous-Poissy' }));
  });
});
