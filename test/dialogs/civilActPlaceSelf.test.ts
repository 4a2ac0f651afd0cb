/**
 * At « Dans quelle commune a eu lieu la naissance ? » (an extract without parents: who asks not asked yet), the resident
 * says the act is their own (« c moi », in English « it's me », « myself »): taken as who asks, never a town (« Me »),
 * the place asked again, then the resident's own last name asked; the request stored as their own.
 */
import { startChat, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('« c moi » at the place question', () => {
  it.each([
    ['webchat', 'fr', ['acte de naissance', 'extrait sans filiation'], 'c moi', 'ici'],
    ['sms', 'fr', ['acte de naissance', 'extrait sans filiation'], 'c moi meme', 'ici'],
    ['webchat', 'en', ['english', 'I need a birth certificate', 'extract without parentage'], "it's me", 'here'],
    ['webchat', 'en', ['english', 'I need a birth certificate', 'extract without parentage'], 'myself', 'here'],
  ])('%s (%s): %j, then « %s »: the own act, the place asked again', async (channel, locale, opening, said, here) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const m of opening) await c.say(m);
    const t = c.core.texts.for(locale as 'fr' | 'en', false, channel === 'sms');
    const noted = c.text(await c.say(said));
    expect(noted).toContain(t('civilAct.detailNoted'));
    expect(c.text(await c.say(here))).toContain(t('civilAct.askSelf.lastName'));
    for (const a of ['Martin', 'Lucie', '12/03/1990', 'lucie@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', locale === 'en' ? 'yes' : 'oui']) await c.say(a);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ relation: 'self', place: 'Carrières-sous-Poissy', lastName: 'Martin' })]);
  });
});
