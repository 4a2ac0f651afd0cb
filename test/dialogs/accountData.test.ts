/** « mes données » and « supprimer mon compte ». */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { lastCode, outboxMails } from '../support/outbox';

const EMAIL = 'francoise.durand@example.org';
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});


describe('my data', () => {
  it('mails a JSON copy of the account and the family file, not into the chat', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    const text = c.text(await c.say('mes données'));
    expect(text).toContain(`Je vous ai envoyé vos données par e-mail à ${EMAIL}`);
    expect(text).not.toContain('Léa');
    const mail = outboxMails(c.core.config.outboxDir).at(-1) ?? '';
    expect(mail).toContain('mes-donnees.json');
    expect(mail).toContain('Content-Type: application/json');
    const base64 = /Content-Transfer-Encoding: base64\r?\n[^\n]*\r?\n\r?\n([\s\S]*?)\r?\n--/.exec(mail)?.[1] ?? '';
    const json = JSON.parse(Buffer.from(base64.replace(/\s/g, ''), 'base64').toString('utf8')) as {
      account: { email: string };
      children: Array<{ firstName: string }>;
      channelSettings: Array<{ channelId: string; settings: { profile?: { communeId?: string } } }>;
    };
    expect(json.account.email).toBe(EMAIL);
    expect(json.children.map((ch) => ch.firstName).sort()).toEqual(['Hugo', 'Léa']);
    // The settings this channel user chose (here, the commune) are in it too.
    expect(json.channelSettings).toEqual([expect.objectContaining({ channelId: 'test', settings: { profile: expect.objectContaining({ communeId: 'carrieres-sous-poissy' }) } })]);
  });
});

describe('deleting the account', () => {
  it('asks for a code by mail, then deletes the account and keeps the family file', async () => {
    const { c, account } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    const accountId = account.id;
    const asked = c.text(await c.say('je veux supprimer mon compte'));
    expect(asked).toContain('Votre compte va être supprimé. Votre dossier famille reste à la commune.');
    const code = lastCode(c.core.config.outboxDir, EMAIL);
    const wrong = code === '000000' ? '111111' : '000000';
    expect(c.text(await c.say(wrong))).toContain('Il vous reste 4 essais.');
    expect(c.text(await c.say(code))).toContain('Votre compte est supprimé.');
    expect(await c.core.service.deps.repos.accounts.get(accountId)).toBeUndefined();
    expect(await c.core.service.deps.repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101')).toBeDefined();
    expect(c.text(await c.say('me déconnecter'))).toContain('Vous n\'êtes pas connecté(e).');
  });

  it('« annuler » keeps the account', async () => {
    const { c, account } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    const accountId = account.id;
    await c.say('supprimer mon compte');
    expect(c.text(await c.say('annuler'))).toContain('D\'accord, j\'ai annulé.');
    expect(await c.core.service.deps.repos.accounts.get(accountId)).toBeDefined();
  });
});
