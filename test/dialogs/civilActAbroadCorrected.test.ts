/**
 * An act request that found its event abroad (« au Maroc », at the place question or up front), then the place corrected
 * right after (« ah non pardon je me suis trompé, elle est née à Carrières-sous-Poissy », « non c'était à Carrières »): the
 * request goes on from what it had (the form chosen, « pour ma mère »), the next question is the person's name, never the
 * form nor who asks again. Another act named next is a request of its own. Web Chat and SMS; the keys said are asserted.
 */
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function toldAbroad(channel: string, upfront: boolean): Promise<Chat> {
  const c = startChat({ channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  const t = c.core.texts.for('fr', false, channel === 'sms');
  if (upfront) expect(c.text(await c.say('bonjour je voudrais une copie integrale de l acte de naissance de ma mere elle est nee au maroc'))).toContain(t('civilAct.abroad'));
  else {
    expect(c.text(await c.say('bonjour je voudrais un acte de naissance pour ma mere'))).toContain(t('civilAct.ask.format'));
    await c.say('1');
    expect(c.text(await c.say('au maroc a casablanca'))).toContain(t('civilAct.abroad'));
  }
  return c;
}

const CORRECTIONS: [string, boolean][] = [
  ['ah non pardon je me suis trompe elle est nee a carrieres sous poissy', false],
  ["non c'était à Carrières-sous-Poissy", false],
  ['ah non pardon je me suis trompe elle est nee a carrieres sous poissy', true],
];

describe('an act abroad, the place corrected next', () => {
  it.each(table(CORRECTIONS))('%s: « %s » (abroad said up front: %s): the request goes on, its form and who asks kept', async (channel, phrasing, upfront) => {
    const c = await toldAbroad(channel, upfront);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const said = c.text(await c.say(phrasing));
    expect(said).toContain(t('civilAct.ask.lastName'));
    expect(said).not.toContain(t('civilAct.ask.format'));
    expect(said).not.toContain(t('civilAct.ask.relation'));
    expect(said).not.toContain(t('civilAct.abroad'));
  });

  it.each(table([['et un acte de mariage aussi']]))('%s: « %s »: another act, asked from the start (its form)', async (channel, phrasing) => {
    const c = await toldAbroad(channel, false);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say(phrasing))).not.toContain(t('civilAct.ask.lastName'));
  });
});
