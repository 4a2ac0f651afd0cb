/**
 * The resident's own act (« c'est moi » at « Qui êtes-vous pour la personne de l'acte ? »): its names and parents are
 * asked of them (« Quel est votre prénom ? »), not of a third person (« Quel est son prénom ? »). Web Chat and SMS;
 * the rows assert the locale keys asked and the request stored.
 */
import { demarcheChat, rows } from '../support/demarches';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the resident\'s own act', () => {
  it.each(table([["c'est moi"]]))('%s: « %s »: its first name and parents asked of the resident', async (channel, answer) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('je voudrais une copie intégrale d\'acte de naissance');
    await c.say(answer);
    expect(c.text(await c.say('Carrières-sous-Poissy'))).toContain(t('civilAct.askSelf.lastName'));
    const first = c.text(await c.say('Durand'));
    expect(first).toContain(t('civilAct.askSelf.firstName'));
    expect(first).not.toContain(t('civilAct.ask.firstName'));
    await c.say('Léa');
    expect(c.text(await c.say('14/03/1988'))).toContain(textStart(t('civilAct.askSelf.parents')));
    for (const a of ['Paul Durand et Marie Durand', 'lea.durand@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(a);
    expect(rows(c, 'select data from requests').map((r) => JSON.parse(r.data as string) as object)).toEqual([expect.objectContaining({ relation: 'self', firstName: 'Léa', lastName: 'Durand' })]);
  });
});

/** A question's first sentence (the SMS version may end differently). */
const textStart = (s: string) => s.split('?')[0] ?? s;
