/**
 * « Facturation unique »: each month, one invoice per household for the past month, from the
 * booked days. Sources (the communes' « Espace Citoyens » pages, ../shared/seeds): invoices are
 * seen and printed in « Mon compte », paid through Paybox; online invoices by e-mail for the
 * households that opted in (« Adhésion à la facture en ligne »), queued in the outbox with the
 * invoices and sent once they are stored.
 *
 * Billed, per child and activity: the days confirmed, and the days cancelled after the deadline
 * (« annuler après le délai, le jour reste facturé »), at the tariff of the household's quotient
 * familial bracket (the highest without an avis d'imposition), plus each late day's surcharge,
 * minus the days of a justified absence (a medical certificate), shown as a deduction line.
 * Days still waiting for the commune's instruction are not billed, nor, once withdrawn (basket or
 * absence), a late booking that was still waiting: it was never granted, so neither the day nor its
 * surcharge (« une éventuelle majoration ») is due.
 */
import type { Clock } from './clock';
import { DomainError } from './errors';
import { addDays, parisDay } from './parisTime';
import type { AccountRepository, ActivityRepository, AuditRepository, CommuneRepository, HouseholdRepository, InvoiceRepository, NewInvoice } from './ports';
import { shiftMonth } from './activityCalendar';
import { monthBounds, monthDrafts, type DraftSlice } from './invoiceDrafts';
import { signToken, verifyToken } from './signedToken';
import type { Account, Commune, Household, Invoice, InvoiceLine } from './types';
import type { NewOutboxMessage, OutboxService } from './outbox';
import { findHousehold } from './fileNumbers';
import { monthName } from './invoiceFormat';

/** Days between the issue and the due date. */
export const DUE_DAYS = 30;

/** Invoice wording, from the locales (key, parameters) → text. */
export type Wording = (key: string, params?: Record<string, string | number>) => string;

export interface InvoiceDocument {
  commune: Commune;
  household: Household;
  invoice: Invoice;
  lines: InvoiceLine[];
}

/** Renders an invoice as a printable PDF (src/pdf). */
export interface InvoicePdf {
  render(doc: InvoiceDocument): Promise<Buffer>;
}

export interface InvoiceMail {
  to: string;
  commune: Commune;
  invoice: Invoice;
  pdf: Buffer;
  locale: string;
}

export interface InvoiceDeps {
  invoices: InvoiceRepository;
  households: HouseholdRepository;
  activities: ActivityRepository;
  communes: CommuneRepository;
  accounts: Pick<AccountRepository, 'listByHousehold'>;
  audit: AuditRepository;
  clock: Clock;
  wording: Wording;
  pdf: InvoicePdf;
  /** Sends the online invoices queued with the invoices (src/domain/invoiceMessages.ts), once they are stored. */
  outbox: Pick<OutboxService, 'flush'>;
  /** Hex secret that signs the PDF links. */
  secretKey: string;
}

export const PDF_LINK_MINUTES = 30;

/** A month's invoicing as it would be run now (nothing stored). */
export interface MonthPreview {
  month: string;
  /** The households still to invoice, with the lines and total of their invoice. */
  rows: Array<{ household: Household; lines: InvoiceLine[]; totalCents: number }>;
  /** Households that have that month's invoice already. */
  already: number;
  totalCents: number;
}

