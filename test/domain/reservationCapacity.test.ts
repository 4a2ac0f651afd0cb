/** Bookings, continued: capacity and the waiting list, and absences (on SQLite and PostgreSQL). */
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { SettableClock } from '../../src/domain/clock';
import type { Account } from '../../src/domain/types';
import type { Core } from '../../src/index';
import { outboxMails } from '../support/outbox';
import { bookDays, dayStatus, holidayFamilies as moreFamilies, openReservationWorld, type ReservationWorld } from '../support/reservationWorld';
import { oneOf, rowsOf } from '../support/sql';

let w: ReservationWorld;
let core: Core;
let clock: SettableClock;
let durand: Account;
let lea: number;
let canteen: number;
let holidays: number;
const holidayFamilies = () => moreFamilies(w);
const status = (childId: number, day: string) => dayStatus(core, childId, day);
const book = (account: Account, activityId: number, wishes: Parameters<typeof bookDays>[3]) => bookDays(w, account, activityId, wishes);

beforeEach(async () => {
  // Tuesday 24 November 2026, 10:00 in Paris.
  w = await openReservationWorld();
  ({ core, clock, durand, lea, canteen, holidays } = w);
});
afterEach(async () => {
  await core.close();
});

describe('capacity and the waiting list', () => {
  beforeEach(async () => {
    // Two places per day; today is well before the winter session's deadline.
    clock.advance(-14 * 24 * 60); // Tuesday 10 November
    const { db, tables } = core.store;
    const [row] = await db.select({ rules: tables.activities.rules }).from(tables.activities).where(eq(tables.activities.id, holidays));
    await db.update(tables.activities).set({ rules: { ...(row!.rules as object), capacity: 2 } }).where(eq(tables.activities.id, holidays));
  });

  it('beyond the places, bookings wait; a cancellation promotes the first in line, in order', async () => {
    const [a, b, c] = await holidayFamilies();
    const day = '2026-12-22';
    const results = [];
    for (const f of [a, b, c]) results.push((await book(f!.account, holidays, [{ childId: f!.child, day }])).result);
    expect(results.map((r) => r.kind === 'confirmed' && r.lines[0]!.outcome)).toEqual(['added', 'added', 'waiting']);
    expect(await Promise.all([status(a!.child, day), status(b!.child, day), status(c!.child, day)])).toEqual(['pending', 'pending', 'waiting']);
    // The first family cancels: its place goes to the one waiting.
    const { result } = await book(a!.account, holidays, [{ childId: a!.child, day, action: 'remove' }]);
    expect(result.kind === 'confirmed' && result.promoted.map((r) => r.childId)).toEqual([c!.child]);
    expect(await Promise.all([status(a!.child, day), status(c!.child, day)])).toEqual(['cancelled', 'pending']);
    await core.service.outbox.idle();
    const mails = outboxMails(path.join(core.config.dataDir, 'outbox')).map((m) => m.replace(/=\r?\n/g, ''));
    expect(mails.some((m) => m.includes('To: petit@example.org'))).toBe(true);
  });

  it('the waiting list is served in the order places were asked for', async () => {
    const [a, b, c] = await holidayFamilies();
    const day = '2026-12-22';
    // a and b take the two places, c waits.
    await book(a!.account, holidays, [{ childId: a!.child, day }]);
    await book(b!.account, holidays, [{ childId: b!.child, day }]);
    clock.advance(1);
    await book(c!.account, holidays, [{ childId: c!.child, day }]);
    // b cancels, c gets the place; a cancels, no one waits any more.
    await book(b!.account, holidays, [{ childId: b!.child, day, action: 'remove' }]);
    expect(await status(c!.child, day)).toBe('pending');
    const { result } = await book(a!.account, holidays, [{ childId: a!.child, day, action: 'remove' }]);
    expect(result.kind === 'confirmed' && result.promoted).toEqual([]);
  });

  it('a refused booking frees its place for the first waiting', async () => {
    const [a, b, c] = await holidayFamilies();
    const day = '2026-12-22';
    for (const f of [a, b, c]) await book(f!.account, holidays, [{ childId: f!.child, day }]);
    const pending = await core.service.reservations.listPending('carrieres-sous-poissy');
    const ofA = pending.find((p) => p.childId === a!.child)!;
    await core.service.reservations.decide([ofA.id], 'refused', 'agent', null);
    expect(await Promise.all([status(a!.child, day), status(c!.child, day)])).toEqual(['refused', 'pending']);
  });

  it('cancelling a waiting booking frees nothing and costs nothing', async () => {
    const [a, b, c] = await holidayFamilies();
    const day = '2026-12-22';
    for (const f of [a, b, c]) await book(f!.account, holidays, [{ childId: f!.child, day }]);
    const { basket, result } = await book(c!.account, holidays, [{ childId: c!.child, day, action: 'remove' }]);
    expect(basket.lines[0]).toMatchObject({ billed: false });
    expect(basket.refundedCents).toBe(0);
    expect(result.kind === 'confirmed' && result.promoted).toEqual([]);
    expect(await Promise.all([status(a!.child, day), status(b!.child, day), status(c!.child, day)])).toEqual(['pending', 'pending', 'cancelled']);
  });
});

