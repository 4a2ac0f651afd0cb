/**
 * Attempt limits under concurrency: many wrong tries sent at once at each limited secret (the
 * sign-in page's password, per account and per link; the e-mailed code; the sign-in page's code;
 * the family key, per account and per household). No more tries are evaluated than the limit
 * allows, and the right secret sent after them is refused while the lock holds. Runs on SQLite and
 * on PostgreSQL (jest.config.js).
 */
import { sql } from 'drizzle-orm';
import { CODE_MAX_TRIES, KEY_TRIES_PER_HOUR } from '../../src/domain/accounts';
import { settableClock } from '../../src/domain/clock';
import { LINK_TRIES, PASSWORD_TRIES } from '../../src/domain/passwordAccess';
import * as passwords from '../../src/domain/passwords';
import type { Account, Commune } from '../../src/domain/types';
import type { Core } from '../../src/index';
import { openTestCore, tempConfig } from '../support/harness';
import { lastCode } from '../support/outbox';
import { oneOf } from '../support/sql';

/** Wrong tries sent at once at each limit. */
const AT_ONCE = 32;
const EMAIL = 'julie.durand@example.org';
const GOOD = 'Ma-ville-2026!';

let core: Core;
let commune: Commune;
let account: Account;

beforeEach(async () => {
  core = await openTestCore(tempConfig(), settableClock('2026-11-18T14:00:00Z'));
  commune = await core.service.getCommune('carrieres-sous-poissy');
  account = await newAccount(EMAIL);
  await repos().accounts.setPassword(account.id, await passwords.hashPassword(GOOD, 14));
});
afterEach(async () => {
  jest.restoreAllMocks();
  await core.close();
});

const repos = () => core.service.deps.repos;
const page = () => core.service.passwords;
const times = <T>(n: number, f: (i: number) => Promise<T>): Promise<T[]> => Promise.all(Array.from({ length: n }, (_, i) => f(i)));
const tally = (results: Array<{ ok: boolean; reason?: string }>): Record<string, number> =>
  results.reduce<Record<string, number>>((t, r) => ({ ...t, [r.ok ? 'ok' : (r.reason as string)]: (t[r.ok ? 'ok' : (r.reason as string)] ?? 0) + 1 }), {});

function newAccount(email: string): Promise<Account> {
  return repos().accounts.create({ communeId: commune.id, email, civility: null, firstName: 'Julie', lastName: 'DURAND', phone: null, address: null });
}

async function auditCount(action: string, subject: string): Promise<number> {
  return (await oneOf<{ n: number }>(core, sql`select cast(count(*) as integer) as n from audit_log where action = ${action} and subject = ${subject}`))?.n ?? 0;
}

async function linkRow(token: string): Promise<{ tries: number; codeAttempts: number }> {
  const link = await page().open(token, 'web_sign_in');
  const id = link.ok ? link.link.id : -1;
  return (await oneOf<{ tries: number; codeAttempts: number }>(core, sql`select tries, code_attempts as "codeAttempts" from link_tokens where id = ${id}`)) ?? { tries: -1, codeAttempts: -1 };
}

