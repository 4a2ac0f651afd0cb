/**
 * « mes données »: a household with at least one of everything, exported and mailed; the
 * attachment is compared with the tables read in SQL (every row of the account and its
 * household, every column but the secret or technical ones left out, nothing of another
 * family), and holds no secret. Runs on SQLite and on PostgreSQL.
 */
import { getTableColumns, sql, type SQL, type Table } from 'drizzle-orm';
import * as schema from '../../db/schema';
import { userStateKey } from '../../src/domain/accountData';
import { settableClock } from '../../src/domain/clock';
import type { Account, Commune } from '../../src/domain/types';
import { openCore, type Core } from '../../src/index';
import { tempConfig } from '../support/harness';
import { lastCode, outboxMails } from '../support/outbox';
import { oneOf, rowsOf } from '../support/sql';

const EMAIL = 'claire.martin@example.org';
const PASSWORD = 'Velo-Rouge-Colline-2026!';
const PDF = new TextEncoder().encode('%PDF-1.4\n% certificat\n');
type Row = Record<string, unknown>;
type Export = Record<string, unknown> & { account: Row; household: Row | null; channelSettings: Row[] };

let core: Core;
let commune: Commune;
afterEach(async () => {
  await core.close();
});

/** The mail's mes-donnees.json attachment, parsed. */
function attachedExport(mail: string): { text: string; json: Export } {
  expect(mail).toContain('mes-donnees.json');
  const base64 = /Content-Type: application\/json[\s\S]*?Content-Transfer-Encoding: base64\r?\n[\s\S]*?\r?\n\r?\n([\s\S]*?)\r?\n--/.exec(mail)?.[1] ?? '';
  const text = Buffer.from(base64.replace(/\s/g, ''), 'base64').toString('utf8');
  return { text, json: JSON.parse(text) as Export };
}

/** A row as SQL gives it, as the export says it: property names, booleans, parsed JSON, without the columns left out. */
function asExported(table: Table, raw: Row, leftOut: string[] = []): Row {
  const out: Row = {};
  for (const [name, column] of Object.entries(getTableColumns(table))) {
    if (leftOut.includes(name)) continue;
    const value = raw[column.name];
    if (value === null || value === undefined) out[name] = null;
    else if (column.columnType === 'SQLiteBoolean') out[name] = value === true || Number(value) === 1;
    else if (column.columnType === 'SQLiteTextJson' && typeof value === 'string') out[name] = JSON.parse(value) as unknown;
    else out[name] = value;
  }
  return out;
}

/** Every key in a JSON value, at any depth. */
const keysOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(keysOf) : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]) : [];

/** Another family of the commune, with a booking, an invoice, a paper and a démarche of its own: none of it may appear. */
async function anotherFamily(childActivity: number): Promise<number> {
  const repos = core.service.deps.repos;
  await repos.households.importFamilies(commune.id, [{
    household: { communeId: commune.id, fileNumber: 'CSP-F-000999', name: 'BERNARD', address: null, postalCode: null, city: null, quotientFamilial: null },
    representatives: [{ role: 'representative', civility: 'monsieur', firstName: 'Marc', lastName: 'BERNARD', email: 'marc.bernard@example.org', phone: null }],
    children: [{ firstName: 'Noé', lastName: 'BERNARD', birthDate: '2018-03-02', school: null, level: 'elementaire', enrolments: [{ activityId: childActivity, schoolYear: '2026-2027' }] }],
  }]);
  const other = (await repos.households.findByFileNumber(commune.id, 'CSP-F-000999'))!;
  const [child] = await repos.households.listChildren(other.id);
  const basket = await repos.reservations.createBasket({ householdId: other.id, accountId: null, activityId: childActivity, changes: [{ childId: child!.id, day: '2026-12-01', action: 'add', status: 'confirmed', late: false, surchargePercent: 0, timing: 'onTime' }], createdAt: '2026-11-18T14:00:00.000Z' });
  await repos.reservations.confirmBasket(basket, 'CSP-RES-2026', undefined, '2026-11-18T14:00:00.000Z');
  await repos.invoices.createMany('CSP-FAC-2026', [{ householdId: other.id, label: 'Autre famille', periodStart: null, periodEnd: null, issuedOn: '2026-11-18', dueOn: '2026-12-18', kind: 'oneOff', lines: [{ childId: child!.id, activityId: null, label: 'Sortie', quantity: 1, unitPriceCents: 900, amountCents: 900 }] }]);
  await repos.documents.add({ householdId: other.id, kind: 'autre', fileName: 'autre.pdf', mimeType: 'application/pdf', sizeBytes: 10, storagePath: 'x/autre.pdf', createdAt: '2026-11-18T14:00:00.000Z' });
  await core.service.requests.submit({ commune, kind: 'civil_status_act', email: 'marc.bernard@example.org', data: { nom: 'BERNARD' }, locale: 'fr' });
  return other.id;
}

