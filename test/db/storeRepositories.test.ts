/**
 * The repositories written on db/store.ts give the same answers on SQLite and on PostgreSQL:
 * communes (JSON columns read back as objects), the audit log, remembered conversations (the
 * latest wins, saved again in place). The PostgreSQL half is skipped without a server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/client';
import { AuditRepository } from '../../db/repositories/auditRepository';
import { CommuneRepository } from '../../db/repositories/communeRepository';
import { ConversationRefRepository } from '../../db/repositories/conversationRefRepository';
import { postgresStore } from '../../db/postgresStore';
import { sqliteStore } from '../../db/sqliteStore';
import type { Store } from '../../db/store';
import { describePostgres, freshDatabase } from '../support/postgres';

const services = [{ id: 'mairie', name: 'Mairie', phone: '01 39 22 36 00', email: 'mairie@example.fr', address: '1 place', hours: [] }];
const topics = { general: 'mairie' };

function cases(open: () => Promise<{ store: Store; close(): Promise<void> }>) {
  let store: Store;
  let close: () => Promise<void>;
  let accountId: number;
  beforeEach(async () => {
    ({ store, close } = await open());
    const { communes, accounts } = store.tables;
    await store.db.insert(communes).values([
      { id: 'zeta', name: 'Zeta-sur-Seine', portalName: 'Espace Citoyens', portalUrl: 'https://z.example.fr', familyKeyName: 'code famille', schoolZone: 'C', requestPrefix: 'ZSS', services, topics },
      { id: 'alpha', name: 'Alpha-les-Vignes', portalName: 'Espace Famille', portalUrl: 'https://a.example.fr', familyKeyName: 'Clé Enfance', schoolZone: 'C', requestPrefix: 'ALV', services, topics, accentColor: '#005a9c' },
    ]);
    const [row] = await store.db.insert(accounts).values({ communeId: 'alpha', email: 'a@example.org', firstName: 'A', lastName: 'B' }).returning({ id: accounts.id });
    accountId = (row as { id: number }).id;
  });
  afterEach(() => close());

  it('reads communes back with their services and topics, in name order', async () => {
    const repo = new CommuneRepository(store);
    expect((await repo.list()).map((c) => c.id)).toEqual(['alpha', 'zeta']);
    expect(await repo.get('alpha')).toEqual({ id: 'alpha', name: 'Alpha-les-Vignes', portalName: 'Espace Famille', portalUrl: 'https://a.example.fr', familyKeyName: 'Clé Enfance', schoolZone: 'C', requestPrefix: 'ALV', services, topics, accentColor: '#005a9c' });
    expect(await repo.get('nowhere')).toBeUndefined();
  });

  it('appends to the audit log and counts by action, subject and time', async () => {
    const repo = new AuditRepository(store);
    await repo.append({ actor: 'system', action: 'code.sent', subject: 'a@example.org', details: { purpose: 'sign_in' } }, '2026-11-23T09:00:00.000Z');
    await repo.append({ actor: 'system', action: 'code.sent', subject: 'a@example.org' }, '2026-11-23T10:00:00.000Z');
    await repo.append({ actor: 'system', action: 'code.sent', subject: 'b@example.org' }, '2026-11-23T10:00:00.000Z');
    expect(await repo.count('code.sent', 'a@example.org', '2026-11-23T09:30:00.000Z')).toBe(1);
    expect(await repo.count('code.sent', 'a@example.org', '2026-11-23T00:00:00.000Z')).toBe(2);
    expect(await repo.count('code.checked', 'a@example.org', '2026-11-23T00:00:00.000Z')).toBe(0);
  });

  it('remembers the latest conversation of an account, a conversation saved again in place', async () => {
    const repo = new ConversationRefRepository(store);
    const ref = (conversationId: string, updatedAt: string) => ({ channelId: 'webchat', userId: 'u1', conversationId, communeId: 'alpha', accountId, reference: { conversation: { id: conversationId } }, updatedAt });
    await repo.save(ref('c1', '2026-11-23T09:00:00.000Z'));
    await repo.save(ref('c2', '2026-11-23T10:00:00.000Z'));
    expect((await repo.latestFor(accountId))?.conversationId).toBe('c2');
    await repo.save(ref('c1', '2026-11-23T11:00:00.000Z'));
    expect(await repo.latestFor(accountId)).toEqual(ref('c1', '2026-11-23T11:00:00.000Z'));
    expect(await repo.latestFor(accountId + 1)).toBeUndefined();
  });
}

describe('on SQLite', () => {
  cases(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-'));
    const db = openDatabase({ file: path.join(dir, 'store.sqlite'), migrationsFolder: path.join(__dirname, '..', '..', 'db', 'migrations') });
    return {
      store: sqliteStore(db),
      close: async () => {
        db.$client.close();
      },
    };
  });
});

describePostgres('on PostgreSQL', () => {
  cases(async () => {
    const fresh = await freshDatabase();
    return { store: postgresStore(fresh.db), close: () => fresh.drop() };
  });
});
