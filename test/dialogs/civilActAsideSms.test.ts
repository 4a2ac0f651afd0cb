/**
 * A practical question typed the SMS way at an open question of an act's request (« c koi les horaires », « c quoi le
 * numéro de l'état civil »): answered, the question asked again. « c koi les horaires » was stored as the person's name.
 * Web Chat and SMS; the name stored is asserted.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a practical question the SMS way at a name question', () => {
  it.each(table([['c koi les horaires'], ['c quoi le numero de l etat civil'], ['c est quoi l adresse de la mairie']]))('%s: « %s »: answered, the name asked again, not kept', async (channel, asked) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const a of ["extrait sans filiation d'acte de naissance", 'Carrières-sous-Poissy']) await c.say(a);
    const reply = c.text(await c.say(asked));
    expect(reply).toContain(fr['civilAct.ask.lastName']);
    expect(reply).not.toContain(fr['civilAct.ask.firstName']);
    for (const a of ['Diallo', 'Moussa', '12/03/2012', 'moussa@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Aminata Diallo', 'oui']) await c.say(a);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ lastName: 'Diallo', firstName: 'Moussa' })]);
  });
});