it('mails every row kept about the account and its household, with the same values, and no secret', async () => {
  const clock = settableClock('2026-11-18T14:00:00Z');
  core = await openCore(tempConfig(), clock);
  const { service } = core;
  const repos = service.deps.repos;
  commune = await service.getCommune('carrieres-sous-poissy');
  const outbox = core.config.outboxDir;

  // The account: created, signed in with a code, a password chosen, a sign-in page link used, the family key entered.
  const created = await repos.accounts.create({ communeId: commune.id, email: EMAIL, civility: 'madame', firstName: 'Claire', lastName: 'MARTIN', phone: '06 12 34 56 78', address: '3 rue des Lilas' });
  await service.accounts.startSignIn(commune, EMAIL, 'fr');
  expect(await service.accounts.confirmSignIn(commune, EMAIL, lastCode(outbox, EMAIL), 'channel-user-1')).toMatchObject({ ok: true });
  await service.passwords.mailPasswordLink(created, commune, 'fr', 'https://bot.example.org', 'create');
  const passwordToken = /mot-de-passe\/([A-Za-z0-9_-]{43})/.exec(outboxMails(outbox).at(-1)!.replace(/=\r?\n/g, ''))![1]!;
  expect(await service.passwords.setPassword(passwordToken, PASSWORD, PASSWORD)).toMatchObject({ ok: true });
  const signInToken = await service.passwords.signInLink(commune, 'channel-user-1');
  expect(await service.passwords.checkPagePassword(signInToken, EMAIL, PASSWORD)).toMatchObject({ ok: true });
  const { key: familyKey, household } = await service.issueFamilyKey(commune.id, 'CSP-F-000101');
  expect(await service.accounts.enterFamilyKey(created, familyKey)).toMatchObject({ ok: true });
  const account = (await repos.accounts.get(created.id)) as Account;

  // Bookings (one confirmed, one cancelled), an absence with its reason and paper, papers sent, démarches, a reminder.
  const [enrolment] = await repos.households.listEnrolments(household.id);
  const { childId, activityId } = enrolment!;
  const change = (day: string, action: 'add' | 'remove') => ({ childId, day, action, status: 'confirmed' as const, late: false, surchargePercent: 0, timing: 'onTime' });
  const first = await repos.reservations.createBasket({ householdId: household.id, accountId: account.id, activityId, changes: [change('2026-12-01', 'add'), change('2026-12-03', 'add')], createdAt: '2026-11-18T14:00:00.000Z' });
  await repos.reservations.confirmBasket(first, 'CSP-RES-2026', undefined, '2026-11-18T14:01:00.000Z');
  const second = await repos.reservations.createBasket({ householdId: household.id, accountId: account.id, activityId, changes: [change('2026-12-03', 'remove')], createdAt: '2026-11-18T14:02:00.000Z' });
  await repos.reservations.confirmBasket(second, 'CSP-RES-2026', undefined, '2026-11-18T14:03:00.000Z');
  const certificate = await service.documents.add(account, 'certificat_medical', 'certificat.pdf', PDF);
  if (!certificate.ok) throw new Error('the paper was refused');
  await repos.reservations.addAbsences([{ childId, activityId, day: '2026-12-01', reason: 'maladie', justified: true, documentId: certificate.document.id }], [], '2026-11-18T14:04:00.000Z');
  const kept = await service.documents.keepForRequest('livret.pdf', PDF);
  if (!kept.ok) throw new Error('the paper was refused');
  const mine = await service.requests.submit({ commune, kind: 'civil_status_act', email: EMAIL, data: { nom: 'MARTIN' }, locale: 'fr', account, papers: [{ documentId: kept.paper.documentId, kind: 'livret_famille' }] });
  await service.requests.decide(mine, 'in_progress', 'Nous traitons votre demande.');
  await service.requests.submit({ commune, kind: 'electoral_roll', email: EMAIL.toUpperCase(), data: { nom: 'MARTIN' }, locale: 'fr' });

  // An invoice, one payment attempt refused and one still pending.
  const [invoice] = await repos.invoices.createMany('CSP-FAC-2026', [{ householdId: household.id, label: 'Cantine décembre 2026', periodStart: '2026-12-01', periodEnd: '2026-12-31', issuedOn: '2026-11-18', dueOn: '2026-12-18', kind: 'monthly', lines: [{ childId, activityId, label: 'Cantine', quantity: 1, unitPriceCents: 410, amountCents: 410 }] }]);
  const refused = await service.payments.start(account, invoice!.id);
  expect(await repos.invoices.settle(refused.attempt.reference, { paid: false, authorization: null, errorCode: '00105', at: '2026-11-18T14:10:00.000Z' })).toBe('refused');
  const pending = await service.payments.start(account, invoice!.id);
  await repos.reminders.plan([{ accountId: account.id, kind: 'invoiceDue', key: `invoice:${invoice!.id}`, params: { number: invoice!.number, amount: '4,10 €' }, expiresOn: '2026-12-18' }]);

  // The channel it was reached in, and that channel user's settings.
  await service.rememberConversation(account, { channelId: 'webchat', userId: 'dl_user-1', conversationId: 'conv-1', reference: { channelId: 'webchat', serviceUrl: 'https://bot.example.org' } });
  await core.stateRepository.write(userStateKey('webchat', 'dl_user-1'), JSON.stringify({ profile: { communeId: commune.id, plain: true } }), undefined);
  const otherHousehold = await anotherFamily(activityId);

  await service.accounts.mailDataExport(account, commune, 'fr');
  // The export's mail, whichever came last: the requests' receipts go through the outbox and may be delivered after it.
  const mail = outboxMails(outbox).find((m) => m.includes('mes-donnees.json')) ?? outboxMails(outbox).at(-1)!;
  expect(mail).toContain(`To: ${EMAIL}`);
  const { text, json } = attachedExport(mail);

  // Each table: the rows SQL finds for the account or its household, as exported (columns left out named).
  const A = account.id;
  const H = household.id;
  const children = sql`(select id from children where household_id = ${H})`;
  const requests = sql`(select id from requests where commune_id = ${commune.id} and (account_id = ${A} or lower(requester_email) = ${EMAIL}))`;
  const invoices = sql`(select id from invoices where household_id = ${H})`;
  const tables: Array<[string, Table, SQL, string[]]> = [
    ['representatives', schema.representatives, sql`select * from representatives where household_id = ${H} order by id`, []],
    ['children', schema.children, sql`select * from children where household_id = ${H} order by id`, []],
    ['enrolments', schema.enrolments, sql`select * from enrolments where child_id in ${children} order by id`, []],
    ['familyKeys', schema.familyKeys, sql`select * from family_keys where household_id = ${H} order by id`, ['keyHash', 'selector']],
    ['reservations', schema.reservations, sql`select * from reservations where child_id in ${children} order by id`, []],
    ['baskets', schema.baskets, sql`select * from baskets where household_id = ${H} order by id`, []],
    ['absences', schema.absences, sql`select * from absences where child_id in ${children} order by id`, []],
    ['documents', schema.documents, sql`select * from documents where household_id = ${H} or request_id in ${requests} order by id`, ['storagePath']],
    ['invoices', schema.invoices, sql`select * from invoices where household_id = ${H} order by id`, []],
    ['invoiceLines', schema.invoiceLines, sql`select * from invoice_lines where invoice_id in ${invoices} order by id`, []],
    ['payments', schema.payments, sql`select * from payments where invoice_id in ${invoices} or account_id = ${A} order by id`, []],
    ['requests', schema.requests, sql`select * from requests where id in ${requests} order by id`, ['conversationRef']],
    ['requestEvents', schema.requestEvents, sql`select * from request_events where request_id in ${requests} order by id`, []],
    ['reminders', schema.reminders, sql`select * from reminders where account_id = ${A} order by id`, []],
    ['sessions', schema.sessions, sql`select * from sessions where account_id = ${A} order by id`, []],
    ['oneTimeCodes', schema.oneTimeCodes, sql`select * from one_time_codes where account_id = ${A} order by id`, ['codeHash']],
    ['linkTokens', schema.linkTokens, sql`select * from link_tokens where account_id = ${A} order by id`, ['tokenHash', 'codeHash']],
    ['conversations', schema.conversationRefs, sql`select * from conversation_refs where account_id = ${A} order by id`, ['reference']],
    ['auditLog', schema.auditLog, sql`select * from audit_log where actor = ${`account:${A}`} or subject = ${`account:${A}`} or subject = ${`household:${H}`} order by id`, []],
  ];
  for (const [key, table, query, leftOut] of tables) {
    const expected = (await rowsOf(core, query)).map((r) => asExported(table, r, leftOut));
    expect({ key, count: expected.length > 0 }).toEqual({ key, count: true });
    expect({ key, rows: json[key] }).toEqual({ key, rows: expected });
  }
  expect(json.account).toEqual({ ...asExported(schema.accounts, (await oneOf(core, sql`select * from accounts where id = ${A}`))!, ['passwordHash']), hasPassword: true });
  expect(json.household).toEqual(asExported(schema.households, (await oneOf(core, sql`select * from households where id = ${H}`))!));
  expect(json.channelSettings).toEqual([{ channelId: 'webchat', userId: 'dl_user-1', settings: { profile: { communeId: commune.id, plain: true } }, updatedAt: expect.any(String) }]);
  expect(json).toMatchObject({ format: 'espace-citoyens/mes-donnees/1', exportedAt: '2026-11-18T14:00:00.000Z' });

  // What the resident did is all there: both démarches (one sent without signing in), both attempts with their status.
  expect((json.requests as Row[]).map((r) => [r.kind, r.accountId])).toEqual([['civil_status_act', A], ['electoral_roll', null]]);
  expect((json.payments as Row[]).map((p) => [p.reference, p.status, p.errorCode])).toEqual([[refused.attempt.reference, 'refused', '00105'], [pending.attempt.reference, 'pending', null]]);
  expect((json.reservations as Row[]).map((r) => [r.day, r.status])).toEqual(expect.arrayContaining([['2026-12-01', 'confirmed'], ['2026-12-03', 'cancelled']]));
  expect(json.absences).toEqual(expect.arrayContaining([expect.objectContaining({ reason: 'maladie', justified: true, documentId: certificate.document.id })]));
  expect(json.invoices).toEqual(expect.arrayContaining([expect.objectContaining({ number: invoice!.number, totalCents: 410 })]));
  expect(text).not.toContain('BERNARD');
  expect(text).not.toMatch(new RegExp(`"householdId": ${otherHousehold}\\b`));

  // No secret: no hash column, and none of the stored hashes or the tokens and key given in clear.
  expect(keysOf(json).filter((k) => ['passwordHash', 'keyHash', 'selector', 'codeHash', 'tokenHash', 'storagePath', 'conversationRef'].includes(k))).toEqual([]);
  const secrets = [
    ...(await rowsOf<{ s: string | null }>(core, sql`select password_hash as s from accounts where id = ${A}`)),
    ...(await rowsOf<{ s: string | null }>(core, sql`select key_hash as s from family_keys where household_id = ${H}`)),
    ...(await rowsOf<{ s: string | null }>(core, sql`select code_hash as s from one_time_codes where account_id = ${A}`)),
    ...(await rowsOf<{ s: string | null }>(core, sql`select token_hash as s from link_tokens where account_id = ${A}`)),
    ...(await rowsOf<{ s: string | null }>(core, sql`select code_hash as s from link_tokens where account_id = ${A} and code_hash is not null`)),
  ].map((r) => r.s);
  expect(secrets.length).toBeGreaterThanOrEqual(6);
  for (const secret of [...secrets, passwordToken, signInToken, refused.token, pending.token, familyKey, familyKey.replace(/-/g, ''), PASSWORD]) {
    expect(secret).toBeTruthy();
    expect(text).not.toContain(secret);
  }
});
