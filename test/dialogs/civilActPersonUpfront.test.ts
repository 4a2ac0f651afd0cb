/**
 * The person of an act named up front after who they are (« ma fille Lea Durand née… »): their
 * names are not asked again, and are stored as given. Web Chat and SMS; each row asserts the
 * question asked next and the request stored.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const stored = storedRequests;

describe('the person named up front', () => {
  it.each(table([
    ["extrait avec filiation de l'acte de naissance de ma fille Lea Durand nee a Carrieres-sous-Poissy le 14/03/2019", { firstName: 'Lea', lastName: 'Durand', eventDay: '2019-03-14' }],
    ["copie intégrale de l'acte de naissance de ma fille léa durand née à Carrières-sous-Poissy le 14/03/2019", { firstName: 'Léa', lastName: 'DURAND', eventDay: '2019-03-14' }],
    ["copie intégrale de l'acte de naissance pour mon fils Tom Durand né à Carrières-sous-Poissy le 14/03/2019", { firstName: 'Tom', lastName: 'Durand', eventDay: '2019-03-14' }],
    ["copie intégrale de l'acte de naissance pour ma fille, Léa Durand, née à Carrières-sous-Poissy le 14/03/2019", { firstName: 'Léa', lastName: 'Durand', eventDay: '2019-03-14' }],
    ["copie intégrale de l'acte de naissance pour ma fille qui s'appelle Léa Durand, née à Carrières-sous-Poissy le 14/03/2019", { firstName: 'Léa', lastName: 'Durand', eventDay: '2019-03-14' }],
    // « Marie » is a first name, never « mariée » (the names were asked again).
    ["copie intégrale de l'acte de naissance de ma fille Marie Durand née à Carrières-sous-Poissy le 14/03/2019", { firstName: 'Marie', lastName: 'Durand', eventDay: '2019-03-14' }],
  ]))('%s: « %s »: the names are not asked again', async (channel, phrasing, expected) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    expect(c.text(await c.say(phrasing))).toContain(fr['civilAct.ask.parents']);
    for (const a of ['Paul Durand et Marie Durand', 'paul.durand@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Durand', 'oui']) await c.say(a);
    expect(stored(c)).toEqual([expect.objectContaining({ relation: 'ascendant', place: 'Carrières-sous-Poissy', ...expected })]);
  });

  it.each(table([["acte de naissance de ma fille, elle est née à Carrières-sous-Poissy"]]))('%s: « %s »: no name given, the name is asked', async (channel, phrasing) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say(phrasing);
    expect(c.text(await c.say('copie intégrale'))).toContain(fr['civilAct.ask.lastName']);
  });

  // A first name alone after « ma fille », « mon fils »: kept, the last name asked, never the first name.
  it.each(table([
    ["copie intégrale de l'acte de naissance pour ma fille Lina née à Carrières-sous-Poissy le 14/03/2019", 'Lina'],
    ['copie integrale acte de naissance de mon fils lucas ne a carrieres sous poissy le 14/03/2019', 'Lucas'],
  ]))('%s: « %s »: the first name kept, the last name asked', async (channel, phrasing, firstName) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    expect(c.text(await c.say(phrasing))).toContain(fr['civilAct.ask.lastName']);
    for (const a of ['Durand', 'Paul Durand et Marie Durand', 'paul.durand@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Durand', 'oui']) await c.say(a);
    expect(stored(c)).toEqual([expect.objectContaining({ firstName, lastName: 'Durand', eventDay: '2019-03-14' })]);
  });

  it.each(table([["copie intégrale de l'acte de naissance, c'est le mien"], ["copie intégrale d'acte de naissance, c'est pour moi"]]))('%s: « %s »: the resident is the person, who asks is not asked', async (channel, phrasing) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    expect(c.text(await c.say(phrasing))).toContain(fr['civilAct.ask.place']?.split('{{')[0]);
    for (const a of ['Carrières-sous-Poissy', 'Durand', 'Françoise', '14/03/1990', 'Paul Durand et Marie Durand', 'francoise.durand@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(a);
    expect(stored(c)).toEqual([expect.objectContaining({ relation: 'self', firstName: 'Françoise', lastName: 'Durand', eventDay: '1990-03-14' })]);
  });
});