describe('absences', () => {
  beforeEach(async () => {
    clock.advance(-14 * 24 * 60); // Tuesday 10 November: 10 and 11 December are on time
    await book(durand, canteen, [
      { childId: lea, day: '2026-11-26' },
      { childId: lea, day: '2026-12-10' },
      { childId: lea, day: '2026-12-11' },
    ]);
    clock.advance(14 * 24 * 60); // back to 24 November
  });

  it('before the deadline the day is simply cancelled; after it, billed unless justified', async () => {
    const days = await core.service.reservations.reportAbsence(durand, lea, ['2026-11-26', '2026-12-10'], 'malade', null);
    expect(days.map((d) => [d.day, d.billing])).toEqual([
      ['2026-11-26', 'billed'],
      ['2026-12-10', 'cancelledFree'],
    ]);
    expect(await status(lea, '2026-12-10')).toBe('cancelled');
    expect(await status(lea, '2026-11-26')).toBe('confirmed');
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const certificate = await core.service.documents.add(durand, 'certificat_medical', 'certificat.pdf', pdf);
    if (!certificate.ok) throw new Error(certificate.reason);
    const justified = await core.service.reservations.reportAbsence(durand, lea, ['2026-11-26'], 'malade', certificate.document.id);
    expect(justified[0]!.billing).toBe('notBilled');
    const rows = await rowsOf(core, sql`select day, cast(justified as integer) as justified from absences order by id`);
    expect(rows).toEqual([
      { day: '2026-11-26', justified: 0 },
      { day: '2026-11-26', justified: 1 },
    ]);
  });

  it('a supporting document of another family, or not a medical certificate, is refused and nothing is saved', async () => {
    const [other] = await holidayFamilies();
    const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
    const theirs = await core.service.documents.add(other!.account, 'certificat_medical', 'c.pdf', pdf);
    const proof = await core.service.documents.add(durand, 'justificatif_domicile', 'd.pdf', pdf);
    if (!theirs.ok || !proof.ok) throw new Error('documents not stored');
    for (const id of [theirs.document.id, proof.document.id]) {
      await expect(core.service.reservations.reportAbsence(durand, lea, ['2026-11-26'], 'malade', id)).rejects.toMatchObject({ code: 'booking.unknownDocument' });
    }
    expect(await oneOf(core, sql`select cast(count(*) as integer) as n from absences`)).toEqual({ n: 0 });
  });

  it('a day with nothing booked is said so, and another family’s child is refused', async () => {
    const days = await core.service.reservations.reportAbsence(durand, lea, ['2026-11-27'], 'malade', null);
    expect(days).toEqual([{ day: '2026-11-27', activities: [], billing: 'nothingBooked' }]);
    const [other] = await holidayFamilies();
    await expect(core.service.reservations.reportAbsence(durand, other!.child, ['2026-11-26'], 'malade', null)).rejects.toMatchObject({ code: 'booking.notYourChild' });
  });

  it('the agenda marks the absent day, and the headcount leaves it out', async () => {
    await core.service.reservations.reportAbsence(durand, lea, ['2026-11-26'], 'malade', null);
    const agenda = await core.service.reservations.agenda(durand, [lea], '2026-11-01', '2026-12-31');
    expect(agenda.map((e) => [e.day, e.status, e.absent])).toEqual([
      ['2026-11-26', 'confirmed', true],
      ['2026-12-10', 'confirmed', false],
      ['2026-12-11', 'confirmed', false],
    ]);
    const count = async (day: string) => (await core.service.reservations.headcount('carrieres-sous-poissy', day, 'canteen')).reduce((n, r) => n + r.count, 0);
    expect(await count('2026-11-26')).toBe(0);
    expect(await count('2026-12-10')).toBe(1);
    await expect(core.service.reservations.agenda(durand, [999_999], '2026-11-01', '2026-12-31')).rejects.toMatchObject({ code: 'booking.notYourChild' });
  });
});
