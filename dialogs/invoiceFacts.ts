/**
 * The facts of an invoice as the list and the detail show them: label, period, issue date, amount
 * and state (« Facture réglée : 73,80 € », « À payer avant le … »).
 */
import type { Invoice } from '../src/domain/types';
import { dateFormat } from '../src/domain/formats';
import type { Translate } from '../src/i18n';
import { monthName } from './calendarCard';
import { formatEuros } from './familyFileDialog';
import { shortDay } from './dateWords';

const longDay = (locale: string, day: string) => dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

/** The facts of an invoice: period (monthly), issue date, amount, and state in the list (the detail says its state on its own line). */
export function invoiceFacts(t: Translate, locale: string, invoice: Invoice, detailed: boolean): Array<{ name: string; value: string }> {
  const facts: Array<{ name: string; value: string }> = [];
  if (detailed) facts.push({ name: t('invoices.fact.label'), value: invoice.label });
  if (invoice.periodStart) facts.push({ name: t('invoices.fact.period'), value: monthName(locale, invoice.periodStart.slice(0, 7)) });
  facts.push({ name: t('invoices.fact.issued'), value: longDay(locale, invoice.issuedOn) });
  facts.push({ name: t('invoices.fact.amount'), value: formatEuros(locale, invoice.totalCents) });
  if (!detailed) facts.push({ name: t('invoices.fact.status'), value: statusText(t, locale, invoice) });
  return facts;
}

/** « Facture réglée : 73,80 € » or « À payer avant le … ». */
export function statusText(t: Translate, locale: string, invoice: Invoice): string {
  if (invoice.status === 'paid') return t('invoices.status.paid', { amount: formatEuros(locale, invoice.totalCents) });
  if (invoice.status === 'cancelled') return t('invoices.status.cancelled');
  return t('invoices.status.toPay', { due: longDay(locale, invoice.dueOn) });
}

/** One invoice in one line, where each message is paid for (SMS): its number in the list, label, reference, amount, state (and a child's share). */
export function invoiceLine(t: Translate, locale: string, invoice: Invoice, n: number, share?: { children: string; cents: number }): string {
  const key = invoice.status === 'paid' ? 'invoices.line.paid' : invoice.status === 'cancelled' ? 'invoices.line.cancelled' : 'invoices.line.toPay';
  const line = t(key, { n, label: invoice.label, number: invoice.number, amount: formatEuros(locale, invoice.totalCents), due: shortDay(locale, invoice.dueOn) });
  return share ? t('invoices.line.share', { line, children: share.children, amount: formatEuros(locale, share.cents) }) : line;
}
