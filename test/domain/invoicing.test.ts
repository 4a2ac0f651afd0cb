/**
 * « Facturation unique »: December 2026 (Noël holidays from the 19th, a public holiday on the 25th)
 * invoiced on 1 January 2027 from the bookings, to the cent: tariffs per quotient familial, late
 * surcharges, days cancelled late, justified absences; once only; one-off invoices; online invoices.
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { settableClock, type SettableClock } from '../../src/domain/clock';
import type { Account, Commune } from '../../src/domain/types';
import type { Core } from '../../src/index';
import { openTestCore, tempConfig } from '../support/harness';
import { outboxMails, outboxRows, runOutboxJob, smtpDownFor } from '../support/outbox';
import { oneOf, run as runSql } from '../support/sql';

let core: Core;
let clock: SettableClock;
let commune: Commune;
let durand: Account;
let lea: number;
let hugo: number;
let canteen: number;
let wednesday: number;

const moveTo = (iso: string) => clock.advance((new Date(iso).getTime() - clock.now().getTime()) / 60_000);

async function book(activityId: number, wishes: Array<[number, string, ('add' | 'remove')?]>) {
  const basket = await core.service.reservations.planBasket(durand, activityId, wishes.map(([childId, day, action]) => ({ childId, day, action: action ?? 'add' })));
  const result = await core.service.reservations.confirmBasket(durand, commune, basket.id);
  if (result.kind !== 'confirmed') throw new Error(`basket ${result.kind}`);
}

beforeEach(async () => {
  clock = settableClock('2026-11-10T09:00:00Z');
  core = await openTestCore(tempConfig(), clock);
  commune = await core.service.getCommune('carrieres-sous-poissy');
  const repos = core.service.deps.repos;
  const household = await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
  const created = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'francoise.durand@example.org', civility: 'madame', firstName: 'Françoise', lastName: 'DURAND', phone: null, address: null });
  await repos.accounts.linkHousehold(created.id, household!.id);
  durand = (await repos.accounts.get(created.id))!;
  const children = await repos.households.listChildren(household!.id);
  lea = children.find((c) => c.firstName === 'Léa')!.id;
  hugo = children.find((c) => c.firstName === 'Hugo')!.id;
  const activities = await core.service.listActivities('carrieres-sous-poissy');
  canteen = activities.find((a) => a.code === 'canteen')!.id;
  wednesday = activities.find((a) => a.code === 'wednesday')!.id;
});
afterEach(async () => {
  await core.close();
});

/** The Durand family's December: QF 820 → canteen 3,10 €, Wednesday 9,80 €, surcharge 20 %. */
async function december() {
  // On 10 November, on time: Léa's canteen on 7 days, Hugo's on 3 days, Léa's Wednesday on 2 days.
  await book(canteen, [
    [lea, '2026-12-03'], [lea, '2026-12-04'], [lea, '2026-12-07'], [lea, '2026-12-08'], [lea, '2026-12-10'], [lea, '2026-12-11'], [lea, '2026-12-14'],
    [hugo, '2026-12-03'], [hugo, '2026-12-04'], [hugo, '2026-12-07'],
  ]);
  await book(wednesday, [[lea, '2026-12-02'], [lea, '2026-12-09']]);
  // On 5 December, late: Léa's canteen on the 17th and 18th (20 %), validated by the commune.
  moveTo('2026-12-05T09:00:00Z');
  await book(canteen, [[lea, '2026-12-17'], [lea, '2026-12-18']]);
  const pending = await core.service.reservations.listPending('carrieres-sous-poissy');
  await core.service.reservations.decide(pending.map((p) => p.id), 'confirmed', 'agent');
  // Late cancellation of Léa's 14th: still billed. Free cancellation? None: every day is past its deadline now.
  await book(canteen, [[lea, '2026-12-14', 'remove']]);
  // Léa ill on the 10th and 11th with a certificate: not billed; Hugo absent on the 7th without: billed.
  const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
  const certificate = await core.service.documents.add(durand, 'certificat_medical', 'certificat.pdf', pdf);
  if (!certificate.ok) throw new Error(certificate.reason);
  await core.service.reservations.reportAbsence(durand, lea, ['2026-12-10', '2026-12-11'], 'malade', certificate.document.id);
  await core.service.reservations.reportAbsence(durand, hugo, ['2026-12-07'], 'malade', null);
  moveTo('2027-01-01T05:00:00Z');
}

