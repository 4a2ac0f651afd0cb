/**
 * The sign-up's e-mail typed with a spaced « @ » (« sophie.martin @gmail.com ») or « arobase »: taken, the phone asked
 * next; it was « cette adresse e-mail ne semble pas complète » again and again. Web Chat and SMS.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a spaced or spoken « @ » at the sign-up', () => {
  it.each(table([['sophie.martin @gmail.com'], ['sophie.martin arobase gmail.com']]))('%s: « %s » is the e-mail', async (channelId, typed) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const m of ['Créer mon espace', 'Madame', 'Martin', 'Sophie']) await c.say(m);
    expect(c.text(await c.say(typed))).toContain(fr['createAccount.ask.phone']);
    for (const m of ['06 12 34 56 78', '12 rue Verte 78955 Carrières-sous-Poissy', 'oui']) await c.say(m);
    expect(await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'sophie.martin@gmail.com')).toMatchObject({ firstName: 'Sophie' });
  });
});
