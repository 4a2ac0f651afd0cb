/**
 * The outbox message that follows an agent's review of a paper (src/domain/outboxMessages.ts):
 * - paperReview { documentId }: each account of the family is mailed that the paper was accepted,
 *   or refused with the agent's reason and what to do next (send a new one in the conversation);
 *   then told in its conversation when it has one (the proactive notifier that tells payments and
 *   decisions; an SMS conversation or none: the e-mail is enough). Worded in French (the family's
 *   language is not stored), from the paper as it is when sent.
 */
import type { DocumentRepository } from './documents';
import type { Mailer } from './mail';
import type { OutboxHandler } from './outbox';
import type { AccountRepository, CommuneRepository, HouseholdRepository } from './ports';

export interface PaperMessageDeps {
  documents: Pick<DocumentRepository, 'get'>;
  households: Pick<HouseholdRepository, 'get'>;
  accounts: Pick<AccountRepository, 'listByHousehold'>;
  communes: Pick<CommuneRepository, 'get'>;
  mailer: Pick<Mailer, 'sendPaperReview'>;
}

export function paperHandlers(deps: PaperMessageDeps): Record<'paperReview', OutboxHandler> {
  const paperReview: OutboxHandler = async (payload, notifier) => {
    const doc = await deps.documents.get(Number(payload.documentId));
    if (!doc || doc.householdId === null || doc.status === 'received') return;
    const household = await deps.households.get(doc.householdId);
    const commune = household && (await deps.communes.get(household.communeId));
    if (!household || !commune) return;
    const accepted = doc.status === 'accepted';
    const reason = accepted ? null : doc.reviewReason;
    const accounts = await deps.accounts.listByHousehold(household.id);
    for (const account of accounts) await deps.mailer.sendPaperReview({ to: account.email, commune, paperKind: doc.kind, accepted, reason, locale: 'fr' });
    for (const account of accounts) await notifier?.notify(account.id, { kind: 'paperReviewed', paperKind: doc.kind, accepted, reason });
  };
  return { paperReview };
}
