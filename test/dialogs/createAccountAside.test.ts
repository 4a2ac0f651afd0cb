/**
 * While « Créer mon espace » waits for its code, a task that needs the account (« je veux réserver
 * la cantine », « mes factures »): the creation is not put aside, nor a sign-in started over (which
 * asked the e-mail again and refused the code: « Je n'attends pas encore de code »). The code is
 * asked again; typed next, it confirms the account, then the request typed is started. A practical
 * question there is answered, and the code asked again.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { settableClock } from '../../src/domain/clock';
import { CHANNELS, fr } from '../support/prompts';
import { ROOT, startChat, type Chat } from '../support/harness';
import { lastCode, outboxMails } from '../support/outbox';

const EMAIL = 'julie.durand@example.org';
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** The account filled in and confirmed: its code mailed, and awaited. */
async function codeAwaited(channelId: string) {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const answer of ['Créer mon espace', 'Madame', 'Durand', 'Julie', EMAIL, '06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy', 'oui']) await c.say(answer);
  return c;
}

const sms = readLocaleFile(path.join(ROOT, 'locales'), 'fr', 'sms');
/** A text's words before its first parameter, as the channel says it (SMS has shorter versions). */
const before = (key: string, channelId = 'webchat') => ((channelId === 'sms' ? sms[key] : undefined) ?? fr[key] ?? `<missing ${key}>`).split('{{')[0] ?? '';
const verified = async (c: Chat) => (await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', EMAIL))?.emailVerifiedAt ?? null;
const signedIn = async (c: Chat, channelId: string) => (await c.core.service.accounts.signedIn(createHash('sha256').update(`${channelId}:user1`).digest('hex').slice(0, 32))) !== undefined;

describe.each(CHANNELS)('a task asked for while the creation code is awaited (%s)', (channelId) => {
  it.each([
    // The booking and the invoices need the family file: its key is asked there and then (where keys are asked), to go on after.
    ['je veux réserver la cantine', channelId === 'sms' ? 'familyFile.linkFirstElsewhere' : 'familyFile.linkFirst'],
    ['mes factures', channelId === 'sms' ? 'familyFile.linkFirstElsewhere' : 'familyFile.linkFirst'],
  ])('« %s »: the code is asked again, confirms the account, then the request starts', async (request, started) => {
    const c = await codeAwaited(channelId);
    const mails = outboxMails(c.core.config.outboxDir).length;
    const asked = c.text(await c.say(request));
    // The code asked again, not the e-mail; no new code sent.
    expect(asked).toContain(fr['signIn.askCode']);
    expect(asked).not.toContain(fr['signIn.askEmail']);
    expect(outboxMails(c.core.config.outboxDir)).toHaveLength(mails);
    const after = c.text(await c.say(lastCode(c.core.config.outboxDir, EMAIL)));
    expect(await verified(c)).toBe('2026-11-18T14:00:00.000Z');
    expect(await signedIn(c, channelId)).toBe(true);
    // The request typed is started, signed in (the new account is linked to no dossier famille yet).
    expect(after).toContain(before(started, channelId));
    expect(after).not.toContain(fr['signIn.askEmail']);
  });

  it('a practical question is answered and the code asked again; the code typed next confirms the account', async () => {
    const c = await codeAwaited(channelId);
    const answered = c.text(await c.say('horaires de la mairie'));
    expect(answered).toContain(before('info.hoursWeek'));
    expect(answered).toContain(fr['signIn.askCode']);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    expect(await verified(c)).toBe('2026-11-18T14:00:00.000Z');
  });
});
