/**
 * A backup taken by the admin command, as its own process, while residents' bookings are being
 * confirmed, restored into a new data folder: the bot started on it serves, and every booking
 * confirmed before the backup began, every invoice and payment, the uploaded paper and the family
 * key are there. What was confirmed while the backup ran is there or not as a whole: the restored
 * bookings are exactly the first k of the sequence (a consistent snapshot).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { settableClock } from '../../src/domain/clock';
import { activityRuns } from '../../src/domain/activityCalendar';
import { addDays } from '../../src/domain/parisTime';
import { DiskFileStore } from '../../src/files';
import { buildCore, type Core } from '../../src/index';
import { loadConfig } from '../../src/config';
import { startProcess, type Started } from '../../src/cli/bench/http';
import { restoreBackup } from '../../src/ops/restore';
import { linkedDurand } from '../support/accounts';
import { ROOT, tempConfig } from '../support/harness';
import { rowsOf } from '../support/sql';

const REGISTER = ['-r', path.join(ROOT, 'test', 'support', 'tsRegister.js')];
jest.setTimeout(120_000);

const open: Core[] = [];
let running: Started | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
  for (const core of open.splice(0)) await core.close();
});

const envOf = (dataDir: string) => ({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', JOBS: 'off', PASSWORD_COST: '14', DEMO_DATA: 'false' });

/** `npm run admin -- ARGS` as a process of its own, on the TypeScript sources. */
function admin(args: string[], env: Record<string, string>): { done: Promise<number> } {
  const child = spawn(process.execPath, ['--no-deprecation', ...REGISTER, path.join(ROOT, 'src', 'admin', 'cli.ts'), ...args], { env, stdio: 'ignore' });
  return { done: new Promise((resolve) => child.once('exit', (code) => resolve(code ?? -1))) };
}

const confirmedBookings = (core: Core) =>
  rowsOf<{ child_id: number; activity_id: number; day: string }>(core, sql`select child_id, activity_id, day from reservations where status = 'confirmed' order by id`);