describe('the monthly invoice', () => {
  it('bills the booked days to the cent, with surcharges and justified absences deducted', async () => {
    await december();
    const run = await core.service.invoices.runMonth('carrieres-sous-poissy', '2026-12');
    expect(run.created).toHaveLength(1);
    const invoice = run.created[0]!;
    expect(invoice).toMatchObject({ number: 'CSP-FAC-2027-000001', label: 'Facturation unique — décembre 2026', periodStart: '2026-12-01', periodEnd: '2026-12-31', issuedOn: '2027-01-01', dueOn: '2027-01-31', status: 'issued', kind: 'monthly' });
    const lines = await core.service.deps.repos.invoices.lines(invoice.id);
    expect(lines.map((l) => [l.label, l.quantity, l.unitPriceCents, l.amountCents])).toEqual([
      // Léa's canteen: 7 on-time days (the 14th cancelled late included) + 2 late days.
      ['Léa — Restauration scolaire', 9, 310, 2790],
      ['Léa — Restauration scolaire : majoration de 20 % (réservé après le délai)', 2, 62, 124],
      ['Léa — Restauration scolaire : absences justifiées, non facturées', 2, -310, -620],
      ['Léa — Accueil de loisirs du mercredi', 2, 980, 1960],
      ['Hugo — Restauration scolaire', 3, 310, 930],
    ]);
    expect(invoice.totalCents).toBe(2790 + 124 - 620 + 1960 + 930);
  });

  it('the preview shows what the run makes (lines and total), stores nothing, then counts the family as invoiced', async () => {
    await december();
    const preview = await core.service.invoices.previewMonth('carrieres-sous-poissy', '2026-12');
    expect(await oneOf(core, sql`select cast(count(*) as integer) as n from invoices`)).toEqual({ n: 0 });
    const run = await core.service.invoices.runMonth('carrieres-sous-poissy', '2026-12', 'agent:7');
    expect(preview.rows.map((r) => [r.household.fileNumber, r.totalCents])).toEqual([['CSP-F-000101', run.created[0]?.totalCents]]);
    expect(preview.totalCents).toBe(run.created[0]?.totalCents);
    expect(preview.rows[0]?.lines).toEqual(await core.service.deps.repos.invoices.lines(run.created[0]!.id));
    expect(await core.service.invoices.previewMonth('carrieres-sous-poissy', '2026-12')).toMatchObject({ rows: [], already: 1, totalCents: 0 });
    expect(await oneOf(core, sql`select actor from audit_log where action = 'invoice.monthRun'`)).toMatchObject({ actor: 'agent:7' });
    await expect(core.service.invoices.previewMonth('carrieres-sous-poissy', '2027-01')).rejects.toMatchObject({ code: 'invoice.monthNotOver' });
  });

  it('running the month twice changes nothing', async () => {
    await december();
    const first = await core.service.invoices.runMonth('carrieres-sous-poissy', '2026-12');
    const second = await core.service.invoices.runMonth('carrieres-sous-poissy', '2026-12');
    expect(first.created).toHaveLength(1);
    expect(second).toMatchObject({ created: [], skipped: 1 });
    expect(await oneOf(core, sql`select cast(count(*) as integer) as n from invoices`)).toEqual({ n: 1 });
    expect(await oneOf(core, sql`select cast(count(*) as integer) as n from invoice_lines`)).toEqual({ n: 5 });
  });

  it('runs twice at once: one invoice', async () => {
    await december();
    await Promise.all([1, 2].map(() => core.service.invoices.runMonth('carrieres-sous-poissy', '2026-12')));
    expect(await oneOf(core, sql`select cast(count(*) as integer) as n from invoices`)).toEqual({ n: 1 });
  });

  it('bills days waiting for instruction, refused or cancelled in time: never', async () => {
    await book(canteen, [[lea, '2026-12-03'], [lea, '2026-12-04']]);
    await book(canteen, [[lea, '2026-12-04', 'remove']]);
    moveTo('2026-12-05T09:00:00Z');
    await book(canteen, [[lea, '2026-12-17'], [lea, '2026-12-18']]);
    const pending = await core.service.reservations.listPending('carrieres-sous-poissy');
    await core.service.reservations.decide([pending[0]!.id], 'refused', 'agent');
    moveTo('2027-01-01T05:00:00Z');
    const run = await core.service.invoices.runMonth('carrieres-sous-poissy', '2026-12');
    const lines = await core.service.deps.repos.invoices.lines(run.created[0]!.id);
    expect(lines.map((l) => [l.label, l.quantity])).toEqual([['Léa — Restauration scolaire', 1]]);
  });

  it('a late booking still pending, then withdrawn (basket or absence), is billed neither the day nor its surcharge', async () => {
    await book(canteen, [[lea, '2026-12-03']]);
    moveTo('2026-12-05T09:00:00Z');
    // Late (20 %), waiting for the commune's instruction.
    await book(canteen, [[lea, '2026-12-17'], [lea, '2026-12-18'], [hugo, '2026-12-17']]);
    expect((await core.service.reservations.listPending('carrieres-sous-poissy')).map((p) => p.day)).toEqual(['2026-12-17', '2026-12-17', '2026-12-18']);
    await book(canteen, [[lea, '2026-12-17', 'remove']]);
    await core.service.reservations.reportAbsence(durand, lea, ['2026-12-18'], 'malade', null);
    // Hugo's late day is confirmed by the commune: billed with its surcharge.
    const left = await core.service.reservations.listPending('carrieres-sous-poissy');
    expect(left).toHaveLength(1);
    await core.service.reservations.decide(left.map((p) => p.id), 'confirmed', 'agent');
    moveTo('2027-01-01T05:00:00Z');
    const preview = await core.service.invoices.previewMonth('carrieres-sous-poissy', '2026-12');
    // Per child: the days, then the surcharge (3,10 € a day, 20 % = 0,62 €).
    expect(preview.rows[0]?.lines.map((l) => [l.childId, l.quantity, l.amountCents])).toEqual([
      [lea, 1, 310],
      [hugo, 1, 310],
      [hugo, 1, 62],
    ]);
  });

  it('prices a household without an avis d’imposition at the highest tariff', async () => {
    await runSql(core, sql`update households set quotient_familial = null where file_number = 'CSP-F-000101'`);
    await book(canteen, [[lea, '2026-12-03']]);
    moveTo('2027-01-01T05:00:00Z');
    const run = await core.service.invoices.runMonth('carrieres-sous-poissy', '2026-12');
    expect(run.created[0]!.totalCents).toBe(452);
  });

  it('refuses a month not over yet, a malformed month and an unknown commune', async () => {
    await expect(core.service.invoices.runMonth('carrieres-sous-poissy', '2026-11')).rejects.toMatchObject({ code: 'invoice.monthNotOver' });
    await expect(core.service.invoices.runMonth('carrieres-sous-poissy', '2026-13')).rejects.toMatchObject({ code: 'invoice.badMonth' });
    await expect(core.service.invoices.runMonth('paris', '2026-10')).rejects.toMatchObject({ code: 'invoice.unknownCommune' });
  });

  it('a month without bookings makes no invoice', async () => {
    moveTo('2027-01-01T05:00:00Z');
    expect(await core.service.invoices.runMonth('carrieres-sous-poissy', '2026-12')).toMatchObject({ created: [], skipped: 0 });
  });

  it('the month is invoiced when the mail server is down: the online invoice waits in the outbox and goes once', async () => {
    await core.service.setEInvoice(durand, true);
    await book(canteen, [[lea, '2026-12-03']]);
    moveTo('2027-01-01T05:00:00Z');
    const down = smtpDownFor(core, 'sendInvoice');
    const run = await core.service.invoices.runMonth('carrieres-sous-poissy', '2026-12');
    expect(run.created.map((i) => i.number)).toEqual(['CSP-FAC-2027-000001']);
    expect(down).toHaveBeenCalledTimes(1);
    expect(await outboxRows(core, 'invoice')).toEqual([{ status: 'pending', attempts: 1, payload: { invoiceId: run.created[0]!.id } }]);
    const mailed = () => outboxMails(path.join(core.config.dataDir, 'outbox')).filter((m) => m.includes('filename=facture-CSP-FAC-2027-000001.pdf')).length;
    expect(mailed()).toBe(0);
    down.mockRestore();
    moveTo('2027-01-01T05:01:00Z');
    await runOutboxJob(core);
    expect(mailed()).toBe(1);
    expect(await outboxRows(core, 'invoice')).toEqual([expect.objectContaining({ status: 'sent' })]);
    await runOutboxJob(core);
    expect(await core.service.invoices.runMonth('carrieres-sous-poissy', '2026-12')).toMatchObject({ created: [], mailed: 0 });
    expect(mailed()).toBe(1);
  });

  it('households that opted in receive the invoice by e-mail with its PDF', async () => {
    await core.service.setEInvoice(durand, true);
    await book(canteen, [[lea, '2026-12-03']]);
    moveTo('2027-01-01T05:00:00Z');
    const run = await core.service.invoices.runMonth('carrieres-sous-poissy', '2026-12');
    expect(run.mailed).toBe(1);
    const mail = outboxMails(path.join(core.config.dataDir, 'outbox')).map((m) => m.replace(/=\r?\n/g, '')).find((m) => m.includes('CSP-FAC-2027-000001'));
    expect(mail).toContain('To: francoise.durand@example.org');
    expect(mail).toContain('filename=facture-CSP-FAC-2027-000001.pdf');
    expect(mail).toContain('Content-Type: application/pdf');
  });
});

