/** Reminders: plans what is due today (once per account and subject), then delivers what is pending. */
import type { MunicipalService } from '../domain/municipalService';
import type { DeliveryReport, ReminderTeller } from '../domain/reminders';

export async function remindersJob(service: MunicipalService, teller: ReminderTeller): Promise<DeliveryReport> {
  const planned = await service.reminders.plan();
  return { planned, ...(await service.reminders.deliver(teller)) };
}
