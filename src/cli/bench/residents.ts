/**
 * The residents the load drives: one family file per resident (a child enrolled in the canteen),
 * an account linked to it, written into the bot's database before the load; and the days they
 * book (the first canteen days of the month after next, so the bookings are on time whatever the date).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
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

/** Writes `count` families and their accounts into the bot's SQLite file; returns the residents. */
export function seedResidents(databaseFile: string, count: number): Resident[] {
  const db = new Database(databaseFile);
  db.pragma('busy_timeout = 5000');
  try {
    const canteen = db.prepare("select id from activities where commune_id = ? and code = 'canteen' and level in ('all', 'elementaire') order by id limit 1").get(COMMUNE) as { id: number };
    const household = db.prepare("insert into households (commune_id, file_number, name, quotient_familial) values (?, ?, ?, 820) returning id");
    const child = db.prepare("insert into children (household_id, first_name, last_name, birth_date, school, level) values (?, ?, ?, '2018-05-04', 'École du Parc', 'elementaire') returning id");
    const enrol = db.prepare("insert into enrolments (child_id, activity_id, school_year) values (?, ?, ?)");
    const account = db.prepare("insert into accounts (commune_id, email, civility, first_name, last_name, household_id) values (?, ?, 'madame', 'Claire', ?, ?)");
    const years = ['2026-2027', '2027-2028'];
    const residents: Resident[] = [];
    db.transaction(() => {
      for (let i = 0; i < count; i += 1) {
        const name = `BENCH${i}`;
        const h = (household.get(COMMUNE, `BENCH-${i}`, name) as { id: number }).id;
        const c = (child.get(h, 'Zoé', name) as { id: number }).id;
        for (const year of years) enrol.run(c, canteen.id, year);
        const email = `bench-${i}@example.org`;
        account.run(COMMUNE, email, name, h);
        residents.push({ index: i, email, child: 'Zoé' });
      }
    })();
    return residents;
  } finally {
    db.close();
  }
}

/** The 6-digit code last mailed to an address (the outbox of a bot without SMTP). */
export function codeFor(outboxDir: string, email: string): string {
  const mails = fs
    .readdirSync(outboxDir)
    .filter((f) => f.endsWith('.eml'))
    .map((f) => fs.readFileSync(path.join(outboxDir, f), 'utf8'))
    .filter((m) => m.includes(`To: ${email}`));
  const code = mails.length ? /: (\d{6})\b/.exec((mails.at(-1) as string).replace(/=\r?\n/g, ''))?.[1] : undefined;
  if (!code) throw new Error(`no code mailed to ${email}`);
  return code;
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
