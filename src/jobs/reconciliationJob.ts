/** Payment attempts still pending after 30 minutes are flagged (expired) and audited for the Régie. */
import type { MunicipalService } from '../domain/municipalService';
import type { PaymentAttempt } from '../domain/types';

export function reconciliationJob(service: MunicipalService): Promise<PaymentAttempt[]> {
  return service.payments.reconcile();
}
