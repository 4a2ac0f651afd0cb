/**
 * An act asked in English with its form said up front (« I need a full copy of my birth certificate », « copy full »):
 * the form is filled as « copie intégrale » fills it in French, never asked again; « copy full » alone at the menu asks
 * for an act (it was « I did not understand »). Web Chat and SMS.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function english(channelId: string): Promise<{ c: Chat; t: (key: string) => string }> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId, locale: 'en-GB' });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  const t = c.core.texts.for('en', false, channelId === 'sms');
  return { c, t: (key) => t(key) };
}

describe('an act asked in English with its form', () => {
  it.each(CHANNELS.flatMap((channel) => [
    [channel, 'I need a full copy of my birth certificate'],
    [channel, 'a complete copy of my marriage certificate please'],
    [channel, 'birth certificate, extract with parentage'],
  ]))('%s: « %s »: the form is not asked', async (channel, text) => {
    const { c, t } = await english(channel);
    const said = c.text(await c.say(text));
    expect(said).not.toContain(t('civilAct.ask.format'));
    expect(said).not.toContain(t('menu.notUnderstood').split('{{')[0]!.trim());
  });

  it.each(CHANNELS)('%s: « copy full » then « my birth certificate »: an act, its form kept', async (channel) => {
    const { c, t } = await english(channel);
    const first = c.text(await c.say('copy full'));
    expect(first).not.toContain(t('menu.notUnderstood').split('{{')[0]!.trim());
    const next = c.text(await c.say('my birth certificate'));
    expect(`${first}\n${next}`).not.toContain(t('civilAct.ask.format'));
  });
});
