/**
 * « c'est quoi une clé enfance ? », « je la trouve où ma clé ? » where the key is asked (Web Chat, signed in): what the key
 * is and who gives it, the key asked again, and the key typed next links the file. Before, the question was read as a
 * service's contact asked (the enrolment service's e-mail alone), what the key is never said.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { runningDialogs } from '../support/dialogStack';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a question about the key at its question', () => {
  it.each([["c'est quoi une clé enfance ?", 'carrieres-sous-poissy', 'Clé Enfance'], ["c'est quoi le code famille", 'carrieres-sur-seine', 'code famille'], ['ça sert à quoi la clé ?', 'carrieres-sous-poissy', 'Clé Enfance']])(
    '« %s » (%s): what it is, the key asked again, then linked',
    async (said, communeId, keyName) => {
      const { c, account } = await signedInChat(chats, { channelId: 'webchat', communeId });
      const t = c.core.texts.for('fr', false, false);
      const file = communeId === 'carrieres-sous-poissy' ? 'CSP-F-000101' : (c.core.db.$client.prepare('select file_number from households where commune_id = ? limit 1').get(communeId) as { file_number: string }).file_number;
      const { key } = await c.core.service.issueFamilyKey(communeId, file);
      await c.say(`je veux saisir ma ${keyName}`);
      expect(runningDialogs(c)).toContain('familyKey');
      const answer = c.text(await c.say(said));
      expect(answer).toContain(t('familyKey.what', { keyName }));
      expect(runningDialogs(c)).toContain('familyKey');
      await c.say(key);
      expect(c.core.db.$client.prepare('select household_id from accounts where id = ?').get(account.id)).toEqual({ household_id: expect.any(Number) });
    },
  );
});
