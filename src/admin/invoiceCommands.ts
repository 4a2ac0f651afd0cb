/**
 * The Régie's commands: run the monthly invoicing now, create a one-off invoice (a school trip),
 * flag the payment attempts still pending after 30 minutes, list the payments received twice to
 * refund in Paybox's back office and record a refund made.
 */
import type { CommandContext } from './commands';
import { dateFormat } from '../domain/formats';
import { euros, parseAmount } from '../domain/invoicing';
import { table } from './tables';

export { parseAmount };

/** « 4 janvier 2027 » for an agent, as the residents see it, not « 2027-01-04 ». */
const longDay = (day: string, locale: string): string => dateFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${day}T12:00:00Z`));

export async function runInvoicing({ service, t, out, values, locale }: CommandContext): Promise<number> {
  const month = values.month ?? service.invoices.previousMonth();
  const run = await service.invoices.runMonth(values.commune ?? '', month);
  out.line(t('admin.invoicing.done', { month, created: run.created.length, skipped: run.skipped, mailed: run.mailed }));
  for (const invoice of run.created) out.line(`  ${invoice.number}  ${euros(invoice.totalCents, locale)}`);
  return 0;
}

export async function createInvoice({ service, t, out, values, locale }: CommandContext): Promise<number> {
  // « -5 », « 0 » and « abc » are refused here, with what was typed: nothing is written.
  const amount = parseAmount(values.amount ?? '');
  if (amount === undefined || amount <= 0) {
    out.error(t('admin.invoice.badAmount', { amount: values.amount ?? '' }));
    return 1;
  }
  const invoice = await service.invoices.createOneOff(values.commune ?? '', values['file-number'] ?? '', values.label ?? '', amount, values.due, 'agent');
  out.line(t('admin.invoice.created', { number: invoice.number, amount: euros(invoice.totalCents, locale), due: longDay(invoice.dueOn, locale) }));
  return 0;
}

export async function reconcilePayments({ service, t, out, locale }: CommandContext): Promise<number> {
  const stale = await service.payments.reconcile();
  out.line(t('admin.payments.stale', { count: stale.length }));
  for (const a of stale) out.line(`  ${a.reference}  ${euros(a.amountCents, locale)}  ${a.createdAt}`);
  return 0;
}

/** `refunds`: the duplicate payments to refund; `refunds --done REFERENCE`: one was refunded (audited). */
export async function refunds({ service, t, out, values, locale }: CommandContext): Promise<number> {
  // Payment references are stored in capitals (CSP-FAC-2026-000001-K3JQ8ZP2XA): typed in any case.
  const done = values.done?.trim().toUpperCase();
  if (done) {
    if (!(await service.payments.refunded(done))) {
      out.error(t('admin.refunds.notFound', { reference: done }));
      return 1;
    }
    out.line(t('admin.refunds.done', { reference: done }));
    return 0;
  }
  const list = await service.payments.toRefund();
  if (list.length === 0) {
    out.line(t('admin.refunds.none'));
    return 0;
  }
  const when = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso));
  out.line(t('admin.refunds.title'));
  table(out, [
    ['reference', 'invoice', 'amount', 'date', 'authorization'].map((h) => t(`admin.refunds.${h}`)),
    ...list.map((p) => [p.reference, p.invoiceNumber, euros(p.amountCents, locale), when(p.completedAt ?? p.createdAt), p.authorization ?? '']),
  ]);
  out.line(t('admin.refunds.count', { count: list.length }));
  return 0;
}
