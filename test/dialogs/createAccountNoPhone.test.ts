/**
 * The sign-up's phone question answered « j'ai pas de portable », « pas de téléphone », « non »: the space goes
 * without a phone (`createAccount.noPhone` said, the address asked next, « non renseigné » read back, no phone
 * stored). It was « ce numéro ne semble pas valide » again and again, with no way on. Web Chat and SMS.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { fr, labels, offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const readBack = (replies: Awaited<ReturnType<Chat['say']>>) => offered(replies).join('|') === labels('createAccount.yes', 'createAccount.no').join('|');

describe('no phone at the sign-up', () => {
  it.each(table([["j'ai pas de portable"], ['pas de téléphone'], ['non'], ["je n'en ai pas"]]))('%s: « %s »: the address asked next, the account without a phone', async (channelId, said) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const m of ['Créer mon espace', 'Monsieur', 'Haddad', 'Karim', 'karim.haddad@example.org']) await c.say(m);
    const next = c.text(await c.say(said));
    expect(next).toContain(textBefore('createAccount.noPhone'));
    expect(next).toContain(fr['createAccount.ask.address']);
    const recap = await c.say('12 rue Verte 78955 Carrières-sous-Poissy');
    expect(readBack(recap)).toBe(true);
    expect(c.text(recap)).toContain(fr['contact.none']);
    await c.say('oui');
    expect(await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'karim.haddad@example.org')).toMatchObject({ phone: null, address: '12 rue Verte 78955 Carrières-sous-Poissy' });
  });
});
