/**
 * A commune at scale, generated: `households` family files of two children each, both enrolled in
 * the canteen, each child booked on the canteen's first 25 running days from 2 November 2026
 * (100 000 households → 5 000 000 reservations). Then, on the store as the bot uses it: a month's
 * calendar query (one household's children, one activity, December) for households at random, the
 * whole month view of the calendar card, and the monthly invoicing of November for every household.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { activityRuns } from '../../domain/activityCalendar';
import { addDays } from '../../domain/parisTime';
import { fixedClock } from '../../domain/clock';
import { loadConfig } from '../../config';
import { buildCore } from '../../core';
import { percentile } from '../stats';
import { COMMUNE } from './residents';

export interface BigDataFigures {
  households: number;
  reservations: number;
  generateS: number;
  fileMb: number;
  queries: number;
  queryP50: number;
  queryP99: number;
  viewP50: number;
  invoices: number;
  invoicingS: number;
}

const PER_CHILD = 25;

export async function bigDataFigures(root: string, households: number): Promise<BigDataFigures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-big-'));
  // The 2nd of December: November is over and can be invoiced.
  const core = buildCore(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error', JOBS: 'off', DEMO_DATA: 'true' }, root), fixedClock('2026-12-02T08:00:00Z'));
  try {
    const sqlite = core.db.$client;
    const canteen = (await core.service.listActivities(COMMUNE)).find((a) => a.code === 'canteen' && a.level !== 'maternelle')!;
    const calendar = core.service.schoolCalendarOf(canteen);
    const days: string[] = [];
    for (let d = '2026-11-02'; days.length < PER_CHILD; d = addDays(d, 1)) if (activityRuns(canteen, calendar, d).runs) days.push(d);

    const t0 = performance.now();
    const household = sqlite.prepare('insert into households (commune_id, file_number, name, quotient_familial) values (?, ?, ?, ?) returning id');
    const child = sqlite.prepare("insert into children (household_id, first_name, last_name, birth_date, school, level) values (?, ?, ?, '2018-05-04', 'École du Parc', 'elementaire') returning id");
    const enrol = sqlite.prepare("insert into enrolments (child_id, activity_id, school_year) values (?, ?, '2026-2027')");
    const book = sqlite.prepare("insert into reservations (child_id, activity_id, day, status, created_at) values (?, ?, ?, 'confirmed', '2026-10-01T08:00:00.000Z')");
    const chunk = 5000;
    for (let start = 0; start < households; start += chunk) {
      sqlite.transaction(() => {
        for (let i = start; i < Math.min(households, start + chunk); i += 1) {
          const h = (household.get(COMMUNE, `BIG-${i}`, `FAMILLE${i}`, 300 + (i % 2000)) as { id: number }).id;
          for (const firstName of ['Alice', 'Louis']) {
            const c = (child.get(h, firstName, `FAMILLE${i}`) as { id: number }).id;
            enrol.run(c, canteen.id);
            for (const day of days) book.run(c, canteen.id, day);
          }
        }
      })();
    }
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.exec('analyze');
    const generateS = (performance.now() - t0) / 1000;
    const reservations = (sqlite.prepare('select count(*) as n from reservations').get() as { n: number }).n;
    const fileMb = fs.statSync(core.config.databaseFile).size / 1024 / 1024;

    // A month's calendar query, and the whole month view, for households at random.
    const repos = core.service.deps.repos;
    const ids = sqlite.prepare("select id from households where file_number like 'BIG-%'").all() as Array<{ id: number }>;
    const queries = 2000;
    const query: number[] = [];
    const view: number[] = [];
    for (let i = 0; i < queries; i += 1) {
      const h = ids[Math.floor(Math.random() * ids.length)]!.id;
      const children = (sqlite.prepare('select id from children where household_id = ?').all(h) as Array<{ id: number }>).map((c) => c.id);
      const q0 = performance.now();
      await repos.reservations.list(children, '2026-12-01', '2026-12-31', canteen.id);
      query.push(performance.now() - q0);
      if (i % 10 === 0) {
        const account = await repos.accounts.create({ communeId: COMMUNE, email: `big-${i}@example.org`, civility: null, firstName: 'A', lastName: 'B', phone: null, address: null });
        await repos.accounts.linkHousehold(account.id, h);
        const linked = (await repos.accounts.get(account.id))!;
        const v0 = performance.now();
        await core.service.reservations.calendar(linked, canteen.id, children, '2026-12');
        view.push(performance.now() - v0);
      }
    }

    // The monthly invoicing of November, every household.
    const i0 = performance.now();
    const run = await core.service.invoices.runMonth(COMMUNE, '2026-11');
    const invoicingS = (performance.now() - i0) / 1000;
    return { households, reservations, generateS, fileMb, queries, queryP50: percentile(query, 50), queryP99: percentile(query, 99), viewP50: percentile(view, 50), invoices: run.created.length, invoicingS };
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
