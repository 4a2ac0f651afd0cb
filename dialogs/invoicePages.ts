/**
 * The invoices' list where each message is paid for (SMS): one line an invoice (invoiceFacts.ts), in pages that hold with
 * the title and the question in two segments; a page but the last ends with « Les factures plus anciennes : tapez « suite » ».
 * The numbers run on from page to page, so « 4 » on the second page is the fourth invoice.
 */
import type { Translate } from '../src/i18n';
import type { Invoice } from '../src/domain/types';
import { invoiceLine } from './invoiceFacts';
import { paginate } from './pages';

/** Two SMS segments (GSM-7, 153 characters each once split). */
const TWO_SEGMENTS = 306;

/** The characters a text takes by SMS: « € » is two in GSM-7, « « menu » » is written "menu" (src/sms/smsText.ts). */
export const smsLength = (text: string): number => text.replace(/«\s*/g, '«').replace(/\s*»/g, '»').length + [...text].filter((c) => c === '€').length;

export interface InvoicePage {
  text: string;
  /** The next page's number, when there is one. */
  next?: number;
}

/**
 * Page `page` of the lines (from 0), with the line that says what « suite » brings; `around`: the characters the title and
 * the question take in the same message, with their line breaks.
 */
export function invoicePage(t: Translate, locale: string, invoices: Invoice[], page: number, around: number, share?: (invoice: Invoice) => { children: string; cents: number } | undefined): InvoicePage {
  const lines = invoices.map((invoice, n) => invoiceLine(t, locale, invoice, n + 1, share?.(invoice)));
  const more = smsLength(t('invoices.more'));
  // Each line counted at its cost by SMS: its line break.
  const costed = lines.map((l) => l.padEnd(smsLength(l) + 1));
  // All of them when they hold in the two segments; else pages that keep room for the « suite » line.
  const whole = costed.reduce((n, l) => n + l.length, 0) <= TWO_SEGMENTS - around;
  const pages = (whole ? [costed] : paginate(costed, Math.max(TWO_SEGMENTS - around - more - 1, 1))).map((p) => p.map((l) => l.trimEnd()));
  const shown = Math.min(Math.max(page, 0), pages.length - 1);
  const body = pages[shown] ?? [];
  if (shown + 1 >= pages.length) return { text: body.join('\n') };
  return { text: [...body, t('invoices.more')].join('\n'), next: shown + 1 };
}
