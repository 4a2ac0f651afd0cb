/**
 * Sign-in codes limited per address, not per conversation: after CODES_PER_HOUR codes asked for one address within
 * the hour, a new conversation's « Me connecter » sends no mail and says so (when to ask again, what else to do),
 * the same whether or not a space has the address; the address given stays, and signs in once the hour is over.
 */
import { createHash } from 'node:crypto';
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { lastCode, outboxMails } from '../support/outbox';
import { CODES_PER_HOUR } from '../../src/domain/accounts';
import { segments } from '../../src/sms/smsText';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'francoise.durand@example.org';
const COMMUNE = 'carrieres-sous-poissy';

describe.each([['webchat'], ['sms']])('%s: codes asked for one address in several conversations', (channelId) => {
  it.each([['has a space', EMAIL], ['has no space', 'personne@example.org']])('the address %s: the conversation past the limit is told no code was sent', async (_, email) => {
    const { c, clock } = await signedInChat(chats, { channelId, signIn: false });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    const mails = () => outboxMails(c.core.config.outboxDir).filter((m) => m.includes(`To: ${email}`)).length;
    const conversation = async (n: number) => {
      const other = startChat({ core: c.core, channelId, user: `+3361111110${n}` });
      await other.join({ commune: COMMUNE });
      await other.say('me connecter');
      const replies = await other.say(email);
      return { other, answer: other.text(replies), replies };
    };
    for (let n = 0; n < CODES_PER_HOUR; n++) {
      expect((await conversation(n)).answer).toContain(t('signIn.codeSent', { email }));
      clock.advance(2);
    }
    const sent = mails();
    expect(sent).toBe(email === EMAIL ? CODES_PER_HOUR : 0);
    const { other, answer, replies } = await conversation(9);
    // By SMS, the limit's message in 2 segments at most.
    if (channelId === 'sms') expect(replies.map((r) => segments(r.text ?? ''))).toEqual([expect.any(Number)]);
    if (channelId === 'sms') expect(segments(answer)).toBeLessThanOrEqual(2);
    // The limit's answer, not « je viens d'y envoyer un code »; the first ask was 10 minutes ago.
    expect(answer).toContain(t('signIn.codeLimit', { email, minutes: 50 }));
    expect(answer).not.toContain(t('signIn.codeSent', { email }));
    expect(mails()).toBe(sent);
    // « renvoyer » in this conversation too: no mail, the same answer.
    expect(other.text(await other.say('renvoyer'))).toContain(t('signIn.codeLimit', { email, minutes: 50 }));
    expect(mails()).toBe(sent);
    // The address given is kept: once the hour is over, « renvoyer » mails a code to it, and that code signs in.
    clock.advance(51);
    expect(other.text(await other.say('renvoyer'))).toContain(t('signIn.codeSent', { email }));
    expect(mails()).toBe(sent + (email === EMAIL ? 1 : 0));
    if (email !== EMAIL) return;
    await other.say(lastCode(c.core.config.outboxDir, email));
    const user = createHash('sha256').update(`${channelId}:+33611111109`).digest('hex').slice(0, 32);
    expect(await c.core.service.deps.repos.accounts.activeSession(user)).toBeTruthy();
  });
});
