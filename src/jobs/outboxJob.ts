/**
 * The outbox: the messages due (queued with the change they follow, or due again after a failure)
 * are sent; what fails is tried again later. The job's summary also says what is still waiting.
 */
import type { MunicipalService } from '../domain/municipalService';
import type { OutboxCounts, OutboxReport } from '../domain/outbox';
import type { Notifier } from '../domain/payments';

export async function outboxJob(service: MunicipalService, teller: Partial<Notifier>): Promise<OutboxReport & { waiting: OutboxCounts }> {
  const notifier = teller.notify ? (teller as Notifier) : undefined;
  const report = await service.outbox.deliverDue(notifier);
  return { ...report, waiting: await service.outbox.counts() };
}