export interface MonthRun {
  month: string;
  created: Invoice[];
  /** Households already invoiced for that month (a second run changes nothing). */
  skipped: number;
  mailed: number;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class InvoiceService {
  constructor(private readonly deps: InvoiceDeps) {}

  private today(): string {
    return parisDay(this.deps.clock.now());
  }

  /** The month before today's (the one the monthly job invoices). */
  previousMonth(): string {
    return shiftMonth(this.today().slice(0, 7), -1);
  }

  private async communeOf(communeId: string): Promise<Commune> {
    const commune = await this.deps.communes.get(communeId);
    if (!commune) throw new DomainError('invoice.unknownCommune', { communeId });
    return commune;
  }

  /** The checks a month's run and its preview share: a month (YYYY-MM) that is over, of a known commune. */
  private async monthOf(communeId: string, month: string): Promise<Commune> {
    if (!MONTH.test(month)) throw new DomainError('invoice.badMonth', { month });
    const commune = await this.communeOf(communeId);
    if (monthBounds(month)[1] >= this.today()) throw new DomainError('invoice.monthNotOver', { month });
    return commune;
  }

  private drafts(communeId: string, month: string): AsyncGenerator<DraftSlice> {
    const label = this.deps.wording('invoice.monthlyLabel', { month: monthName(month) });
    return monthDrafts(this.deps, communeId, month, label, this.today(), DUE_DAYS);
  }

  /**
   * Builds the month's invoices of every household of the commune that has billable days, a slice
   * of households at a time (src/domain/invoiceDrafts.ts), each slice stored in one transaction. A
   * run stopped midway is finished by the next one: invoiced households are skipped. `actor`: who
   * ran it (the monthly job, `agent:<id>` from the back office), in the audit log.
   */
  async runMonth(communeId: string, month: string, actor = 'job:invoicing'): Promise<MonthRun> {
    const commune = await this.monthOf(communeId, month);
    const issuedOn = this.today();
    const created: Invoice[] = [];
    let skipped = 0;
    let mailed = 0;
    for await (const { drafts, households } of this.drafts(communeId, month)) {
      const online = await this.online([...households.values()]);
      const made = await this.deps.invoices.createMany(`${commune.requestPrefix}-FAC-${issuedOn.slice(0, 4)}`, drafts, this.mailedWith(online));
      created.push(...made);
      mailed += made.filter((i) => online.has(i.householdId)).length;
      skipped += drafts.length - made.length;
    }
    const at = this.deps.clock.now().toISOString();
    await this.deps.audit.append({ actor, action: 'invoice.monthRun', communeId, subject: month, details: { created: created.length, skipped } }, at);
    await this.deps.outbox.flush();
    return { month, created, skipped, mailed };
  }

  /**
   * What runMonth would make now, stored nowhere: per household still to invoice for that month, its
   * lines and total (the same drafts), and how many households have their invoice already.
   */
  async previewMonth(communeId: string, month: string): Promise<MonthPreview> {
    await this.monthOf(communeId, month);
    const rows: MonthPreview['rows'] = [];
    let already = 0;
    for await (const { drafts, households } of this.drafts(communeId, month)) {
      const done = new Set(await this.deps.invoices.monthlyInvoiced(drafts.map((d) => d.householdId), monthBounds(month)[0]));
      for (const d of drafts) {
        const household = households.get(d.householdId);
        if (!household) continue;
        if (done.has(d.householdId)) already++;
        else rows.push({ household, lines: d.lines, totalCents: d.lines.reduce((s, l) => s + l.amountCents, 0) });
      }
    }
    return { month, rows, already, totalCents: rows.reduce((s, r) => s + r.totalCents, 0) };
  }

  /** A one-off invoice created by an agent (a school trip: « 7916 - Séjour CT 3 (Ecole du PARC) »). */
  async createOneOff(communeId: string, fileNumber: string, label: string, amountCents: number, dueOn: string | undefined, actor: string): Promise<Invoice> {
    const commune = await this.communeOf(communeId);
    const household = await findHousehold(this.deps.households, communeId, fileNumber);
    if (!household) throw new DomainError('invoice.unknownHousehold', { fileNumber });
    if (!label.trim() || label.length > 120) throw new DomainError('invoice.badLabel');
    if (!Number.isInteger(amountCents) || amountCents <= 0 || amountCents > 10_000_000) throw new DomainError('invoice.badAmount');
    const issuedOn = this.today();
    const due = dueOn ?? addDays(issuedOn, DUE_DAYS);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due) || due < issuedOn) throw new DomainError('invoice.badDueDate', { dueOn: due });
    const line: InvoiceLine = { childId: null, activityId: null, label: label.trim(), quantity: 1, unitPriceCents: amountCents, amountCents };
    const draft: NewInvoice = { householdId: household.id, label: label.trim(), periodStart: null, periodEnd: null, issuedOn, dueOn: due, kind: 'oneOff', lines: [line] };
    const [invoice] = await this.deps.invoices.createMany(`${commune.requestPrefix}-FAC-${issuedOn.slice(0, 4)}`, [draft], this.mailedWith(await this.online([household])));
    if (!invoice) throw new Error('one-off invoice not created');
    await this.deps.audit.append({ actor, action: 'invoice.created', communeId, subject: invoice.number, details: { householdId: household.id, amountCents } }, this.deps.clock.now().toISOString());
    await this.deps.outbox.flush();
    return invoice;
  }

  /** The households that receive their invoices by e-mail: opted in to online invoices, with an account to mail. */
  private async online(households: Household[]): Promise<Set<number>> {
    const online = new Set<number>();
    for (const h of households) if (h.eInvoice && (await this.deps.accounts.listByHousehold(h.id)).length > 0) online.add(h.id);
    return online;
  }

  /** Each new invoice of those households is mailed with its PDF: queued with the invoices, in their transaction. */
  private mailedWith(online: ReadonlySet<number>): { at: string; after: (created: Invoice[]) => NewOutboxMessage[] } {
    const at = this.deps.clock.now().toISOString();
    return { at, after: (created) => created.filter((i) => online.has(i.householdId)).map((i) => ({ kind: 'invoice', payload: { invoiceId: i.id } })) };
  }

  // ── The resident's side ────────────────────────────────────────────────

  async list(account: Account): Promise<Invoice[]> {
    if (account.householdId === null) throw new DomainError('invoice.noHousehold');
    return this.deps.invoices.listByHousehold(account.householdId);
  }

  /** An invoice of the account's household, with its lines; another household's is refused and audited. */
  async detail(account: Account, invoiceId: number): Promise<InvoiceDocument> {
    if (account.householdId === null) throw new DomainError('invoice.noHousehold');
    const invoice = await this.deps.invoices.get(invoiceId);
    if (!invoice || invoice.householdId !== account.householdId) {
      await this.deps.audit.append({ actor: `account:${account.id}`, action: 'invoice.refused', communeId: account.communeId, subject: String(invoiceId), details: { reason: 'notYours' } }, this.deps.clock.now().toISOString());
      throw new DomainError('invoice.unknown');
    }
    const household = (await this.deps.households.get(invoice.householdId)) as Household;
    return { commune: await this.communeOf(household.communeId), household, invoice, lines: await this.deps.invoices.lines(invoice.id) };
  }

  /** A link token to the PDF of an invoice of the account's household, valid 30 minutes for that household only. */
  async pdfToken(account: Account, invoiceId: number): Promise<string> {
    const { invoice } = await this.detail(account, invoiceId);
    return signToken(this.deps.secretKey, 'invoice-pdf', [String(invoice.id), String(invoice.householdId)], new Date(this.deps.clock.now().getTime() + PDF_LINK_MINUTES * 60_000));
  }

  /** Whether a PDF link still works (forged and expired ones do not). */
  pdfLinkAlive(token: string): boolean {
    return verifyToken(this.deps.secretKey, 'invoice-pdf', token, 2, this.deps.clock.now()).ok;
  }

  /** The PDF behind a link token; undefined when the link is forged, expired or not that household's. */
  async pdfFromToken(token: string): Promise<{ invoice: Invoice; pdf: Buffer } | { error: 'invalid' | 'expired' }> {
    const check = verifyToken(this.deps.secretKey, 'invoice-pdf', token, 2, this.deps.clock.now());
    if (!check.ok) return { error: check.reason };
    const [invoiceId, householdId] = check.parts.map(Number) as [number, number];
    return (await this.pdfOf(householdId, invoiceId)) ?? { error: 'invalid' };
  }

  private async pdfOf(householdId: number, invoiceId: number): Promise<{ invoice: Invoice; pdf: Buffer } | undefined> {
    const invoice = await this.deps.invoices.get(invoiceId);
    if (!invoice || invoice.householdId !== householdId) return undefined;
    const household = (await this.deps.households.get(householdId)) as Household;
    const commune = await this.communeOf(household.communeId);
    return { invoice, pdf: await this.deps.pdf.render({ commune, household, invoice, lines: await this.deps.invoices.lines(invoice.id) }) };
  }
}

export { euros, monthName, parseAmount } from './invoiceFormat';
