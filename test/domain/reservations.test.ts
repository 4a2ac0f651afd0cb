/**
 * The reservation service on a real store with a fixed Paris clock: deadlines at midnight Paris
 * time, surcharges and the estimated cost, instruction, the waiting list of holiday sessions,
 * absences and what stays billed, the agenda and the kitchens' headcount.
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { SettableClock } from '../../src/domain/clock';
import type { Account, Commune } from '../../src/domain/types';
import type { Core } from '../../src/index';
import { outboxMails, outboxRows, runOutboxJob, smtpDownFor } from '../support/outbox';
import { bookDays, dayStatus, holidayFamilies as moreFamilies, openReservationWorld, type ReservationWorld } from '../support/reservationWorld';
import { oneOf, rowsOf } from '../support/sql';

let w: ReservationWorld;
let core: Core;
let clock: SettableClock;
let commune: Commune;
let durand: Account;
let lea: number;
let hugo: number;
let canteen: number;
let wednesday: number;
let holidays: number;
const holidayFamilies = () => moreFamilies(w);
const status = (childId: number, day: string) => dayStatus(core, childId, day);
const book = (account: Account, activityId: number, wishes: Parameters<typeof bookDays>[3]) => bookDays(w, account, activityId, wishes);

beforeEach(async () => {
  // Tuesday 24 November 2026, 10:00 in Paris.
  w = await openReservationWorld();
  ({ core, clock, commune, durand, lea, hugo, canteen, wednesday, holidays } = w);
});
afterEach(async () => {
  await core.close();
});

describe('deadlines at midnight, Paris time', () => {
  it('a day is on time until 23:59 Paris on D-15 and late one second after midnight', async () => {
    // Thursday 10 December: deadline Wednesday 25 November. 22:59:59 UTC is 23:59:59 in Paris (winter time).
    const at = (iso: string) => {
      clock.advance((new Date(iso).getTime() - clock.now().getTime()) / 60_000);
    };
    at('2026-11-25T22:59:59Z');
    const onTime = await core.service.reservations.planBasket(durand, canteen, [{ childId: lea, day: '2026-12-10', action: 'add' }]);
    expect(onTime.lines[0]).toMatchObject({ late: false, surchargeCents: 0, pending: false });
    at('2026-11-25T23:00:00Z');
    const late = await core.service.reservations.planBasket(durand, canteen, [{ childId: lea, day: '2026-12-10', action: 'add' }]);
    expect(late.lines[0]).toMatchObject({ late: true, surchargePercent: 20, priceCents: 310, surchargeCents: 62, pending: true });
    expect(late.addedCents).toBe(372);
  });

  it('a basket shown before midnight and confirmed after it is shown again with the new price, nothing saved', async () => {
    clock.advance((new Date('2026-11-25T22:58:00Z').getTime() - clock.now().getTime()) / 60_000);
    const basket = await core.service.reservations.planBasket(durand, canteen, [{ childId: lea, day: '2026-12-10', action: 'add' }]);
    clock.advance(3);
    const result = await core.service.reservations.confirmBasket(durand, commune, basket.id);
    expect(result.kind).toBe('changed');
    expect(result.kind === 'changed' && result.basket.lines[0]).toMatchObject({ late: true, surchargeCents: 62 });
    expect(await status(lea, '2026-12-10')).toBeUndefined();
  });

  it('the holiday session closes 4 weeks before its first day: from 24 November, Noël is refused', async () => {
    const families = await holidayFamilies();
    const basket = await core.service.reservations.planBasket(families[0]!.account, holidays, [{ childId: families[0]!.child, day: '2026-12-21', action: 'add' }]);
    expect(basket.lines).toEqual([]);
    expect(basket.setAside).toEqual([expect.objectContaining({ day: '2026-12-21', reason: 'lateRefused' })]);
    expect(basket.id).toBe(0);
  });
});

describe('the basket', () => {
  it('adds on-time days confirmed at once, the estimated cost at the household’s tariff', async () => {
    const { basket, result } = await book(durand, canteen, [
      { childId: lea, day: '2026-12-10' },
      { childId: hugo, day: '2026-12-10' },
      { childId: lea, day: '2026-12-11' },
    ]);
    expect(basket.addedCents).toBe(3 * 310);
    expect(basket.lines.every((l) => !l.late && !l.pending)).toBe(true);
    expect(result).toMatchObject({ kind: 'confirmed', reference: 'CSP-RES-2026-000001' });
    expect(await Promise.all([status(lea, '2026-12-10'), status(hugo, '2026-12-10'), status(lea, '2026-12-11')])).toEqual(['confirmed', 'confirmed', 'confirmed']);
  });

  it('names every day left out and why, never silently', async () => {
    const basket = await core.service.reservations.planBasket(durand, canteen, [
      { childId: lea, day: '2026-12-09', action: 'add' }, // Wednesday
      { childId: lea, day: '2026-12-25', action: 'add' }, // Noël
      { childId: lea, day: '2026-11-23', action: 'add' }, // yesterday
      { childId: lea, day: '2028-09-04', action: 'add' }, // calendar not published
      { childId: lea, day: '2026-12-17', action: 'remove' }, // not booked
      { childId: lea, day: '2026-12-10', action: 'add' },
    ]);
    expect(basket.lines.map((l) => l.day)).toEqual(['2026-12-10']);
    expect(basket.setAside.map((s) => [s.day, s.reason, s.closed])).toEqual([
      ['2026-11-23', 'past', undefined],
      ['2026-12-09', 'notRunning', 'notThatDay'],
      ['2026-12-17', 'notBooked', undefined],
      ['2026-12-25', 'notRunning', 'publicHoliday'],
      ['2028-09-04', 'noCalendar', 'noCalendar'],
    ]);
  });

  it('refuses a child not enrolled in the activity, and a day already booked is set aside', async () => {
    // Hugo is not enrolled in the Wednesday activity.
    await expect(core.service.reservations.planBasket(durand, wednesday, [{ childId: hugo, day: '2026-12-16', action: 'add' }])).rejects.toMatchObject({ code: 'booking.notEnrolled' });
    await book(durand, canteen, [{ childId: lea, day: '2026-12-10' }]);
    const again = await core.service.reservations.planBasket(durand, canteen, [{ childId: lea, day: '2026-12-10', action: 'add' }]);
    expect(again.setAside).toEqual([expect.objectContaining({ reason: 'alreadyBooked' })]);
  });

  it('refuses an impossible date and another family’s child', async () => {
    await expect(core.service.reservations.planBasket(durand, canteen, [{ childId: lea, day: '2026-02-30', action: 'add' }])).rejects.toMatchObject({ code: 'booking.badDay' });
    const [other] = await holidayFamilies();
    await expect(core.service.reservations.planBasket(durand, canteen, [{ childId: other!.child, day: '2026-12-10', action: 'add' }])).rejects.toMatchObject({ code: 'booking.notYourChild' });
  });

  it('cancelling before the deadline refunds the day; a late booking still pending is withdrawn unbilled, surcharge included', async () => {
    await book(durand, canteen, [
      { childId: lea, day: '2026-12-01' }, // late: pending, with 20 %
      { childId: lea, day: '2026-12-10' },
    ]);
    expect(await status(lea, '2026-12-01')).toBe('pending');
    const { basket } = await book(durand, canteen, [
      { childId: lea, day: '2026-12-01', action: 'remove' },
      { childId: lea, day: '2026-12-10', action: 'remove' },
    ]);
    expect(basket.lines.map((l) => [l.day, l.billed])).toEqual([
      ['2026-12-01', false],
      ['2026-12-10', false],
    ]);
    // 3,10 € + 20 % for the pending day, 3,10 € for the day on time.
    expect(basket.refundedCents).toBe(372 + 310);
    const billed = await rowsOf(core, sql`select day, status, cast(cancelled_late as integer) as late from reservations where child_id = ${lea} order by day`);
    expect(billed).toEqual([
      { day: '2026-12-01', status: 'cancelled', late: 0 },
      { day: '2026-12-10', status: 'cancelled', late: 0 },
    ]);
  });

  it('a confirmed day cancelled after the deadline stays billed', async () => {
    await book(durand, canteen, [{ childId: lea, day: '2026-12-01' }]);
    const pending = await core.service.reservations.listPending('carrieres-sous-poissy');
    await core.service.reservations.decide(pending.map((p) => p.id), 'confirmed', 'agent');
    const { basket } = await book(durand, canteen, [{ childId: lea, day: '2026-12-01', action: 'remove' }]);
    expect(basket.lines.map((l) => [l.day, l.billed])).toEqual([['2026-12-01', true]]);
    expect(await rowsOf(core, sql`select status, cast(cancelled_late as integer) as late from reservations where child_id = ${lea}`)).toEqual([{ status: 'cancelled', late: 1 }]);
  });
});

describe('instruction by the commune', () => {
  it('decides pending bookings only, and tells the family by e-mail', async () => {
    await book(durand, canteen, [
      { childId: lea, day: '2026-12-01' },
      { childId: lea, day: '2026-12-10' },
    ]);
    const pending = await core.service.reservations.listPending('carrieres-sous-poissy');
    expect(pending.map((p) => p.day)).toEqual(['2026-12-01']);
    const confirmedId = (await oneOf<{ id: number }>(core, sql`select id from reservations where day = '2026-12-10'`))!.id;
    const done = await core.service.reservations.decide([pending[0]!.id, confirmedId], 'refused', 'agent', 'Plus de place ce jour-là.');
    expect(done.map((r) => r.day)).toEqual(['2026-12-01']);
    expect(await Promise.all([status(lea, '2026-12-01'), status(lea, '2026-12-10')])).toEqual(['refused', 'confirmed']);
    // Deciding again changes nothing.
    expect(await core.service.reservations.decide([pending[0]!.id], 'confirmed', 'agent')).toEqual([]);
    const mails = outboxMails(path.join(core.config.dataDir, 'outbox')).map((m) => m.replace(/=\r?\n/g, ''));
    expect(mails.filter((m) => m.includes('To: francoise.durand@example.org') && m.includes('Plus de place'))).toHaveLength(1);
  });

  it('a decision stands when the mail server is down: the family\'s mail waits in the outbox and the outbox job sends it once', async () => {
    await book(durand, canteen, [{ childId: lea, day: '2026-12-01' }]);
    const [pending] = await core.service.reservations.listPending('carrieres-sous-poissy');
    const down = smtpDownFor(core, 'sendBookingDecision');
    const told = () => outboxMails(path.join(core.config.dataDir, 'outbox')).filter((m) => m.replace(/=\r?\n/g, '').includes('Plus de place')).length;
    expect((await core.service.reservations.decide([pending!.id], 'refused', 'agent', 'Plus de place ce jour-là.')).map((r) => r.day)).toEqual(['2026-12-01']);
    expect(down).toHaveBeenCalledTimes(1);
    expect(await status(lea, '2026-12-01')).toBe('refused');
    expect(await outboxRows(core, 'bookingDecision')).toEqual([{ status: 'pending', attempts: 1, payload: { reservationIds: [pending!.id], decision: 'refused', message: 'Plus de place ce jour-là.' } }]);
    expect(told()).toBe(0);
    down.mockRestore();
    clock.advance(1);
    await runOutboxJob(core);
    expect(told()).toBe(1);
    expect(await outboxRows(core, 'bookingDecision')).toEqual([expect.objectContaining({ status: 'sent' })]);
    await runOutboxJob(core);
    expect(told()).toBe(1);
  });
});
