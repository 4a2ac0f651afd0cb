/**
 * An address that names the commune served short at its end, without a postal code (« 12 rue de la Gare à
 * Carrières », « 3 allée des Acacias, carrieres »): complete, stored with the commune's full name and postal code,
 * not asked again for « the postal code and the town ». Another town, or a street named after the commune
 * (« 12 rue de Carrières »), is read as before. Web Chat and SMS; each row asserts what is stored.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channel: string): Promise<Chat> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}

describe('the commune served named short at the end of an address', () => {
  it.each(
    table([
      ['12 rue de la gare a carrieres', '12 rue de la gare, 78955 Carrières-sous-Poissy'],
      ['12 rue de la Gare à Carrières', '12 rue de la Gare, 78955 Carrières-sous-Poissy'],
      ['3 allée des Acacias, carieres', '3 allée des Acacias, 78955 Carrières-sous-Poissy'],
    ]),
  )('%s: an act sent to « %s » is stored as « %s »', async (channel, typed, stored) => {
    const c = await chat(channel);
    for (const a of ['acte de naissance extrait sans filiation', 'Carrières-sous-Poissy', '12/03/1985', 'Dupont', 'Marie', 'marie.dupont@example.fr']) await c.say(a);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say(typed))).toContain(t('civilAct.ask.recipient'));
    expect(c.text(await c.say('Marie Dupont'))).toContain(fr['createAccount.confirm']);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ address: stored, lastName: 'Dupont' })]);
  });

  it.each(table([['12 rue de la Gare à Carrières', '12 rue de la Gare, 78955 Carrières-sous-Poissy']]))('%s: the census\'s address « %s » is stored as « %s »', async (channel, typed, stored) => {
    const c = await chat(channel);
    for (const a of ['recensement citoyen', '15/11/2010', 'oui', 'Durand', 'Léa', 'Poissy (78)', 'Françoise et Marc Durand', typed, 'francoise@example.org']) await c.say(a);
    for (let i = 0; i < 3 && !c.text(await c.say('au guichet')).includes(fr['demarche.confirm'] ?? '?'); i++);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ address: stored })]);
  });

  it.each(table([['12 rue de la Gare à Poissy']]))('%s: « %s » (another town, no postal code): the postal code asked, what was typed kept', async (channel, typed) => {
    const c = await chat(channel);
    for (const a of ['acte de naissance extrait sans filiation', 'Carrières-sous-Poissy', '12/03/1985', 'Dupont', 'Marie', 'marie.dupont@example.fr']) await c.say(a);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say(typed))).not.toContain(t('civilAct.ask.recipient'));
    expect(c.text(await c.say('78300'))).toContain(t('civilAct.ask.recipient'));
  });
});
