/** Sign-in by e-mail code, sessions and the family key, on a real database, mails read from the outbox. */
import { sql } from 'drizzle-orm';
import { settableClock, type SettableClock } from '../../src/domain/clock';
import { CODE_MAX_TRIES, CODES_PER_HOUR, KEY_TRIES_PER_HOUR } from '../../src/domain/accounts';
import type { Account, Commune } from '../../src/domain/types';
import type { Core } from '../../src/index';
import { lastCode, outboxMails } from '../support/outbox';
import { openTestCore, tempConfig } from '../support/harness';
import { rowsOf } from '../support/sql';

const EMAIL = 'julie.durand@example.org';
let core: Core;
let clock: SettableClock;
let commune: Commune;
let account: Account;

beforeEach(async () => {
  clock = settableClock('2026-11-18T14:00:00Z');
  core = await openTestCore(tempConfig(), clock);
  commune = await core.service.getCommune('carrieres-sous-poissy');
  account = await core.service.deps.repos.accounts.create({
    communeId: commune.id, email: EMAIL, civility: 'madame', firstName: 'Julie', lastName: 'DURAND', phone: null, address: null,
  });
});
afterEach(async () => {
  await core.close();
});

const accounts = () => core.service.accounts;
const outbox = () => core.config.outboxDir;

