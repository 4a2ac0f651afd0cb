/**
 * « mon adresse gmail marche pas pour me connecter », « je reçois pas le code »: what can be done is said (a new code once
 * the address is given, the spam folder, the hourly limit, the address without an account) before the e-mail is asked.
 * Before, the e-mail was asked again bare (« marche pas » as the first message), or « cette adresse ne semble pas
 * complète » (gmail read as an e-mail), or « je garde votre demande » (« je reçois pas le code »). And « ça marche pas »
 * at the code question was 323 characters (3 segments), now 2.
 */
import type { Chat } from '../support/harness';
import { signedInChat } from '../support/accounts';
import { runningDialogs } from '../support/dialogStack';
import { smsCost, smsResident } from '../support/smsResident';
import { toGsm7 } from '../../src/sms/smsText';
import { CODES_PER_HOUR } from '../../src/domain/accounts';
import { SIGN_IN_DIALOG } from '../../dialogs/signInDialog';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const trouble = (c: Chat, sms: boolean) => c.core.texts.for('fr', false, sms)('signIn.trouble', { count: CODES_PER_HOUR });

describe('a sign-in that does not work, by SMS', () => {
  it.each([
    [['mon adresse gmail marche pas pour me connecter']],
    [['je recois pas le code pour me connecter']],
    [['me connecter', 'mon adresse gmail marche pas']],
    [['me connecter', 'je recois pas le code']],
    [['me connecter', "j'arrive pas a me connecter avec mon mail"]],
  ])('%j: what can be done, then the e-mail asked, in 2 segments', async (says) => {
    const say = smsResident(chats, 'carrieres-sous-poissy', '+33600000778');
    const c = chats.at(-1) as Chat;
    let last: string[] = [];
    for (const said of says) last = await say(said);
    expect(last.join('\n')).toContain(toGsm7(trouble(c, true)));
    expect(last.join('\n')).toContain(toGsm7(c.core.texts.for('fr', false, true)('signIn.askEmail')));
    expect(smsCost(last)).toBeLessThanOrEqual(2);
    expect(runningDialogs(c)).toContain(SIGN_IN_DIALOG);
  });

  it('« ça marche pas » at the code question: where the code is, in 2 segments (was 3)', async () => {
    const { c } = await signedInChat(chats, { channelId: 'sms', signIn: false });
    await c.say('me connecter');
    await c.say('francoise.durand@example.org');
    const replies = c.text(await c.say('ca marche pas'));
    expect(smsCost([replies].map(toGsm7))).toBeLessThanOrEqual(2);
    expect(runningDialogs(c)).toContain(SIGN_IN_DIALOG);
  });
});

describe('a sign-in that does not work, on Web Chat', () => {
  it('the same answer, and the sign-in card still offered', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', signIn: false });
    const replies = await c.say('mon adresse gmail marche pas pour me connecter');
    expect(c.text(replies)).toContain(trouble(c, false));
    expect(replies.some((r) => (r.attachments ?? []).length > 0)).toBe(true);
  });
});