describe('the sign-in page\'s password', () => {
  it(`per account: ${AT_ONCE} wrong passwords at once (each on its own link) run scrypt ${PASSWORD_TRIES} times, then the right one is locked out`, async () => {
    const links = await times(AT_ONCE + 1, (i) => page().signInLink(commune, `user-${i}`));
    const verify = jest.spyOn(passwords, 'verifyPassword');
    const results = await times(AT_ONCE, (i) => page().checkPagePassword(links[i]!, EMAIL, `Devine-${i}-2026!`));
    expect(verify).toHaveBeenCalledTimes(PASSWORD_TRIES);
    expect(tally(results)).toEqual({ wrong: PASSWORD_TRIES, locked: AT_ONCE - PASSWORD_TRIES });
    expect(await auditCount('password.failed', `account:${account.id}`)).toBe(PASSWORD_TRIES);
    // A locked try counted nothing against its link when it was refused (all or none), then once as refused unchecked.
    const locked = results.findIndex((r) => !r.ok && r.reason === 'locked');
    expect((await linkRow(links[locked]!)).tries).toBe(1);
    expect(await page().checkPagePassword(links[AT_ONCE]!, EMAIL, GOOD)).toEqual({ ok: false, reason: 'locked' });
    expect(verify).toHaveBeenCalledTimes(PASSWORD_TRIES);
  });

  it(`per link: ${AT_ONCE} wrong tries at once on one link are evaluated ${LINK_TRIES} times, then the link refuses the right password`, async () => {
    const link = await page().signInLink(commune, 'user-a');
    const verify = jest.spyOn(passwords, 'verifyPassword');
    // Unknown addresses: only the link's limit applies (an unknown e-mail is checked against a dummy hash all the same).
    const results = await times(AT_ONCE, (i) => page().checkPagePassword(link, `inconnu-${i}@example.org`, `Devine-${i}-2026!`));
    expect(verify).toHaveBeenCalledTimes(LINK_TRIES);
    expect(tally(results)).toEqual({ wrong: LINK_TRIES, used: AT_ONCE - LINK_TRIES });
    expect((await linkRow(link)).tries).toBe(LINK_TRIES);
    expect(await page().checkPagePassword(link, EMAIL, GOOD)).toEqual({ ok: false, reason: 'used' });
    expect(verify).toHaveBeenCalledTimes(LINK_TRIES);
  });

  it('a right password does not use up the budget: after 4 wrong ones it signs in, and 4 failures stay counted', async () => {
    for (let i = 0; i < PASSWORD_TRIES - 1; i++) expect(await page().checkPagePassword(await page().signInLink(commune, 'user-a'), EMAIL, `Devine-${i}-2026!`)).toMatchObject({ ok: false, reason: 'wrong' });
    const link = await page().signInLink(commune, 'user-a');
    expect(await page().checkPagePassword(link, EMAIL, GOOD)).toMatchObject({ ok: true });
    expect(await auditCount('password.failed', `account:${account.id}`)).toBe(PASSWORD_TRIES - 1);
    expect(await auditCount('password.accepted', `account:${account.id}`)).toBe(1);
    expect(await page().checkPagePassword(await page().signInLink(commune, 'user-b'), EMAIL, GOOD)).toMatchObject({ ok: true });
  });
});

describe('the sign-in page\'s code, typed in the conversation', () => {
  it(`${AT_ONCE} wrong codes at once are compared ${CODE_MAX_TRIES} times, then the right code is refused`, async () => {
    const link = await page().signInLink(commune, 'user-a');
    const shown = await page().checkPagePassword(link, EMAIL, GOOD);
    if (!shown.ok) throw new Error(`no code: ${shown.reason}`);
    const wrong = shown.code === '999999' ? '000000' : '999999';
    const results = await times(AT_ONCE, () => page().confirmPageCode(commune, 'user-a', wrong));
    const row = await oneOf<{ n: number }>(core, sql`select code_attempts as n from link_tokens where channel_user = 'user-a'`);
    expect(row?.n).toBe(CODE_MAX_TRIES);
    // Each evaluated try was told its own number of tries left; the others were refused unevaluated.
    expect(results.flatMap((r) => (!r.ok && r.reason === 'wrong' ? [r.triesLeft] : [])).sort()).toEqual([1, 2, 3, 4]);
    expect(tally(results)).toEqual({ wrong: CODE_MAX_TRIES - 1, tooManyTries: AT_ONCE - CODE_MAX_TRIES + 1 });
    expect(await page().confirmPageCode(commune, 'user-a', shown.code)).toEqual({ ok: false, reason: 'tooManyTries' });
    expect(await page().hasPendingCode('user-a')).toBe(false);
  });
});

describe('the e-mailed code', () => {
  it(`${AT_ONCE} wrong codes at once are compared ${CODE_MAX_TRIES} times, then the right code is refused`, async () => {
    await core.service.accounts.startSignIn(commune, EMAIL, 'fr');
    const code = lastCode(core.config.outboxDir, EMAIL);
    const wrong = code === '999999' ? '000000' : '999999';
    const results = await times(AT_ONCE, () => core.service.accounts.confirmSignIn(commune, EMAIL, wrong, 'user-a'));
    const row = await oneOf<{ n: number }>(core, sql`select attempts as n from one_time_codes where account_id = ${account.id}`);
    expect(row?.n).toBe(CODE_MAX_TRIES);
    expect(results.flatMap((r) => (!r.ok && r.reason === 'wrong' ? [r.triesLeft] : [])).sort()).toEqual([1, 2, 3, 4]);
    expect(tally(results)).toEqual({ wrong: CODE_MAX_TRIES - 1, tooManyTries: AT_ONCE - CODE_MAX_TRIES + 1 });
    expect(await core.service.accounts.confirmSignIn(commune, EMAIL, code, 'user-a')).toEqual({ ok: false, reason: 'tooManyTries' });
    expect(await core.service.accounts.signedIn('user-a')).toBeUndefined();
  });

  it('a right code after a wrong one signs in, and its try is given back', async () => {
    await core.service.accounts.startSignIn(commune, EMAIL, 'fr');
    const code = lastCode(core.config.outboxDir, EMAIL);
    await core.service.accounts.confirmSignIn(commune, EMAIL, code === '999999' ? '000000' : '999999', 'user-a');
    expect(await core.service.accounts.confirmSignIn(commune, EMAIL, code, 'user-a')).toMatchObject({ ok: true });
    expect((await oneOf<{ n: number }>(core, sql`select attempts as n from one_time_codes where account_id = ${account.id}`))?.n).toBe(1);
  });
});

