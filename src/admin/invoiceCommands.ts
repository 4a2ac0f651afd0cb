/**
 * The Régie's commands: run the monthly invoicing now, create a one-off invoice (a school trip),
 * flag the payment attempts still pending after 30 minutes.
 */
import type { CommandContext } from './commands';
import { euros } from '../domain/invoicing';


/** « 73,80 », « 73.80 », « 73 » → 7380; undefined when not an amount. */
export function parseAmount(text: string): number | undefined {
  const m = /^\s*(\d{1,6})(?:[.,](\d{1,2}))?\s*(?:€|eur)?\s*$/i.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

export async function runInvoicing({ service, t, out, values, locale }: CommandContext): Promise<number> {
  const month = values.month ?? service.invoices.previousMonth();
  const run = await service.invoices.runMonth(values.commune ?? '', month);
  out.line(t('admin.invoicing.done', { month, created: run.created.length, skipped: run.skipped, mailed: run.mailed }));
  for (const invoice of run.created) out.line(`  ${invoice.number}  ${euros(invoice.totalCents, locale)}`);
  return 0;
}

export async function createInvoice({ service, t, out, values, locale }: CommandContext): Promise<number> {
  const amount = parseAmount(values.amount ?? '');
  if (amount === undefined) {
    out.error(t('errors.invoice.badAmount'));
    return 1;
  }
  const invoice = await service.invoices.createOneOff(values.commune ?? '', values['file-number'] ?? '', values.label ?? '', amount, values.due, 'agent');
  out.line(t('admin.invoice.created', { number: invoice.number, amount: euros(invoice.totalCents, locale), due: invoice.dueOn }));
  return 0;
}

export async function reconcilePayments({ service, t, out, locale }: CommandContext): Promise<number> {
  const stale = await service.payments.reconcile();
  out.line(t('admin.payments.stale', { count: stale.length }));
  for (const a of stale) out.line(`  ${a.reference}  ${euros(a.amountCents, locale)}  ${a.createdAt}`);
  return 0;
}
