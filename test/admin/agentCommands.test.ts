/**
 * `admin agent …` on a fresh SQLite data folder: add, list, roles, disable, enable, link and
 * reset-2fa change the agents' rows as the back office does, audited under `admin`; mistyped
 * words and e-mails get a suggestion and change nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../db/client';
import { agents, auditLog } from '../../db/schema';
import { runAdmin } from '../support/adminRun';

const SECRET = 'ab'.repeat(32);
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'admin-agents-'));
});

const run = (...argv: string[]) => runAdmin(argv, { DATA_DIR: dir, LOG_LEVEL: 'silent', SECRET_KEY: SECRET, PUBLIC_URL: 'https://bot.example.fr' });

function store<T>(fn: (db: Db) => T): T {
  const db = openDatabase({ file: path.join(dir, 'espace-citoyens.sqlite'), migrationsFolder: path.resolve(__dirname, '../../db/migrations') });
  try {
    return fn(db);
  } finally {
    db.$client.close();
  }
}

const row = (email: string) => store((db) => db.select().from(agents).all().find((a) => a.email === email));
const audited = (action: string) => store((db) => db.select().from(auditLog).all().filter((a) => a.action === action).map((a) => a.actor));
const mails = () => (fs.existsSync(path.join(dir, 'outbox')) ? fs.readdirSync(path.join(dir, 'outbox')).length : 0);

it('adds agents, roles in any case and with accents, and lists them', async () => {
  expect((await run('agent', 'add', '--commune', 'carrieres-sous-poissy', '--email', 'Marie@Example.org', '--roles', 'État civil, RÉGIE')).code).toBe(0);
  expect(row('marie@example.org')).toMatchObject({ roles: 'etat-civil,regie', disabledAt: null, passwordHash: null });
  expect((await run('agent', 'add', '--commune', 'carrieres-sous-poissy', '--email', 'paul@example.org', '--roles', 'administration')).code).toBe(0);
  expect((await run('agent', 'add', '--commune', 'carrieres-sous-poissy', '--email', 'x@example.org', '--roles', 'maire')).code).toBe(1);
  expect(row('x@example.org')).toBeUndefined();
  const list = await run('agent', 'list', '--commune', 'carrieres-sous-poissy');
  expect(list.code).toBe(0);
  expect(list.out.split('\n').filter((l) => /@example\.org/.test(l)).map((l) => l.split(/\s+/)[1])).toEqual(['marie@example.org', 'paul@example.org']);
  expect((await run('agent', 'list')).code).toBe(2);
});

it('changes roles, disables, enables and mails a new link, audited under admin', async () => {
  expect((await run('agent', 'roles', '--email', 'MARIE@example.org', '--roles', 'periscolaire')).code).toBe(0);
  expect(row('marie@example.org')?.roles).toBe('periscolaire');
  expect((await run('agent', 'disable', '--email', 'marie@example.org')).code).toBe(0);
  expect(row('marie@example.org')?.disabledAt).not.toBeNull();
  // A link for a disabled agent: refused, nothing mailed.
  const before = mails();
  expect((await run('agent', 'link', '--email', 'marie@example.org')).code).toBe(1);
  expect(mails()).toBe(before);
  expect((await run('agent', 'enable', '--email', 'marie@example.org')).code).toBe(0);
  expect(row('marie@example.org')?.disabledAt).toBeNull();
  const linkHash = row('marie@example.org')?.linkHash;
  expect((await run('agent', 'link', '--email', 'marie@example.org')).code).toBe(0);
  expect(mails()).toBe(before + 1);
  expect(row('marie@example.org')?.linkHash).not.toBe(linkHash);
  // The command may leave a commune without administrator (it is the way back in).
  expect((await run('agent', 'disable', '--email', 'paul@example.org')).code).toBe(0);
  expect(row('paul@example.org')?.disabledAt).not.toBeNull();
  for (const action of ['agent.rolesChanged', 'agent.enabled', 'agent.linkSent']) expect([action, audited(action)]).toEqual([action, ['admin']]);
  expect(audited('agent.disabled')).toEqual(['admin', 'admin']);
});

it('suggests a mistyped word or e-mail, and changes nothing', async () => {
  const typo = await run('agent', 'dissable', '--email', 'marie@example.org');
  expect(typo.code).toBe(2);
  expect(typo.err).toContain('agent disable');
  expect(row('marie@example.org')?.disabledAt).toBeNull();
  const unknown = await run('agent', 'disable', '--email', 'mari@example.org');
  expect(unknown.code).toBe(1);
  expect(unknown.err).toContain('marie@example.org');
  expect(row('marie@example.org')?.disabledAt).toBeNull();
  expect((await run('agent', 'roles', '--email', 'marie@example.org')).code).toBe(2);
  expect((await run('agent', 'reset-2fa', '--email', 'marie@example.org')).code).toBe(0);
  expect(audited('agent.totpReset')).toEqual([]);
});
