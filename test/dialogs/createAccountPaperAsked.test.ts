/**
 * « envoyer un justificatif » at a question of « Créer mon espace » (its first name asked): never read as the answer
 * (it was refused as a first name), nor the sign-up put aside. Sending papers needs the account: the sign-up goes on
 * with what was given, said so, and once the account is confirmed the papers' request starts (here: the new account
 * is linked to no dossier famille yet, said so).
 */
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { settableClock } from '../../src/domain/clock';
import { CHANNELS, fr } from '../support/prompts';
import { ROOT, startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';

const EMAIL = 'sara.haddad@example.org';
const sms = readLocaleFile(path.join(ROOT, 'locales'), 'fr', 'sms');
/** A text's words before its first parameter, as the channel says it (SMS has shorter versions). */
const before = (key: string, channelId: string) => ((channelId === 'sms' ? sms[key] : undefined) ?? fr[key] ?? `<missing ${key}>`).split('{{')[0] ?? '';
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe.each(CHANNELS)('a request of the account typed while creating it (%s)', (channelId) => {
  it.each(['envoyer un justificatif', 'je veux envoyer un papier'])('« %s » at the first name: kept for after, the sign-up goes on', async (request) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const answer of ['Créer mon espace', 'Madame', 'Haddad']) await c.say(answer);
    const kept = c.text(await c.say(request));
    expect(kept).toContain(before('createAccount.keptForAfter', channelId));
    expect(kept).not.toContain(fr['topics.paused']?.split('{{')[0]);
    for (const answer of ['Sara', EMAIL, '06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy', 'oui']) await c.say(answer);
    const account = await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', EMAIL);
    expect(account).toEqual(expect.objectContaining({ firstName: 'Sara', lastName: 'Haddad' }));
    // Confirmed: the papers' request starts (the documents need the dossier famille linked first).
    expect(c.text(await c.say(lastCode(c.core.config.outboxDir, EMAIL)))).toContain(before('familyFile.notLinked', channelId));
  });
});
