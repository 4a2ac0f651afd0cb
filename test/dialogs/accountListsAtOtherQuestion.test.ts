/**
 * The account's lists typed alone at another task's question (« mes demandes », « mes documents », « mes coordonnées » at
 * « Que voulez-vous faire ? » after an invoice, at the list of invoices): that list, the task put aside and offered back.
 * It was « je n'ai pas compris votre réponse » and the question again.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, table, textBefore } from '../support/prompts';
import { heard } from '../support/heard';

/** « je n'ai pas compris votre réponse », as the question's own answer says it. */
const NOT_UNDERSTOOD = (fr['choice.againNoTask'] as string).toLowerCase().replace(/\.$/, '');

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('an account list asked at another question', () => {
  it.each(table([['mes demandes', 'follow.noneMine'], ['mes documents', 'documents.none'], ['Mes coordonnées', 'contact.current']]))(
    '%s: at an invoice\'s « Que voulez-vous faire ? », « %s » says %s',
    async (channelId, phrasing, key) => {
      const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
      await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour neige', 7380, '2026-12-15', 'agent');
      await c.say('mes factures');
      const detail = heard(await c.say('1'));
      expect(detail).toContain('CSP-FAC-2026-000001');
      const said = c.text(await c.say(phrasing));
      expect(said).toContain(textBefore(key));
      expect(said).not.toContain(NOT_UNDERSTOOD);
    },
  );
});