describe('sign-in by e-mail code', () => {
  it('mails a 6-digit code, signs in with it once, and remembers the previous sign-in', async () => {
    await accounts().startSignIn(commune, ' Julie.Durand@Example.org ', 'fr');
    const mail = outboxMails(outbox()).at(-1) ?? '';
    expect(mail).toContain(`To: ${EMAIL}`);
    expect(mail).toContain('Voici votre code de connexion');
    const code = lastCode(outbox(), EMAIL);
    const first = await accounts().confirmSignIn(commune, EMAIL, code, 'user-a');
    expect(first).toMatchObject({ ok: true, previousSignIn: null, account: { id: account.id } });
    // single use
    expect(await accounts().confirmSignIn(commune, EMAIL, code, 'user-a')).toEqual({ ok: false, reason: 'noCode' });

    clock.advance(60 * 24);
    await accounts().startSignIn(commune, EMAIL, 'fr');
    const second = await accounts().confirmSignIn(commune, EMAIL, lastCode(outbox(), EMAIL), 'user-a');
    expect(second).toMatchObject({ ok: true, previousSignIn: '2026-11-18T14:00:00.000Z' });
  });

  it('answers an unknown e-mail exactly like a known one with a wrong code, and mails nothing', async () => {
    await accounts().startSignIn(commune, 'nobody@example.org', 'fr');
    expect(outboxMails(outbox())).toEqual([]);
    const unknown = await accounts().confirmSignIn(commune, 'nobody@example.org', '123456', 'user-a');
    await accounts().startSignIn(commune, EMAIL, 'fr');
    const real = lastCode(outbox(), EMAIL);
    const wrong = await accounts().confirmSignIn(commune, EMAIL, real === '000000' ? '111111' : '000000', 'user-a');
    expect(unknown).toEqual(wrong);
  });

  it('counts wrong codes and stops after the last try, even for the right code', async () => {
    await accounts().startSignIn(commune, EMAIL, 'fr');
    const code = lastCode(outbox(), EMAIL);
    const wrong = code === '999999' ? '000000' : '999999';
    for (let i = 1; i < CODE_MAX_TRIES; i++) {
      expect(await accounts().confirmSignIn(commune, EMAIL, wrong, 'user-a')).toEqual({ ok: false, reason: 'wrong', triesLeft: CODE_MAX_TRIES - i });
    }
    expect(await accounts().confirmSignIn(commune, EMAIL, wrong, 'user-a')).toEqual({ ok: false, reason: 'tooManyTries' });
    expect(await accounts().confirmSignIn(commune, EMAIL, code, 'user-a')).toEqual({ ok: false, reason: 'tooManyTries' });
  });

  it('refuses an expired code; a new code replaces the old one', async () => {
    await accounts().startSignIn(commune, EMAIL, 'fr');
    const old = lastCode(outbox(), EMAIL);
    clock.advance(16);
    expect(await accounts().confirmSignIn(commune, EMAIL, old, 'user-a')).toEqual({ ok: false, reason: 'expired' });
    await accounts().resendSignInCode(commune, EMAIL, 'fr');
    const fresh = lastCode(outbox(), EMAIL);
    if (fresh !== old) expect(await accounts().confirmSignIn(commune, EMAIL, old, 'user-a')).toMatchObject({ ok: false });
    expect(await accounts().confirmSignIn(commune, EMAIL, fresh, 'user-a')).toMatchObject({ ok: true });
  });

  it('sends at most 5 codes an hour to one account', async () => {
    for (let i = 0; i < 7; i++) await accounts().startSignIn(commune, EMAIL, 'fr');
    expect(outboxMails(outbox())).toHaveLength(5);
    clock.advance(61);
    await accounts().startSignIn(commune, EMAIL, 'fr');
    expect(outboxMails(outbox())).toHaveLength(6);
  });

  // Counted per address (its keyed hash in the audit log), not per account: the same with or without a space, across conversations.
  it.each([['has a space', EMAIL], ['has no space', 'nobody@example.org']])(`the address %s: past ${CODES_PER_HOUR} codes an hour none is sent, which is told with the minutes left`, async (_, email) => {
    const mails = () => outboxMails(outbox()).filter((m) => m.includes(`To: ${email}`)).length;
    const asks = [];
    for (let i = 0; i < CODES_PER_HOUR; i++) {
      // Written differently each time (case, spaces): still one address.
      asks.push(await accounts().startSignIn(commune, i % 2 ? ` ${email.toUpperCase()} ` : email, 'fr'));
      clock.advance(1);
    }
    expect(asks).toEqual(Array(CODES_PER_HOUR).fill({ sent: true }));
    const sentBefore = mails();
    expect(sentBefore).toBe(email === EMAIL ? CODES_PER_HOUR : 0);
    clock.advance(20);
    // The first ask was 25 minutes ago: free again in 35.
    expect(await accounts().startSignIn(commune, email, 'fr')).toEqual({ sent: false, minutes: 35 });
    expect(await accounts().resendSignInCode(commune, email, 'fr')).toEqual({ sent: false, minutes: 35 });
    expect(mails()).toBe(sentBefore);
    const rows = await rowsOf<{ subject: string; commune_id: string }>(core, sql`select subject, commune_id from audit_log where action = 'signIn.codeAsked'`);
    expect(rows).toHaveLength(CODES_PER_HOUR);
    expect(new Set(rows.map((r) => r.subject)).size).toBe(1);
    expect(rows[0]?.subject).toMatch(/^email:[0-9a-f]{64}$/);
    expect(rows[0]?.commune_id).toBe(commune.id);
    // Another address is not held back by this one.
    expect(await accounts().startSignIn(commune, 'other@example.org', 'fr')).toEqual({ sent: true });
    clock.advance(36);
    expect(await accounts().startSignIn(commune, email, 'fr')).toEqual({ sent: true });
    expect(mails()).toBe(sentBefore + (email === EMAIL ? 1 : 0));
  });

  // Creating a space mails a code too: it shares the address's limit, so spaces made for someone else's address cannot flood it.
  it(`creating spaces for one address shares its ${CODES_PER_HOUR} codes an hour with the sign-in: past them nothing is created nor mailed`, async () => {
    const other = 'victime@example.org';
    const mails = () => outboxMails(outbox()).filter((m) => m.includes(`To: ${other}`)).length;
    const typed = { email: other, civility: null, firstName: 'Paul', lastName: 'MARTIN', phone: null, address: null };
    const asks = [await accounts().createAccount(commune, typed, 'fr')];
    for (let i = 1; i < CODES_PER_HOUR; i++) {
      clock.advance(1);
      asks.push(i % 2 ? await accounts().startSignIn(commune, other, 'fr') : await accounts().createAccount(commune, { ...typed, email: other.toUpperCase() }, 'fr'));
    }
    expect(asks).toEqual(Array(CODES_PER_HOUR).fill({ sent: true }));
    expect(mails()).toBe(CODES_PER_HOUR);
    clock.advance(10);
    // The first ask was 14 minutes ago: free again in 46.
    expect(await accounts().createAccount(commune, typed, 'fr')).toEqual({ sent: false, minutes: 46 });
    expect(await accounts().createAccount(commune, { ...typed, email: 'Victime@Example.org' }, 'fr')).toEqual({ sent: false, minutes: 46 });
    expect(mails()).toBe(CODES_PER_HOUR);
    const asked = await rowsOf<{ subject: string }>(core, sql`select subject from audit_log where action = 'signIn.codeAsked'`);
    expect(asked).toHaveLength(CODES_PER_HOUR);
    const created = await rowsOf<{ id: number }>(core, sql`select id from accounts where email = ${other}`);
    expect(created).toHaveLength(1);
    // A new address, never asked for: its space is created and its code mailed.
    expect(await accounts().createAccount(commune, { ...typed, email: 'nouveau@example.org' }, 'fr')).toEqual({ sent: true });
    expect(outboxMails(outbox()).filter((m) => m.includes('To: nouveau@example.org'))).toHaveLength(1);
    clock.advance(47);
    expect(await accounts().createAccount(commune, typed, 'fr')).toEqual({ sent: true });
    expect(mails()).toBe(CODES_PER_HOUR + 1);
  });

  it('keeps the session 30 minutes after the last message, per channel user, and signs out', async () => {
    await accounts().startSignIn(commune, EMAIL, 'fr');
    await accounts().confirmSignIn(commune, EMAIL, lastCode(outbox(), EMAIL), 'user-a');
    expect((await accounts().signedIn('user-a'))?.id).toBe(account.id);
    expect(await accounts().signedIn('user-b')).toBeUndefined();
    clock.advance(29);
    expect((await accounts().signedIn('user-a'))?.id).toBe(account.id);
    clock.advance(29); // 29 minutes after the last message: still in
    expect((await accounts().signedIn('user-a'))?.id).toBe(account.id);
    clock.advance(31);
    expect(await accounts().signedIn('user-a')).toBeUndefined();

    await accounts().startSignIn(commune, EMAIL, 'fr');
    await accounts().confirmSignIn(commune, EMAIL, lastCode(outbox(), EMAIL), 'user-a');
    await accounts().signOut('user-a');
    expect(await accounts().signedIn('user-a')).toBeUndefined();
  });
});

