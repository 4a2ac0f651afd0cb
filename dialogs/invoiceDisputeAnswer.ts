/**
 * « la facture est fausse », « j'ai été prélevé deux fois », « on m'a facturé un jour où elle était malade »
 * (src/nlu/invoiceDispute.ts): the régie checks an invoice with the resident; said with its contact and how to see the
 * invoices here, at the menu (menuQuestions.ts) and at a task's question (asideAnswer.ts).
 */
import type { Commune } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import type { InvoiceDispute } from '../src/nlu/invoiceDispute';
import type { DialogDeps } from './dialogContext';
import { contactLines } from './infoAnswers';

export function invoiceDisputeAnswer(deps: DialogDeps, t: Translate, commune: Commune, dispute: InvoiceDispute, short = false): string {
  return [t(`invoices.dispute.${dispute}`), contactLines(t, commune, deps.service.serviceFor(commune, 'invoices'), short), t('invoices.dispute.see')].join('\n');
}
