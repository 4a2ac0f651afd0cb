/** A second sign-in a quarter of an hour after a first: a new code is mailed, and the newest code signs in. */
import { createHash } from 'node:crypto';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { lastCode, outboxMails } from '../support/outbox';
import { CODES_PER_HOUR } from '../../src/domain/accounts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'francoise.durand@example.org';

/** Whether the conversation's user (its channel and id, hashed as the dialogs do) has a session. */
async function sessionOf(c: Chat, channelId: string): Promise<boolean> {
  const user = createHash('sha256').update(`${channelId}:user1`).digest('hex').slice(0, 32);
  return !!(await c.core.service.deps.repos.accounts.activeSession(user));
}

describe('a second sign-in code, 15 minutes after the first', () => {
  it.each([['webchat'], ['msteams']])('%s: signed out then in again, a new mail and its code signs in', async (channelId) => {
    const { c, clock } = await signedInChat(chats, { channelId });
    clock.advance(15);
    await c.say('me déconnecter');
    expect(await sessionOf(c, channelId)).toBe(false);
    const before = outboxMails(c.core.config.outboxDir).length;
    await c.say('me connecter');
    await c.say(EMAIL);
    expect(outboxMails(c.core.config.outboxDir).length).toBe(before + 1);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    expect(await sessionOf(c, channelId)).toBe(true);
  });

  const ASKS = ['renvoyer', 'un nouveau code svp', 'envoyez-moi un nouveau code', 'je voudrais un autre code', 'pouvez-vous me renvoyer le code ?', 'code expiré', 'il a expiré', 'renvoyez moi un code'];
  it.each(['webchat', 'msteams'].flatMap((ch) => ASKS.map((said) => [ch, said])))('%s: the first code left 15 minutes, « %s »: a new mail and its code signs in', async (channelId, said) => {
    const { c, clock } = await signedInChat(chats, { channelId, signIn: false });
    await c.say('me connecter');
    await c.say(EMAIL);
    clock.advance(16);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    expect(await sessionOf(c, channelId)).toBe(false);
    const before = outboxMails(c.core.config.outboxDir).length;
    await c.say(said!);
    expect(outboxMails(c.core.config.outboxDir).length).toBe(before + 1);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    expect(await sessionOf(c, channelId)).toBe(true);
  });
});

describe('codes asked again and again', () => {
  it.each([['webchat'], ['sms']])('%s: near the hourly limit the resident is told why one may not come, past it that none was sent; the last code mailed still signs in', async (channelId) => {
    const { c } = await signedInChat(chats, { channelId, signIn: false });
    await c.say('me connecter');
    await c.say(EMAIL);
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    const limit = t('signIn.codeSentLimit', { email: EMAIL, count: CODES_PER_HOUR });
    // The hour's limit per address reached (the sign-in's first code and four new ones), at the same instant: free in 60 minutes.
    const none = t('signIn.codeLimit', { email: EMAIL, minutes: 60 });
    const start = outboxMails(c.core.config.outboxDir).length;
    const said: string[] = [];
    for (let i = 0; i < CODES_PER_HOUR + 1; i += 1) said.push(c.text(await c.say('renvoyer')));
    // The sign-in's first code and the new ones: never more than the limit within the hour.
    expect(outboxMails(c.core.config.outboxDir).length - start).toBe(CODES_PER_HOUR - 1);
    // Warned from the asks that near the limit on, not before; past it, told that none was sent.
    expect(said.map((s) => (s.includes(none) ? 'none' : s.includes(limit)))).toEqual(said.map((_, i) => (i >= CODES_PER_HOUR - 1 ? 'none' : i + 1 >= CODES_PER_HOUR - 2)));
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    expect(await sessionOf(c, channelId)).toBe(true);
  });
});
