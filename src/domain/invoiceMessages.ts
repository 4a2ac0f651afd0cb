/**
 * The outbox message of an online invoice (src/domain/outboxMessages.ts):
 * - invoice { invoiceId }: a new invoice (the monthly run's or a one-off one) of a household that
 *   opted in to online invoices, mailed with its PDF to each account of the household, in French
 *   (invoices are documents of record). A household that opted out since is not mailed.
 */
import type { InvoicePdf } from './invoicing';
import type { Mailer } from './mail';
import type { OutboxHandler } from './outbox';
import type { AccountRepository, CommuneRepository, HouseholdRepository, InvoiceRepository } from './ports';

export interface InvoiceMessageDeps {
  invoices: Pick<InvoiceRepository, 'get' | 'lines'>;
  households: Pick<HouseholdRepository, 'get'>;
  communes: Pick<CommuneRepository, 'get'>;
  accounts: Pick<AccountRepository, 'listByHousehold'>;
  pdf: InvoicePdf;
  mailer: Pick<Mailer, 'sendInvoice'>;
}

export function invoiceHandlers(deps: InvoiceMessageDeps): Record<'invoice', OutboxHandler> {
  const invoice = async (payload: Record<string, unknown>) => {
    const found = await deps.invoices.get(Number(payload.invoiceId));
    const household = found && (await deps.households.get(found.householdId));
    const commune = household && (await deps.communes.get(household.communeId));
    if (!found || !household?.eInvoice || !commune) return;
    const accounts = await deps.accounts.listByHousehold(household.id);
    if (accounts.length === 0) return;
    const pdf = await deps.pdf.render({ commune, household, invoice: found, lines: await deps.invoices.lines(found.id) });
    for (const account of accounts) await deps.mailer.sendInvoice({ to: account.email, commune, invoice: found, pdf, locale: 'fr' });
  };
  return { invoice };
}
