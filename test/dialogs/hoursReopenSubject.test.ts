/**
 * The next opening said after a service's name (« Régie centrale : pas d'accueil le samedi… ») names its subject
 * (« l'accueil ») rather than a pronoun whose gender would be the service's (« il » for « la régie »).
 */
import { fr } from '../support/prompts';
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the next opening', () => {
  it.each(['info.nextToday', 'info.nextOn', 'info.nextSameDay'])('%s has no gendered pronoun for the service', (key) => {
    expect(fr[key]).not.toMatch(/^(?:Il|Elle) /);
  });

  it('« la régie est ouverte ce samedi ? »: the day closed, then the next opening (that key)', async () => {
    const c = startChat();
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const said = c.text(await c.say('la régie est ouverte ce samedi ?'));
    expect(said).toContain((fr['info.nextOn'] as string).split('{{')[0]);
  });
});
