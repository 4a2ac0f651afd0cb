/**
 * At « Dans quelle commune a eu lieu la naissance ? », an answer that says more: « elle est née ici le
 * 3 mars 2015, elle s'appelle Lina Haddad » (or in English). « ici » is the commune served; the day and
 * the names said beside are kept, so the parents are asked next. Web Chat and SMS; each row asserts the
 * question asked next and the request stored.
 */
import { settableClock } from '../../src/domain/clock';
import { storedRequests } from '../support/demarches';
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { ROOT, startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const en = readLocaleFile(path.join(ROOT, 'locales'), 'en');

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the place answered with the day and the names', () => {
  it.each(table([
    ['fr', ["copie intégrale de l'acte de naissance de ma fille"], "elle est née ici le 3 mars 2015, elle s'appelle Lina Haddad"],
    ['en', ['english', "I need my daughter's birth certificate", 'Full copy'], 'she was born here on 3 march 2015, her name is Lina Haddad'],
  ] as Array<['fr' | 'en', string[], string]>))('%s: %s « %s »: place, day and names kept, the parents asked next', async (channel, locale, opening, answer) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const m of opening) await c.say(m);
    const strings = locale === 'en' ? en : fr;
    expect(c.text(await c.say(answer))).toContain(strings['civilAct.ask.parents']?.split('{{')[0]);
    for (const a of ['Karim Haddad et Sara Haddad', 'sara.haddad@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sara Haddad', locale === 'en' ? 'yes' : 'oui']) await c.say(a);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ relation: 'ascendant', place: 'Carrières-sous-Poissy', eventDay: '2015-03-03', firstName: 'Lina', lastName: 'Haddad' })]);
  });

  it.each(['webchat', 'sms'])('%s: one\'s own act, « je suis né ici le 12/03/1988, je m\'appelle Karim Haddad »: names kept, the parents asked next', async (channel) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('copie intégrale de mon acte de naissance');
    expect(c.text(await c.say("je suis né ici le 12/03/1988, je m'appelle Karim Haddad"))).toContain(fr['civilAct.askSelf.parents']?.split('{{')[0]);
  });

  // The names typed before the event's sentence or before a comma (« Dupont Marie née le 3 mars 1990 à Carrières sous Poissy »,
  // « Marie Dupont, Carrières-sous-Poissy »): the whole answer was read as a town, refused, and asked again.
  it.each(table([
    ['Dupont Marie née le 3 mars 1990 à Carrières sous Poissy', []],
    ['DUPONT Marie, née à Carrières-sous-Poissy le 3 mars 1990', []],
    ['Marie Dupont, Carrières-sous-Poissy', ['03/03/1990']],
    ['marie dupont, ici', ['03/03/1990']],
  ] as Array<[string, string[]]>))('%s: « %s » at the place: names and place kept, only what is missing asked', async (channel, answer, missing) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const m of ['acte de naissance', '1', 'c moi', answer, ...missing, 'Jean Dupont et Anne Martin', 'marie.dupont@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(m);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ relation: 'self', place: 'Carrières-sous-Poissy', eventDay: '1990-03-03', firstName: 'Marie', lastName: expect.stringMatching(/^dupont$/i) })]);
  });
});
