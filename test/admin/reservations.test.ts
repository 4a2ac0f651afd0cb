/**
 * The agents' side of bookings: list the bookings waiting for instruction, validate or refuse
 * them (the family is mailed), and the day's head-count per school for the kitchens (table, CSV).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { fixedClock } from '../../src/domain/clock';
import { openCore } from '../../src/index';
import { outboxMails } from '../support/outbox';
import { ROOT, tempConfig } from '../support/harness';
import { runAdmin } from '../support/adminRun';

const SECRET = 'ab'.repeat(32);
let dir: string;
/** The instance's PostgreSQL database in the PostgreSQL run (none on SQLite). */
let database: Record<string, string>;
const env = () => ({ DATA_DIR: dir, LOG_LEVEL: 'silent', SECRET_KEY: SECRET, ...database });

const run = (...argv: string[]) => runAdmin(argv, env());

/** Léa books the canteen on 1 December (late: pending) and 3 and 4 December (on time); Hugo on 3 December. */
async function bookSomeDays(): Promise<void> {
  const core = await openCore(loadConfig(env(), ROOT), fixedClock('2026-11-18T14:00:00Z'));
  try {
    const repos = core.service.deps.repos;
    const household = await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
    const created = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'francoise.durand@example.org', civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: null, address: null });
    await repos.accounts.linkHousehold(created.id, household?.id as number);
    const account = (await repos.accounts.get(created.id))!;
    const children = await repos.households.listChildren(household?.id as number);
    const lea = children.find((c) => c.firstName === 'Léa')!.id;
    const hugo = children.find((c) => c.firstName === 'Hugo')!.id;
    const canteen = (await core.service.listActivities('carrieres-sous-poissy')).find((a) => a.code === 'canteen')!.id;
    const commune = await core.service.getCommune('carrieres-sous-poissy');
    const basket = await core.service.reservations.planBasket(account, canteen, [
      { childId: lea, day: '2026-12-01', action: 'add' },
      { childId: lea, day: '2026-12-03', action: 'add' },
      { childId: lea, day: '2026-12-04', action: 'add' },
      { childId: hugo, day: '2026-12-03', action: 'add' },
    ]);
    await core.service.reservations.confirmBasket(account, commune, basket.id);
  } finally {
    await core.close();
  }
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'admin-res-'));
  const { postgres } = tempConfig({ DATA_DIR: dir });
  database = postgres ? { DATABASE_URL: postgres.url } : {};
  await bookSomeDays();
});

describe('admin: bookings waiting for instruction', () => {
  it('lists them, validates by number and tells the family by e-mail', async () => {
    const listed = await run('pending-reservations', '--commune', 'carrieres-sous-poissy');
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/2026-12-01\s+Léa DURAND\s+Restauration scolaire\s+majoration 20 %/);
    expect(listed.out).toContain('Réservations en attente : 1');
    const id = /^(\d+)\s+2026-12-01/m.exec(listed.out)?.[1] as string;

    const validated = await run('validate-reservations', '--id', `${id},999`);
    expect(validated.code).toBe(0);
    expect(validated.out).toContain('Réservations validées : 1. Les familles sont prévenues par e-mail.');
    expect(validated.out).toContain('Pas en attente d\'instruction, donc non modifiées : 999.');
    const mail = outboxMails(path.join(dir, 'outbox')).find((m) => m.includes('To: francoise.durand@example.org') && m.includes('valid'));
    expect(mail).toBeDefined();
    expect((await run('pending-reservations')).out).toContain('Aucune réservation en attente d\'instruction.');
  });

  it('refuses all of a commune with a message, and needs --id or --all', async () => {
    expect((await run('refuse-reservations', '--message', 'Complet')).err).toContain('Indiquez --id 12,13 ou --all avec --commune.');
    expect((await run('refuse-reservations', '--all', '--message', 'Complet')).err).toContain('Il manque l\'option --commune');
    expect((await run('validate-reservations', '--id', 'abc')).err).toContain('Indiquez les numéros des réservations');
    const refused = await run('refuse-reservations', '--all', '--commune', 'carrieres-sous-poissy', '--message', 'Plus de place à la cantine ce jour-là.');
    expect(refused.out).toContain('Réservations refusées : 1.');
    const mail = outboxMails(path.join(dir, 'outbox')).map((m) => m.replace(/=\r?\n/g, '')).find((m) => m.includes('Plus de place'));
    expect(mail).toBeDefined();
  });
});

describe('admin: head-count for the kitchens', () => {
  it('counts the children per school and activity, as a table and as a CSV file', async () => {
    const table = await run('headcount', '--commune', 'carrieres-sous-poissy', '--day', '2026-12-03', '--activity', 'canteen', '--school', 'parc');
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/École du Parc\s+Restauration scolaire\s+2/);
    expect(table.out).toContain('Total : 2');
    // The school typed without accents nor capitals, or with them: the same children (it counted 0 before).
    for (const school of ['ecole du parc', 'ÉCOLE DU PARC', 'Ecole-du-Parc']) {
      const typed = await run('headcount', '--commune', 'carrieres-sous-poissy', '--day', '2026-12-03', '--activity', 'canteen', '--school', school);
      expect([school, typed.out]).toEqual([school, expect.stringContaining('Total : 2')]);
    }
    expect((await run('headcount', '--commune', 'carrieres-sous-poissy', '--day', '2026-12-03', '--school', 'ecole des pins')).out).toContain('Total : 0');
    const file = path.join(dir, 'repas.csv');
    const csv = await run('headcount', '--commune', 'carrieres-sous-poissy', '--day', '2026-12-03', '--csv', file);
    expect(csv.out).toContain(`Fichier ${file} écrit. Lignes : 1.`);
    expect(fs.readFileSync(file, 'utf8')).toBe('\ufeffÉcole;Activité;Enfants\nÉcole du Parc;Restauration scolaire;2\n');
    expect((await run('headcount', '--commune', 'carrieres-sous-poissy', '--day', '2026-12-05')).out).toContain('Aucun enfant réservé ce jour-là.');
  });

  it('refuses a bad day or activity with a French message', async () => {
    const badDay = await run('headcount', '--commune', 'carrieres-sous-poissy', '--day', '2026-02-30');
    expect(badDay.code).toBe(1);
    expect(badDay.err).toContain('La date « 2026-02-30 » n\'est pas valide');
    const badActivity = await run('headcount', '--commune', 'carrieres-sous-poissy', '--day', '2026-12-03', '--activity', 'piscine');
    expect(badActivity.err).toContain('L\'activité « piscine » n\'existe pas');
    expect((await run('headcount', '--commune', 'nulle-part', '--day', '2026-12-03')).code).toBe(1);
  });
});
