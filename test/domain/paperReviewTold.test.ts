/**
 * A family is told of its paper's review: when an agent accepts or refuses it, a paperReview
 * message is queued with the review (same transaction), each account of the family is mailed
 * (the reason and what to do next with a refusal), and told in its conversation through the
 * proactive notifier. A review refused as stale queues nothing. The notifier words the notice.
 */
import type { CloudAdapter, TurnContext } from 'botbuilder';
import { ConversationNotifier } from '../../src/bot/notifier';
import type { Core } from '../../src/core';
import { fixedClock } from '../../src/domain/clock';
import type { MunicipalService } from '../../src/domain/municipalService';
import type { Notice } from '../../src/domain/payments';
import type { DirectLineAdapter } from '../../src/directline/directLineAdapter';
import { createLogger } from '../../src/logger';
import { linkedDurand } from '../support/accounts';
import { openTestCore, tempConfig } from '../support/harness';
import { outboxMails, outboxRows } from '../support/outbox';

const PDF = Buffer.from('%PDF-1.4\n% avis\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
let core: Core;
const told: Array<{ accountId: number; notice: Notice }> = [];

beforeEach(async () => {
  core = await openTestCore(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
  told.length = 0;
  core.service.outbox.notifier = { notify: async (accountId, notice) => (told.push({ accountId, notice }), true) };
});
afterEach(() => core.close());

async function paper(kind: 'avis_imposition' | 'justificatif_domicile'): Promise<{ id: number; accountId: number }> {
  const durand = await linkedDurand(core);
  const sent = await core.service.documents.add(durand, kind, 'papier.pdf', PDF);
  if (!sent.ok) throw new Error(sent.reason);
  return { id: sent.document.id, accountId: durand.id };
}
const mailsTo = (to: string) => outboxMails(core.config.outboxDir).map((m) => m.replace(/=\r?\n/g, '')).filter((m) => m.includes(`To: ${to}`) && /Subject: (=\?UTF-8\?Q\?)?Document/i.test(m));

it('a refusal: the message queued with the review, the mail with the reason, the notice in the conversation', async () => {
  const { id, accountId } = await paper('justificatif_domicile');
  await core.service.families.review('agent:1', 'carrieres-sous-poissy', id, { status: 'rejected', reason: 'Le document a plus de trois mois.' });
  await core.service.outbox.idle();
  expect(await outboxRows(core, 'paperReview')).toEqual([expect.objectContaining({ status: 'sent', payload: { documentId: id } })]);
  const mails = mailsTo('francoise.durand@example.org');
  expect(mails).toHaveLength(1);
  expect(mails[0]).toMatch(/plus de trois mois/);
  expect(told).toEqual([{ accountId, notice: { kind: 'paperReviewed', paperKind: 'justificatif_domicile', accepted: false, reason: 'Le document a plus de trois mois.' } }]);
});

it('an acceptance: mailed and told, with no reason', async () => {
  const { id, accountId } = await paper('avis_imposition');
  await core.service.families.review('agent:1', 'carrieres-sous-poissy', id, { status: 'accepted', quotientFamilial: 640 });
  await core.service.outbox.idle();
  expect(await outboxRows(core, 'paperReview')).toEqual([expect.objectContaining({ status: 'sent', payload: { documentId: id } })]);
  expect(mailsTo('francoise.durand@example.org')).toHaveLength(1);
  expect(told).toEqual([{ accountId, notice: { kind: 'paperReviewed', paperKind: 'avis_imposition', accepted: true, reason: null } }]);
});

it('a review refused (no reason, or reviewed already) queues nothing more', async () => {
  const { id } = await paper('justificatif_domicile');
  await expect(core.service.families.review('agent:1', 'carrieres-sous-poissy', id, { status: 'rejected', reason: ' ' })).rejects.toMatchObject({ code: 'document.badReview' });
  expect(await outboxRows(core, 'paperReview')).toEqual([]);
  await core.service.families.review('agent:1', 'carrieres-sous-poissy', id, { status: 'accepted' });
  await expect(core.service.families.review('agent:2', 'carrieres-sous-poissy', id, { status: 'rejected', reason: 'Illisible' })).rejects.toMatchObject({ code: 'document.stale' });
  expect(await outboxRows(core, 'paperReview')).toHaveLength(1);
});

it('the notifier says it in the resident\'s last conversation, with the reason and what to do next', async () => {
  const sent: Array<{ text?: string; speak?: string }> = [];
  const adapter = {
    continueConversationAsync: async (_appId: string, _ref: unknown, logic: (ctx: TurnContext) => Promise<void>) => {
      await logic({ sendActivity: async (a: { text?: string; speak?: string }) => (sent.push(a), { id: '1' }) } as unknown as TurnContext);
    },
  } as unknown as CloudAdapter;
  const service = { conversationOf: async () => ({ channelId: 'msteams', reference: { serviceUrl: 'https://smba.example.org/' } }) } as unknown as MunicipalService;
  const notifier = new ConversationNotifier(adapter, {} as DirectLineAdapter, '', service, core.texts, createLogger('silent'));
  expect(await notifier.notify(1, { kind: 'paperReviewed', paperKind: 'justificatif_domicile', accepted: false, reason: 'Illisible' })).toBe(true);
  expect(sent[0]?.text).toContain('Illisible');
  expect(sent[0]?.text).toContain(core.texts.for('fr')('documents.kind.justificatif_domicile'));
  expect(sent[0]?.text).toContain('envoyer un document');
  expect(sent[0]?.speak).toBe(sent[0]?.text);
  // No conversation known (or an SMS one): nothing said, false.
  const none = new ConversationNotifier(adapter, {} as DirectLineAdapter, '', { conversationOf: async () => undefined } as unknown as MunicipalService, core.texts, createLogger('silent'));
  expect(await none.notify(1, { kind: 'paperReviewed', paperKind: 'avis_imposition', accepted: true, reason: null })).toBe(false);
  expect(sent).toHaveLength(1);
});