it('backs up during bookings; the restored instance serves and holds every booking, invoice, payment, paper and the key', async () => {
  const config = tempConfig();
  const clock = settableClock('2026-11-18T14:00:00Z');
  const core = buildCore(config, clock);
  open.push(core);
  const { service } = core;
  const commune = await service.getCommune('carrieres-sous-poissy');
  const durand = await linkedDurand(core);
  const household = (await service.deps.repos.households.findByFileNumber(commune.id, 'CSP-F-000101'))!;
  const children = await service.deps.repos.households.listChildren(household.id);
  const activities = (await service.listActivities(commune.id)).filter((a) => ['canteen', 'morning', 'evening'].includes(a.code));

  // Before the backup: a paid invoice, an unpaid one, a paper, a family key.
  const paid = await service.invoices.createOneOff(commune.id, 'CSP-F-000101', 'Séjour', 7380, undefined, 'agent');
  const { attempt } = await service.payments.start(durand, paid.id);
  expect(await service.payments.notified({ reference: attempt.reference, amountCents: 7380, authorization: '123456', errorCode: '00000' })).toBe('paid');
  const unpaid = await service.invoices.createOneOff(commune.id, 'CSP-F-000101', 'Classe verte', 12000, undefined, 'agent');
  const paper = await new DiskFileStore(config.uploadsDir).save('requests', 'pdf', Buffer.from('%PDF-1.4 avis'));
  const { key } = await service.issueFamilyKey(commune.id, 'CSP-F-000101');

  const enrolled: Record<string, string[]> = { Léa: ['morning', 'canteen'], Hugo: ['evening', 'canteen'] };
  // Bookings one day at a time, each its own basket, in a known order.
  const wishes: Array<{ childId: number; activityId: number; day: string }> = [];
  for (let day = '2026-12-07'; day < '2027-06-30'; day = addDays(day, 1)) {
    for (const a of activities) {
      if (!activityRuns(a, service.schoolCalendarOf(a), day).runs) continue;
      for (const child of children) if ((a.level === 'all' || a.level === child.level) && enrolled[child.firstName]?.includes(a.code)) wishes.push({ childId: child.id, activityId: a.id, day });
    }
  }
  const book = async (w: (typeof wishes)[number]) => {
    const basket = await service.reservations.planBasket(durand, w.activityId, [{ childId: w.childId, day: w.day, action: 'add' }]);
    const result = await service.reservations.confirmBasket(durand, commune, basket.id);
    expect(result.kind).toBe('confirmed');
  };
  for (const w of wishes.slice(0, 20)) await book(w);
  const before = await confirmedBookings(core);
  expect(before).toHaveLength(20);

  const backupDir = path.join(config.dataDir, '..', `${path.basename(config.dataDir)}-backup`);
  const backup = admin(['backup', backupDir], envOf(config.dataDir));
  let exited: number | undefined;
  void backup.done.then((code) => (exited = code));
  let next = 20;
  while (exited === undefined && next < wishes.length) {
    await book(wishes[next]!);
    next += 1;
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect(await backup.done).toBe(0);
  const sequence = await confirmedBookings(core);
  // Bookings were confirmed while the backup process ran.
  expect(sequence.length).toBeGreaterThan(before.length);

  // Restored into a new data folder, the bot started on it answers.
  const target = tempConfig({ DEMO_DATA: 'false' });
  fs.rmSync(target.dataDir, { recursive: true });
  const restored = await restoreBackup(target, backupDir);
  expect(restored.ok).toBe(true);
  running = await startProcess(path.join(ROOT, 'src', 'index.ts'), envOf(target.dataDir), REGISTER);
  const health = await fetch(`http://127.0.0.1:${running.port}/healthz`);
  expect(health.status).toBe(200);
  // While it runs, a restore over it is refused, even with --force, and changes nothing.
  const sizeBefore = fs.statSync(target.databaseFile).size;
  const refused = await restoreBackup(target, backupDir, { force: true });
  expect(refused).toEqual({ ok: false, problems: [{ code: 'running', file: target.databaseFile }] });
  expect(fs.readdirSync(target.dataDir).some((n) => n.startsWith('replaced-'))).toBe(false);
  expect(fs.statSync(target.databaseFile).size).toBe(sizeBefore);
  await running.stop();
  running = undefined;

  const again = buildCore(loadConfig(envOf(target.dataDir), ROOT), clock);
  open.push(again);
  const found = await confirmedBookings(again);
  // Every booking confirmed before the backup, and the rest a prefix of those made while it ran.
  expect(found.length).toBeGreaterThanOrEqual(before.length);
  expect(found).toEqual(sequence.slice(0, found.length));
  const invoices = await rowsOf<{ number: string; status: string; total_cents: number }>(again, sql`select number, status, total_cents from invoices order by id`);
  expect(invoices).toEqual([
    { number: paid.number, status: 'paid', total_cents: 7380 },
    { number: unpaid.number, status: 'issued', total_cents: 12000 },
  ]);
  expect(await rowsOf(again, sql`select reference, status, amount_cents from payments`)).toEqual([{ reference: attempt.reference, status: 'paid', amount_cents: 7380 }]);
  expect(fs.readFileSync(path.join(target.uploadsDir, paper), 'utf8')).toBe('%PDF-1.4 avis');
  // The key material came back: the family key issued before the backup still links an account.
  const newcomer = await again.service.deps.repos.accounts.create({ communeId: commune.id, email: 'paul.durand@example.org', civility: null, firstName: 'Paul', lastName: 'DURAND', phone: null, address: null });
  const linked = await again.service.accounts.enterFamilyKey(newcomer, key);
  expect(linked.ok && linked.household.fileNumber).toBe('CSP-F-000101');
  expect(fs.statSync(path.join(target.dataDir, 'secret.key')).mode & 0o777).toBe(0o600);
  expect(fs.statSync(backupDir).mode & 0o777).toBe(0o700);
});
