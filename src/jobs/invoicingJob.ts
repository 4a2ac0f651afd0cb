/** The monthly invoicing: every commune's invoices for the past month (a second run changes nothing). */
import type { MunicipalService } from '../domain/municipalService';
import type { MonthRun } from '../domain/invoicing';

/** One commune's failure does not stop the others; the run then fails, naming them (a new run only does what is missing). */
export async function invoicingJob(service: MunicipalService, month = service.invoices.previousMonth()): Promise<Array<MonthRun & { communeId: string }>> {
  const runs = [];
  const failed: string[] = [];
  for (const commune of await service.listCommunes()) {
    try {
      runs.push({ communeId: commune.id, ...(await service.invoices.runMonth(commune.id, month)) });
    } catch (e) {
      failed.push(`${commune.id}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (failed.length) throw new Error(`Invoicing ${month} failed for ${failed.join('; ')} (the other communes are invoiced).`);
  return runs;
}
