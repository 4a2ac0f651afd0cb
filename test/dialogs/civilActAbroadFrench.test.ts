/**
 * Right after an act abroad was said to be the Service central d'état civil's (« acte de naissance pour ma mère, elle est née
 * au Maroc »), the person French since: « ah et elle a la nationalité française depuis, c'est pareil ? » (it started the
 * electoral roll's request), « et si elle a été naturalisée ? »: the same service said, no request started. Also when the
 * abroad place is the answer to the place's question. Web Chat and SMS; the keys said and the requests stored are asserted.
 */
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
const requests = (c: Chat) => c.core.db.$client.prepare('select count(*) as n from requests').get();

async function toldAbroad(channel: string, upfront: boolean): Promise<Chat> {
  const c = startChat({ channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  const t = c.core.texts.for('fr', false, channel === 'sms');
  if (upfront) expect(c.text(await c.say('bonjour je voudrais un acte de naissance pour ma mere elle est nee au maroc'))).toContain(t('civilAct.abroad'));
  else {
    await c.say('copie intégrale de l\'acte de naissance de ma mère');
    expect(c.text(await c.say('au Maroc'))).toContain(t('civilAct.abroad'));
  }
  return c;
}

describe('an act abroad, the person French since', () => {
  it.each(table([["ah et elle a la nationalite francaise depuis, c'est pareil ?"], ['et si elle a été naturalisée ?'], ["c'est pareil si elle est française ?"]]))('%s: « %s »: the same service said, no request', async (channel, phrasing) => {
    const c = await toldAbroad(channel, true);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const said = c.text(await c.say(phrasing));
    expect(said).toContain(t('civilAct.abroadFrenchSince'));
    expect(said).not.toContain(t('demarche.electoral_roll.ask.tie', { commune: 'Carrières-sous-Poissy' }));
    expect(requests(c)).toEqual({ n: 0 });
  });

  it('webchat: the abroad place answered at the place question, then « elle est française maintenant, c pareil ? »: the same service', async () => {
    const c = await toldAbroad('webchat', false);
    const t = c.core.texts.for('fr', false, false);
    expect(c.text(await c.say('elle est française maintenant, c pareil ?'))).toContain(t('civilAct.abroadFrenchSince'));
  });
});