describe('the family key', () => {
  it(`per account: ${AT_ONCE} wrong keys at once are looked up ${KEY_TRIES_PER_HOUR} times, then the right key is locked out`, async () => {
    const { key } = await core.service.issueFamilyKey(commune.id, 'CSP-F-000101');
    const lookups = jest.spyOn(repos().familyKeys, 'findActiveHousehold');
    const results = await times(AT_ONCE, (i) => core.service.accounts.enterFamilyKey(account, `ZZZZ-ZZZZ-ZZ${String(i).padStart(2, '0')}`));
    expect(lookups).toHaveBeenCalledTimes(KEY_TRIES_PER_HOUR);
    expect(tally(results)).toEqual({ wrong: KEY_TRIES_PER_HOUR - 1, locked: AT_ONCE - KEY_TRIES_PER_HOUR + 1 });
    expect(await auditCount('familyKey.failed', `account:${account.id}`)).toBe(KEY_TRIES_PER_HOUR);
    expect(await core.service.accounts.enterFamilyKey(account, key)).toEqual({ ok: false, reason: 'locked' });
    expect(lookups).toHaveBeenCalledTimes(KEY_TRIES_PER_HOUR);
    expect((await repos().accounts.get(account.id))?.householdId).toBeNull();
  });

  it(`per household: ${AT_ONCE} accounts guessing one household's key at once are looked up ${KEY_TRIES_PER_HOUR} times, then the family's right key is locked out`, async () => {
    const { key, household } = await core.service.issueFamilyKey(commune.id, 'CSP-F-000101');
    const normalized = key.replace(/-/g, '');
    const guess = `${normalized.slice(0, 4)}${normalized.endsWith('ZZZZZZZZZZZZ') ? 'YYYYYYYYYYYY' : 'ZZZZZZZZZZZZ'}`;
    const attackers = await times(AT_ONCE, (i) => newAccount(`x${i}@example.org`));
    const lookups = jest.spyOn(repos().familyKeys, 'findActiveHousehold');
    const results = await times(AT_ONCE, (i) => core.service.accounts.enterFamilyKey(attackers[i]!, guess));
    expect(lookups).toHaveBeenCalledTimes(KEY_TRIES_PER_HOUR);
    expect(tally(results)).toEqual({ wrong: KEY_TRIES_PER_HOUR - 1, locked: AT_ONCE - KEY_TRIES_PER_HOUR + 1 });
    expect(await auditCount('familyKey.failed', `household:${household.id}`)).toBe(KEY_TRIES_PER_HOUR);
    // A try refused by the household's limit is not counted against its account either (all or nothing).
    const accountFailures = await oneOf<{ n: number }>(core, sql`select cast(count(*) as integer) as n from audit_log where action = 'familyKey.failed' and subject like 'account:%'`);
    expect(accountFailures?.n).toBe(KEY_TRIES_PER_HOUR);
    expect(await core.service.accounts.enterFamilyKey(account, key)).toEqual({ ok: false, reason: 'locked' });
    expect(lookups).toHaveBeenCalledTimes(KEY_TRIES_PER_HOUR);
  });

  it('a right key does not use up the budget: after 4 wrong ones it links, and 4 failures stay counted', async () => {
    const { key, household } = await core.service.issueFamilyKey(commune.id, 'CSP-F-000101');
    for (let i = 0; i < KEY_TRIES_PER_HOUR - 1; i++) await core.service.accounts.enterFamilyKey(account, `ZZZZ-ZZZZ-ZZ${i}0`);
    expect(await core.service.accounts.enterFamilyKey(account, key)).toMatchObject({ ok: true, household: { id: household.id } });
    expect(await auditCount('familyKey.failed', `account:${account.id}`)).toBe(KEY_TRIES_PER_HOUR - 1);
    expect(await auditCount('familyKey.failed', `household:${household.id}`)).toBe(0);
    expect(await auditCount('familyKey.accepted', `account:${account.id}`)).toBe(1);
  });
});
