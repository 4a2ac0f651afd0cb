/**
 * The family file asked for at another task's question (« mon dossier » at « Que voulez-vous changer ? » of the contact
 * details, at the list of invoices): the family file, the task put aside. It was « je n'ai pas compris ».
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the family file asked at another question', () => {
  it.each(table([['mes coordonnées', 'mon dossier'], ['mes coordonnées', 'le dossier famille svp'], ['mes coordonnées', 'voir mon dossier'], ['mes factures', 'mon dossier']]))(
    '%s: « %s » then « %s »: the family file',
    async (channelId, task, phrasing) => {
      const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
      await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour neige', 7380, '2026-12-15', 'agent');
      await c.say(task);
      const said = (await c.say(phrasing)).map((r) => `${r.text ?? ''} ${JSON.stringify(r.attachments ?? [])}`).join('\n');
      expect(said).toContain(channelId === 'sms' ? 'Dossier DURAND' : textBefore('familyFile.title'));
      expect(said).not.toContain(textBefore('choice.again'));
    },
  );
});