describe('one-off invoices', () => {
  it('an agent invoices a school trip to a household', async () => {
    const invoice = await core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', '7916 - Séjour CT 3 (Ecole du PARC)', 7380, '2026-12-15', 'agent');
    expect(invoice).toMatchObject({ number: 'CSP-FAC-2026-000001', totalCents: 7380, dueOn: '2026-12-15', kind: 'oneOff', periodStart: null });
    expect(await core.service.deps.repos.invoices.lines(invoice.id)).toEqual([{ childId: null, activityId: null, label: '7916 - Séjour CT 3 (Ecole du PARC)', quantity: 1, unitPriceCents: 7380, amountCents: 7380 }]);
  });

  it('refuses an unknown file, an empty label, a zero amount and a due date in the past', async () => {
    const make = (file: string, label: string, cents: number, due?: string) => core.service.invoices.createOneOff('carrieres-sous-poissy', file, label, cents, due, 'agent');
    await expect(make('CSP-F-999999', 'Séjour', 100)).rejects.toMatchObject({ code: 'invoice.unknownHousehold' });
    await expect(make('CSP-F-000101', '  ', 100)).rejects.toMatchObject({ code: 'invoice.badLabel' });
    await expect(make('CSP-F-000101', 'Séjour', 0)).rejects.toMatchObject({ code: 'invoice.badAmount' });
    await expect(make('CSP-F-000101', 'Séjour', 100, '2026-11-01')).rejects.toMatchObject({ code: 'invoice.badDueDate' });
    expect(await oneOf(core, sql`select cast(count(*) as integer) as n from invoices`)).toEqual({ n: 0 });
  });

  it('finds the file typed in any case and spacing, not one of two files that differ only so', async () => {
    const invoice = await core.service.invoices.createOneOff('carrieres-sous-poissy', ' csp f 000101 ', 'Séjour', 100, undefined, 'agent');
    const durands = await core.service.deps.repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
    expect(invoice.householdId).toBe(durands?.id);
    // « AB-7 » and « A-B7 » share a key: typed « ab7 », neither is taken; typed as stored, each is.
    await runSql(core, sql`insert into households (commune_id, file_number, name) values ('carrieres-sous-poissy', 'AB-7', 'UN'), ('carrieres-sous-poissy', 'A-B7', 'DEUX')`);
    await expect(core.service.invoices.createOneOff('carrieres-sous-poissy', 'ab7', 'Séjour', 100, undefined, 'agent')).rejects.toMatchObject({ code: 'invoice.unknownHousehold' });
    expect((await core.service.invoices.createOneOff('carrieres-sous-poissy', 'A-B7', 'Séjour', 100, undefined, 'agent')).totalCents).toBe(100);
    // A file of another commune is not found by its key either.
    await expect(core.service.invoices.createOneOff('carrieres-sous-poissy', 'clv-f-000042', 'Séjour', 100, undefined, 'agent')).rejects.toMatchObject({ code: 'invoice.unknownHousehold' });
  });
});