describe('two answers at once', () => {
  it('lets only one of two simultaneous uses of a code sign in', async () => {
    await accounts().startSignIn(commune, EMAIL, 'fr');
    const code = lastCode(outbox(), EMAIL);
    const results = await Promise.all([accounts().confirmSignIn(commune, EMAIL, code, 'user-a'), accounts().confirmSignIn(commune, EMAIL, code, 'user-b')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'noCode' }]);
  });

  it('keeps two channel users signed in to the same account, each with its own session', async () => {
    for (const user of ['user-a', 'user-b']) {
      await accounts().startSignIn(commune, EMAIL, 'fr');
      expect(await accounts().confirmSignIn(commune, EMAIL, lastCode(outbox(), EMAIL), user)).toMatchObject({ ok: true });
    }
    await accounts().signOut('user-a');
    expect(await accounts().signedIn('user-a')).toBeUndefined();
    expect((await accounts().signedIn('user-b'))?.id).toBe(account.id);
  });
});

describe('the family key', () => {
  it('links the account to its household, whatever the case and spacing typed', async () => {
    const { key, household } = await core.service.issueFamilyKey(commune.id, 'CSP-F-000101');
    const typed = ` ${key.toLowerCase().replace(/-/g, ' ')} `;
    expect(await accounts().enterFamilyKey(account, typed)).toMatchObject({ ok: true, household: { id: household.id } });
    expect((await core.service.deps.repos.accounts.get(account.id))?.householdId).toBe(household.id);
  });

  it('refuses a key of another commune, counts wrong keys, and locks for an hour', async () => {
    const other = await core.service.issueFamilyKey('chanteloup-les-vignes', 'CLV-F-000042');
    const { key } = await core.service.issueFamilyKey(commune.id, 'CSP-F-000101');
    expect(await accounts().enterFamilyKey(account, other.key)).toEqual({ ok: false, reason: 'wrong', triesLeft: KEY_TRIES_PER_HOUR - 1 });
    for (let i = 2; i < KEY_TRIES_PER_HOUR; i++) await accounts().enterFamilyKey(account, 'ZZZZ-ZZZZ-ZZZZ');
    expect(await accounts().enterFamilyKey(account, 'ZZZZ-ZZZZ-ZZZZ')).toEqual({ ok: false, reason: 'locked' });
    expect(await accounts().enterFamilyKey(account, key)).toEqual({ ok: false, reason: 'locked' });
    clock.advance(61);
    expect(await accounts().enterFamilyKey(account, key)).toMatchObject({ ok: true });
  });

  it('counts wrong keys per household too: five accounts cannot share the guessing of one family\'s key', async () => {
    const { key, household } = await core.service.issueFamilyKey(commune.id, 'CSP-F-000101');
    const normalized = key.replace(/-/g, '');
    const selector = normalized.slice(0, 4);
    const other = await core.service.deps.repos.accounts.create({ communeId: commune.id, email: 'autre@example.org', civility: null, firstName: 'Paul', lastName: 'MARTIN', phone: null, address: null });
    const guesses = (i: number) => `${selector}${'0123456789ABC'.slice(i, i + 1)}${normalized.slice(5, 16)}`.replace(normalized, `${selector}ZZZZZZZZZZZZ`);
    // Five accounts, one wrong guess each, all naming this household by its selector.
    const attackers = [account, other];
    for (let i = 0; i < 3; i++) attackers.push(await core.service.deps.repos.accounts.create({ communeId: commune.id, email: `x${i}@example.org`, civility: null, firstName: 'X', lastName: 'Y', phone: null, address: null }));
    for (const [i, who] of attackers.entries()) {
      const result = await accounts().enterFamilyKey(who, guesses(i));
      expect(result.ok).toBe(false);
    }
    // Each account has four tries left, but the household is locked: even its right key waits an hour.
    const family = await core.service.deps.repos.accounts.create({ communeId: commune.id, email: 'famille@example.org', civility: null, firstName: 'Léa', lastName: 'DURAND', phone: null, address: null });
    expect(await accounts().enterFamilyKey(family, key)).toEqual({ ok: false, reason: 'locked' });
    const log = await rowsOf(core, sql`select subject, cast(count(*) as integer) as n from audit_log where action like 'familyKey.%' group by subject, action order by subject`);
    expect(log).toEqual(expect.arrayContaining([{ subject: `household:${household.id}`, n: 5 }, { subject: `household:${household.id}`, n: 1 }]));
    // A wrong key naming no household still counts for the account only.
    expect(await accounts().enterFamilyKey(account, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ')).toEqual({ ok: false, reason: 'wrong', triesLeft: KEY_TRIES_PER_HOUR - 2 });
    clock.advance(61);
    expect(await accounts().enterFamilyKey(family, key)).toMatchObject({ ok: true, household: { id: household.id } });
  });

  it('does not count a key that cannot be one', async () => {
    expect(await accounts().enterFamilyKey(account, 'bonjour')).toEqual({ ok: false, reason: 'malformed' });
    expect(await accounts().enterFamilyKey(account, 'ZZZZ-ZZZZ-ZZZZ')).toEqual({ ok: false, reason: 'wrong', triesLeft: KEY_TRIES_PER_HOUR - 1 });
  });
});
