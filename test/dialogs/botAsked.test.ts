/**
 * « c'est un robot ? », « je parle à une vraie personne ? », « are you a bot? »: the bot says it is an automatic
 * assistant, how to reach a person (the service of the current topic), then asks its question again; a task in
 * progress goes on with what was entered. Web Chat and SMS, French and English.
 */
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { detectCommand } from '../../src/nlu/commands';
import { ROOT, startChat, type Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const CSP = { commune: 'carrieres-sous-poissy' };
const locales = { fr: readLocaleFile(path.join(ROOT, 'locales'), 'fr'), en: readLocaleFile(path.join(ROOT, 'locales'), 'en') };
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
/** The words of a key before its first parameter (SMS writes some letters without accents: compared without them). */
const bare = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[«»"]/g, '');
const saysKey = (said: string, locale: 'fr' | 'en', key: string) => bare(said).includes(bare((locales[locale][key] as string).split('{{')[0]!.trim()));

describe('« c\'est un robot ? »', () => {
  const rows = CHANNELS.flatMap((channel) => [
    [channel, 'fr', "c'est un robot ?"],
    [channel, 'fr', 'je parle à une vraie personne ?'],
    [channel, 'fr', 'vous etes un humain ou une machine'],
    [channel, 'en', 'are you a bot?'],
  ] as const);

  it.each(rows)('%s (%s) « %s » at the menu: said to be automatic, with whom to reach', async (channelId, locale, asked) => {
    const c = startChat({ channelId, ...(locale === 'en' ? { locale: 'en-US' } : {}) });
    chats.push(c);
    await c.join(CSP);
    const said = c.text(await c.say(asked));
    expect(saysKey(said, locale, 'human.bot')).toBe(true);
    expect(saysKey(said, locale, 'human.intro')).toBe(true);
    expect(said).toMatch(/01 39 22 36 00/);
  });

  it('Web Chat: as the very first message of the page (the commune in its channel data)', async () => {
    const c = startChat();
    chats.push(c);
    const said = c.text(await c.say({ type: 'message', text: "c'est un robot ?", channelData: CSP }));
    expect(saysKey(said, 'fr', 'human.bot')).toBe(true);
  });

  it('SMS: as the very first message, answered once the commune is known', async () => {
    const c = startChat({ channelId: 'sms' });
    chats.push(c);
    await c.say("c'est un robot ?");
    const said = c.text(await c.say('1'));
    expect(saysKey(said, 'fr', 'human.bot')).toBe(true);
  });

  it.each(CHANNELS)('%s: in the middle of an act request, the request goes on where it was', async (channelId) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join(CSP);
    const asked = c.text(await c.say('je veux un acte de naissance'));
    const question = asked.trim().split('\n').pop()!;
    const said = c.text(await c.say('c un robot ?'));
    expect(saysKey(said, 'fr', 'human.bot')).toBe(true);
    // The act's question is asked again, and the request was not put aside nor stopped.
    expect(said).toContain(question);
    expect(saysKey(said, 'fr', 'topics.paused')).toBe(false);
  });

  it('« c\'est un robot qui répond ? » inside a longer message, or a name at a question, is no such question', () => {
    expect(detectCommand("c'est une personne")).toBeUndefined();
    expect(detectCommand('le robot est nul')).toBeUndefined();
    expect(detectCommand("c'est un robot ?")).toBe('botAsked');
    expect(detectCommand('is this a real person?')).toBe('botAsked');
  });
});
