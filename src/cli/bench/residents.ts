/**
 * The residents the load drives: one family file per resident (a child enrolled in the canteen),
 * an account linked to it, written into the bot's database before the load; and the days they
 * book (the first canteen days of the month after next, so the bookings are on time whatever the date).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { change, one, type Store, type Tx } from '../../../db/store';
import { activityRuns, daysOfMonth, shiftMonth, type SchoolCalendar } from '../../domain/activityCalendar';
import { monthName } from '../../domain/invoicing';
import { parisDay } from '../../domain/parisTime';
import type { Activity } from '../../domain/types';

export interface Resident {
  index: number;
  email: string;
  child: string;
}

export const COMMUNE = 'carrieres-sous-poissy';

/** Writes `count` families and their accounts into the bot's database (either store); returns the residents. */
export function seedResidents(store: Store, count: number): Promise<Resident[]> {
  return store.write((db) => seed(db, store.tables, count));
}

function* seed(db: Db, tables: Store['tables'], count: number): Tx<Resident[]> {
  const { accounts, activities, children, enrolments, households } = tables;
  const canteen = yield* one(
    db
      .select({ id: activities.id })
      .from(activities)
      .where(and(eq(activities.communeId, COMMUNE), eq(activities.code, 'canteen'), inArray(activities.level, ['all', 'elementaire'])))
      .orderBy(asc(activities.id))
      .limit(1),
  );
  if (!canteen) throw new Error(`No canteen in ${COMMUNE}: the residents need the demo data.`);
  const residents: Resident[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = `BENCH${i}`;
    const h = yield* one(db.insert(households).values({ communeId: COMMUNE, fileNumber: `BENCH-${i}`, name, quotientFamilial: 820 }).returning({ id: households.id }));
    const c = yield* one(db.insert(children).values({ householdId: h!.id, firstName: 'Zoé', lastName: name, birthDate: '2018-05-04', school: 'École du Parc', level: 'elementaire' }).returning({ id: children.id }));
    yield* change(db.insert(enrolments).values(['2026-2027', '2027-2028'].map((schoolYear) => ({ childId: c!.id, activityId: canteen.id, schoolYear }))));
    const email = `bench-${i}@example.org`;
    yield* change(db.insert(accounts).values({ communeId: COMMUNE, email, civility: 'madame', firstName: 'Claire', lastName: name, householdId: h!.id }));
    residents.push({ index: i, email, child: 'Zoé' });
  }
  return residents;
}

/**
 * « réserver la cantine le 5 janvier, le 7 janvier et le 8 janvier pour Zoé »: three canteen days of
 * the month after next (or the first month after it with enough of them: not the summer holidays),
 * so the booking is on time whatever the date.
 */
export function bookingSentence(canteen: Activity, calendar: SchoolCalendar, now: Date, child: string, skip = 0): { text: string; month: string; days: string[] } {
  for (let ahead = 2; ahead < 14; ahead += 1) {
    const month = shiftMonth(parisDay(now).slice(0, 7), ahead);
    const days = daysOfMonth(month).filter((d) => activityRuns(canteen, calendar, d).runs).slice(skip, skip + 3);
    if (days.length < 3) continue;
    const name = monthName(month).split(' ')[0];
    const said = days.map((d) => `le ${Number(d.slice(8))} ${name}`);
    return { text: `réserver la cantine ${said.slice(0, -1).join(', ')} et ${said.at(-1)} pour ${child}`, month, days };
  }
  throw new Error('The school calendar (db/reference) has no month with canteen days in the coming year: add the next school year.');
}
