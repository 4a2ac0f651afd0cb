/**
 * A message wholly in English after a French first sentence (the resident never chose « français »): answered in
 * English and kept, as an English first sentence is; the question waiting is asked on in English. A French word in
 * the message, or French chosen before, keeps French. By SMS, an English first sentence heard while a task waits
 * asks that task's question in English too. Each row checks the locale of the keys answered with.
 */
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const CSP = { commune: 'carrieres-sous-poissy' };

async function conversation(channel: 'sms' | 'webchat'): Promise<Chat> {
  const c = startChat(channel === 'sms' ? { channelId: 'sms', env: { DEFAULT_COMMUNE: 'carrieres-sous-poissy' } } : { channelId: 'webchat' });
  chats.push(c);
  if (channel === 'webchat') await c.join(CSP);
  return c;
}

function holds(c: Chat, replies: Awaited<ReturnType<Chat['say']>>, key: string, locale: 'fr' | 'en', sms: boolean, params?: Record<string, unknown>): boolean {
  return c.text(replies).includes(c.core.texts.for(locale, false, sms)(key, params));
}

describe('English after a French first sentence', () => {
  it.each(['sms', 'webchat'] as const)('on %s, at the menu: answered in English and kept', async (channel) => {
    const sms = channel === 'sms';
    const c = await conversation(channel);
    await c.say('je voudrais les horaires de la mairie');
    const replies = await c.say('what are the opening hours of the town hall on saturday?');
    expect(holds(c, replies, 'commands.languageSeen', 'en', sms)).toBe(true);
    expect(holds(c, replies, 'info.more', 'en', sms)).toBe(true);
    expect(holds(c, await c.say('aide'), 'commands.help.footer', 'en', sms)).toBe(true);
  });

  it.each(['sms', 'webchat'] as const)('on %s, at an act\'s place question: the question asked on in English, the act made', async (channel) => {
    const sms = channel === 'sms';
    const c = await conversation(channel);
    await c.say("je voudrais une copie intégrale d'acte de naissance");
    await c.say("c'est moi");
    const replies = await c.say('sorry, I do not speak French, can you help me');
    expect(holds(c, replies, 'commands.languageSeen', 'en', sms)).toBe(true);
    expect(holds(c, replies, 'civilAct.ask.place', 'en', sms, { event: c.core.texts.for('en', false, sms)('civilAct.event.birth') })).toBe(true);
    // « c'est moi »: the resident's own act, so the name is asked of them.
    expect(holds(c, await c.say('Carrières-sous-Poissy'), 'civilAct.askSelf.lastName', 'en', sms)).toBe(true);
  });

  it.each([
    ['sms', 'en français', 'what time does the town hall open?'],
    ['webchat', 'je voudrais les horaires de la mairie', 'what time does la mairie open on saturday?'],
  ] as const)('on %s, after « %s », « %s » keeps French', async (channel, first, text) => {
    const c = await conversation(channel);
    await c.say(first);
    expect(holds(c, await c.say(text), 'info.more', 'fr', channel === 'sms')).toBe(true);
  });
});

describe('an English first sentence while a task waits (SMS, the commune asked first)', () => {
  it('the act\'s question is asked again in English', async () => {
    const c = startChat({ channelId: 'sms' });
    chats.push(c);
    await c.say('bonjour je veux un acte de naissance');
    expect(holds(c, await c.say('1'), 'civilAct.ask.format', 'fr', true)).toBe(true);
    const replies = await c.say('what are the opening hours of the town hall on monday?');
    expect(holds(c, replies, 'commands.languageSeen', 'en', true)).toBe(true);
    expect(holds(c, replies, 'civilAct.ask.format', 'en', true)).toBe(true);
    expect(holds(c, replies, 'civilAct.ask.format', 'fr', true)).toBe(false);
  });
});
