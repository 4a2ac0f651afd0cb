/** The monthly invoicing: every commune's invoices for the past month (a second run changes nothing). */
import type { MunicipalService } from '../domain/municipalService';
import type { MonthRun } from '../domain/invoicing';

export async function invoicingJob(service: MunicipalService, month = service.invoices.previousMonth()): Promise<Array<MonthRun & { communeId: string }>> {
  const runs = [];
  for (const commune of await service.listCommunes()) runs.push({ communeId: commune.id, ...(await service.invoices.runMonth(commune.id, month)) });
  return runs;
}
