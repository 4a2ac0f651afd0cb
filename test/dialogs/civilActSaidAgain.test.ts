/**
 * What the request already holds, said again at the form's question (« it's for me » after « I need my birth
 * certificate », « c moi » after « c'est pour moi »): acknowledged and the question asked again, never « I did not
 * understand your answer ». Something else still is not understood.
 */
import { startChat, type Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channelId: string, locale: 'fr' | 'en', ...says: string[]): Promise<{ c: Chat; last: string }> {
  const c = startChat({ channelId, locale });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  if (channelId === 'sms') await c.say('Carrières-sous-Poissy');
  let last = '';
  for (const m of says) last = c.text(await c.say(m));
  return { c, last };
}

describe.each(CHANNELS)('%s: said again at the form question', (channel) => {
  it.each([
    ['en', 'I need my birth certificate', "it's for me"],
    ['fr', 'acte de naissance', "c'est pour moi", 'c moi'],
    ['fr', 'acte de mariage pour ma fille', 'pour ma fille'],
  ] as Array<['fr' | 'en', ...string[]]>)('%s: « %s », then %s', async (locale, ...says) => {
    const { c, last } = await chat(channel, locale, ...says);
    const t = c.core.texts.for(locale, false, channel === 'sms');
    expect(last).toContain(t('civilAct.detailNoted'));
    expect(last).not.toContain(t('choice.again', { task: t('choice.task.civilAct.birth') }).slice(0, 20));
  });

  it.each([['on sest marie en 2015 ici'], ['mariés à carrieres sous poissy en 2015']])('« acte de mariage », then « %s »: the place noted (not asked later), not « not understood »', async (said) => {
    const { c, last } = await chat(channel, 'fr', 'acte de mariage', said);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(last).toContain(t('civilAct.detailNoted'));
    const placeAsked = (t('civilAct.ask.place', { event: '' }).split('{{')[0] ?? '').slice(0, 25);
    let reply = c.text(await c.say('1'));
    for (let i = 0; i < 2 && !reply.includes(t('civilAct.askSelf.lastName')); i++) {
      expect(reply).not.toContain(placeAsked);
      reply = c.text(await c.say('moi'));
    }
    expect(reply).toContain(t('civilAct.askSelf.lastName'));
    expect(reply).not.toContain(placeAsked);
  });

  it('something else is still not understood', async () => {
    const { c, last } = await chat(channel, 'fr', 'acte de naissance', 'bof');
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(last).not.toContain(t('civilAct.detailNoted'));
  });
});
