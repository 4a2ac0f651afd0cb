/**
 * « Quelle forme d'acte voulez-vous ? » answered with a doubt or a purpose (« je comprends pas »,
 * « c'est quoi la difference entre les trois ? », « je sais pas c pour un passeport »): the forms are
 * explained (the one usually asked for that purpose), the three forms offered again, and the
 * request goes on. Web Chat and SMS; each row asserts the help given and the request stored.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const stored = storedRequests;

describe('help at the form of the act', () => {
  it.each(table([
    ['je comprends pas', 'general'],
    ["c'est quoi la difference entre les trois ?", 'general'],
    ['extrait avec filiation ca veut dire quoi ?', 'general'],
    ['je sais pas c pour un passeport', 'identity'],
    ['pour un mariage', 'marriage'],
    ['pour le notaire', 'notary'],
  ]))('%s: « %s » explains the forms, then the request goes on', async (channel, phrasing, help) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('acte de naissance');
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const replies = await c.say(phrasing);
    expect(c.text(replies)).toContain(t(`civilAct.formHelp.${help}`));
    expect(offered(replies)).toHaveLength(3);
    for (const a of ['extrait avec filiation', 'c moi', 'Carrières-sous-Poissy', 'Durand', 'Léa', '12/03/1988', 'Paul Durand et Marie Durand', 'lea@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(a);
    expect(stored(c)).toEqual([expect.objectContaining({ kind: 'birth', format: 'extract_with_parents', relation: 'self', lastName: 'Durand' })]);
  });
});
