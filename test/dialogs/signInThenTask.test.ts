/**
 * A task that needs the account asked for while the sign-in waits for its code (« Clé Enfance »,
 * « mes factures »): the sign-in goes on inside that task with the code already sent (no new
 * e-mail asked, no second code), then the task runs. The family key typed where the e-mail is
 * asked is not taken as a wrong e-mail, and is not kept.
 */
import { createHash } from 'node:crypto';
import { CHANNELS, fr } from '../support/prompts';
import { startChat, type Chat } from '../support/harness';
import { lastCode, outboxMails } from '../support/outbox';

const EMAIL = 'julie.durand@example.org';
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function codeAwaited(channelId: string) {
  const c = startChat({ channelId });
  chats.push(c);
  await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: EMAIL, civility: 'madame', firstName: 'Julie', lastName: 'Durand', phone: null, address: null });
  await c.join({ commune: 'carrieres-sous-poissy' });
  await c.say('Me connecter');
  await c.say(EMAIL);
  return { c };
}

const householdOf = async (c: Chat) => (await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', EMAIL))?.householdId ?? null;
/** Whether the test user of that channel is signed in (the channel user as the bot hashes it). */
const signedIn = async (c: Chat, channelId: string) => (await c.core.service.accounts.signedIn(createHash('sha256').update(`${channelId}:user1`).digest('hex').slice(0, 32))) !== undefined;

describe.each(CHANNELS)('a task asked for while the sign-in code is awaited (%s)', (channelId) => {
  it('« clé enfance »: the code already sent signs in, then the key links the account', async () => {
    const { c } = await codeAwaited(channelId);
    const mails = outboxMails(c.core.config.outboxDir).length;
    await c.say('je veux saisir ma clé enfance');
    // No second code: the one sent is still the one to type.
    expect(outboxMails(c.core.config.outboxDir)).toHaveLength(mails);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    expect(await signedIn(c, channelId)).toBe(true);
    const { key } = await c.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
    await c.say(key);
    // By SMS the key is never asked (an SMS stays readable on the phone): the sign-in alone is done there.
    expect(await householdOf(c)).toEqual(channelId === 'sms' ? null : expect.any(Number));
  });

  it('a task that needs no account (an act) pauses the sign-in as before: « reprendre » asks for the code', async () => {
    const { c } = await codeAwaited(channelId);
    await c.say('je voudrais un acte de naissance');
    await c.say('reprendre');
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    expect(await signedIn(c, channelId)).toBe(true);
  });
});

describe('the family key typed where the e-mail is asked', () => {
  it('is neither an e-mail nor kept; the e-mail asked next signs in as usual', async () => {
    const c = startChat();
    chats.push(c);
    await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: EMAIL, civility: 'madame', firstName: 'Julie', lastName: 'Durand', phone: null, address: null });
    await c.join({ commune: 'carrieres-sous-poissy' });
    const { key } = await c.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
    await c.say('Me connecter');
    const replies = await c.say(key);
    expect(c.text(replies)).not.toContain(key);
    // Said for what it is (not « this e-mail does not look complete »), and the e-mail asked again.
    expect(c.text(replies)).toContain((fr['signIn.keyAfterSignIn'] ?? '').split('{{')[0] ?? '');
    expect(c.text(replies)).not.toContain(fr['signIn.badEmail']);
    const state = JSON.stringify(c.core.db.$client.prepare('select * from bot_state').all());
    expect(state).not.toContain(key);
    await c.say(EMAIL);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    expect(await signedIn(c, 'test')).toBe(true);
  });
});
