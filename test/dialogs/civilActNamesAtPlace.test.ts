/**
 * At « Dans quelle commune a eu lieu le décès ? », the person's names typed instead (« Haddad Karim », « KARIM Haddad »):
 * never read as a town, kept for the name questions (not asked again) and the place asked again. A town whose name
 * starts like a first name (« Saint Denis ») stays a town.
 */
import { settableClock } from '../../src/domain/clock';
import { storedRequests } from '../support/demarches';
import { startChat, type Chat } from '../support/harness';
import { fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function atPlace(channel: string): Promise<Chat> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  await c.say("copie intégrale de l'acte de décès de mon père");
  return c;
}

describe('names typed at the place question', () => {
  it.each([
    ['webchat', 'Haddad Karim'],
    ['sms', 'HADDAD karim'],
    ['webchat', 'Karim Haddad'],
  ])('%s: « %s »: names kept, the place asked again, then the day', async (channel, names) => {
    const c = await atPlace(channel);
    const again = c.text(await c.say(names));
    expect(again).toContain(fr['civilAct.namesRead']?.split('{{')[0]);
    expect(again).not.toContain(fr['civilAct.otherCommuneDeath']?.split('{{')[0]);
    // The place answered: the day is asked next, the names not asked again.
    expect(c.text(await c.say('ici'))).toContain('date');
    for (const a of ['02/11/2025', 'sara.haddad@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sara Haddad', 'oui']) await c.say(a);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'death', place: 'Carrières-sous-Poissy', lastName: expect.stringMatching(/^haddad$/i), firstName: 'Karim', eventDay: '2025-11-02' })]);
  });

  it('« Saint Denis » is a town, not names', async () => {
    const c = await atPlace('webchat');
    expect(c.text(await c.say('Saint Denis'))).not.toContain(fr['civilAct.namesRead']?.split('{{')[0]);
  });
});