describe('the resident’s invoices', () => {
  it('lists the household’s invoices; another household’s is refused and audited', async () => {
    const mine = await core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour', 7380, undefined, 'agent');
    expect((await core.service.invoices.list(durand)).map((i) => i.number)).toEqual([mine.number]);
    const other = await core.service.invoices.createOneOff('chanteloup-les-vignes', 'CLV-F-000042', 'Séjour', 1000, undefined, 'agent');
    await expect(core.service.invoices.detail(durand, other.id)).rejects.toMatchObject({ code: 'invoice.unknown' });
    expect(await oneOf(core, sql`select cast(count(*) as integer) as n from audit_log where action = 'invoice.refused'`)).toEqual({ n: 1 });
  });

  it('a PDF link works for its household only, and not once expired or altered', async () => {
    const invoice = await core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour', 7380, undefined, 'agent');
    const token = await core.service.invoices.pdfToken(durand, invoice.id);
    const found = await core.service.invoices.pdfFromToken(token);
    expect('pdf' in found && found.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const other = await core.service.invoices.createOneOff('chanteloup-les-vignes', 'CLV-F-000042', 'Séjour', 1000, undefined, 'agent');
    const forged = token.replace(/^\d+\./, `${other.id}.`);
    expect(await core.service.invoices.pdfFromToken(forged)).toEqual({ error: 'invalid' });
    clock.advance(31);
    expect(await core.service.invoices.pdfFromToken(token)).toEqual({ error: 'expired' });
  });
});

describe('reconciliation', () => {
  it('flags attempts still pending after 30 minutes; a late notification still settles them, once', async () => {
    const invoice = await core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour', 7380, undefined, 'agent');
    const { attempt } = await core.service.payments.start(durand, invoice.id);
    clock.advance(29);
    expect(await core.service.payments.reconcile()).toEqual([]);
    clock.advance(2);
    expect((await core.service.payments.reconcile()).map((a) => a.reference)).toEqual([attempt.reference]);
    expect(await core.service.payments.reconcile()).toEqual([]);
    expect(await oneOf(core, sql`select cast(count(*) as integer) as n from audit_log where action = 'payment.stale'`)).toEqual({ n: 1 });
    const notice = { reference: attempt.reference, amountCents: 7380, authorization: '123456', errorCode: '00000' };
    expect(await core.service.payments.notified(notice)).toBe('paid');
    expect(await core.service.payments.notified(notice)).toBe('alreadySettled');
    expect((await core.service.deps.repos.invoices.get(invoice.id))?.status).toBe('paid');
  });
});
