/**
 * « merci », « au revoir » at a task's question typed in words (the e-mail, a name): thanks are
 * not taken for the answer (the question waits for it), a goodbye puts the task aside, kept for
 * « reprendre »; « non merci » is never a name, and says « none » where the field may be empty.
 */
import { check } from '../../dialogs/accountFields';
import { startChat, type Chat } from '../support/harness';
import { lastCode, outboxMails } from '../support/outbox';
import { CHANNELS, fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channelId: string) {
  const c = startChat({ channelId });
  chats.push(c);
  await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'julie.durand@example.org', civility: 'madame', firstName: 'Julie', lastName: 'Durand', phone: null, address: null });
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}

describe.each(CHANNELS)('a polite word at a question (%s)', (channelId) => {
  it.each(['merci', 'ok merci', 'Merci beaucoup !', 'mrc'])('« %s » at the sign-in e-mail: the e-mail is still asked, then taken', async (said) => {
    const c = await chat(channelId);
    await c.say('me connecter');
    const reply = c.text(await c.say(said));
    expect(reply).not.toContain(fr['signIn.badEmail']);
    expect(reply).toContain(fr['signIn.askEmail']);
    await c.say('julie.durand@example.org');
    expect(outboxMails(c.core.config.outboxDir)).toHaveLength(1);
  });

  it.each(['au revoir', 'merci bonne journée', "ok merci c'est tout"])('« %s » at the sign-in e-mail puts the sign-in aside; « reprendre » asks the e-mail again', async (said) => {
    const c = await chat(channelId);
    await c.say('me connecter');
    const reply = c.text(await c.say(said));
    expect(reply).not.toContain(fr['signIn.badEmail']);
    expect(reply).not.toContain(fr['signIn.askEmail']);
    expect(c.text(await c.say('reprendre'))).toContain(fr['signIn.askEmail']);
    await c.say('julie.durand@example.org');
    expect(outboxMails(c.core.config.outboxDir)).toHaveLength(1);
  });

  it('« merci » at the first name of the sign-up is not a first name; the name typed next is', async () => {
    const c = await chat(channelId);
    for (const said of ['Créer mon espace', 'Madame', 'Martin']) await c.say(said);
    const reply = c.text(await c.say('merci'));
    expect(reply).not.toContain(fr['createAccount.bad.firstName']);
    expect(reply).toContain(fr['createAccount.ask.firstName']);
    expect(c.text(await c.say('Sophie'))).toContain(fr['createAccount.ask.email']);
  });
});

describe.each(CHANNELS)('« non merci » where a name may stay empty (%s)', (channelId) => {
  it.each(['non merci', 'nan merci'])('« %s » at the other parent of a livret de famille: kept as none', async (said) => {
    const c = await chat(channelId);
    for (const s of ['livret de famille', 'Divorce ou séparation', 'oui', 'oui', 'Martin', 'Paul']) await c.say(s);
    expect(c.text(await c.say(said))).toContain(fr['demarche.family_booklet.ask.marriageDay']);
    for (const s of ['aucun', '1', 'paul@example.org', '4 allée des Lilas, Carrières-sous-Poissy']) await c.say(s);
    // No papers by SMS; on Web Chat, brought to the guichet.
    for (let turn = 0; turn < 2 && !c.text(await c.say('au guichet')).includes('Je récapitule'); turn++);
    await c.say('oui');
    const row = c.core.db.$client.prepare('select data from requests').get() as { data: string } | undefined;
    expect(JSON.parse(row?.data ?? '{}')).toMatchObject({ lastName: 'Martin', otherParent: null });
  });
});

describe('« non merci » at a name', () => {
  it.each(['non merci', 'nan merci', 'merci'])('« %s » is not a name', (said) => {
    expect(check('lastName', said)).toBeUndefined();
  });
});

describe.each(CHANNELS)('« ok » at a question asked in words (%s)', (channelId) => {
  it.each(['ok', "d'accord", 'Ok !'])('« %s » at the e-mail, then at the code: no error, no try used', async (said) => {
    const c = await chat(channelId);
    await c.say('me connecter');
    const reply = c.text(await c.say(said));
    expect(reply).not.toContain(fr['signIn.badEmail']);
    expect(reply).toContain(fr['signIn.askEmail']);
    await c.say('julie.durand@example.org');
    await c.say(said);
    const code = lastCode(c.core.config.outboxDir, 'julie.durand@example.org');
    expect(c.text(await c.say(code === '000000' ? '111111' : '000000'))).toContain(c.core.texts.for('fr')('signIn.wrongCode', { count: 4 }));
  });
});
