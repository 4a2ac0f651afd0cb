/** The password rule (CNIL 2022-100), scrypt storage, one-time links and the sign-in page's code, on a real database. */
import { settableClock, type SettableClock } from '../../src/domain/clock';
import { CODE_MAX_TRIES } from '../../src/domain/accounts';
import { LINK_TRIES, RESET_LINKS_PER_HOUR } from '../../src/domain/passwordAccess';
import { hashPassword, passwordProblems, verifyPassword } from '../../src/domain/passwords';
import type { Account, Commune } from '../../src/domain/types';
import type { Core } from '../../src/index';
import { outboxMails } from '../support/outbox';
import { openTestCore, tempConfig } from '../support/harness';

describe('the password rule', () => {
  it.each([
    ['Ma-ville-2026!', []], // 12+ with the four kinds
    ['MaVilleCarrieres2026', []], // 14+ with capitals, small letters, digits
    ['le chat dort sur le muret du jardin', []], // 7 words
    ['Court-1!', ['tooShort']],
    ['motdepasselong', ['mix']], // 14 small letters only
    ['MaVille2026!x'.slice(0, 11), ['tooShort']],
    ['MAVILLE2026!!', ['mix']], // no small letter
    ['un deux trois', ['mix']], // 13 characters, 3 words
    ['un deux', ['tooShort']],
    ['x'.repeat(129), ['tooLong']],
  ])('%s → %j', (password, problems) => {
    expect(passwordProblems(password)).toEqual(problems);
  });

  it('refuses a password containing the e-mail name or the person\'s name, whatever the accents and case', () => {
    expect(passwordProblems('Julie.Durand-2026!', { email: 'julie.durand@example.org' })).toEqual(['personal']);
    expect(passwordProblems('Mon-DÛRAND-2026!', { names: ['Durand'] })).toEqual(['personal']);
    expect(passwordProblems('Ma-ville-2026!', { email: 'jd@example.org', names: ['Durand', 'Jo'] })).toEqual([]);
  });
});

describe('scrypt storage', () => {
  it('uses N = 2^17, r = 8, p = 1 by default, with a random salt, and verifies', async () => {
    const hash = await hashPassword('Ma-ville-2026!');
    expect(hash).toMatch(/^scrypt\$17\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(await verifyPassword('Ma-ville-2026!', hash)).toBe(true);
    expect(await verifyPassword('Ma-ville-2026?', hash)).toBe(false);
  });

  it('stores its cost, so hashes of another cost still verify; two hashes of one password differ', async () => {
    const a = await hashPassword('Ma-ville-2026!', 14);
    const b = await hashPassword('Ma-ville-2026!', 14);
    expect(a).not.toBe(b);
    expect(await verifyPassword('Ma-ville-2026!', a)).toBe(true);
    expect(await verifyPassword('Ma-ville-2026!', a.replace('scrypt$14', 'scrypt$15'))).toBe(false);
  });

  it('never matches a malformed or absurd hash (and does not throw)', async () => {
    for (const stored of ['', 'plain', 'scrypt$99$8$1$AAAA$BBBB', 'scrypt$14$8$1$AAAA$BBBB', 'bcrypt$14$8$1$AAAA$BBBB']) {
      expect(await verifyPassword('Ma-ville-2026!', stored)).toBe(false);
    }
  });

  it('hashes off the event loop: timers keep firing during a hash', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    await hashPassword('Ma-ville-2026!', 16);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(2);
  });
});

describe('one-time links', () => {
  let core: Core;
  let clock: SettableClock;
  let commune: Commune;
  let account: Account;

  beforeEach(async () => {
    clock = settableClock('2026-11-18T14:00:00Z');
    core = await openTestCore(tempConfig(), clock);
    commune = await core.service.getCommune('carrieres-sous-poissy');
    account = await core.service.deps.repos.accounts.create({ communeId: commune.id, email: 'julie.durand@example.org', civility: 'madame', firstName: 'Julie', lastName: 'DURAND', phone: null, address: null });
  });
  afterEach(() => core.close());
  const passwords = () => core.service.passwords;

  it('a password link works once, even for two submits at the same moment', async () => {
    const token = await passwords().passwordLink(account);
    const [a, b] = await Promise.all([passwords().setPassword(token, 'Ma-ville-2026!', 'Ma-ville-2026!'), passwords().setPassword(token, 'Autre-ville-2026!', 'Autre-ville-2026!')]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toEqual({ ok: false, reason: 'used' });
    expect((await core.service.deps.repos.accounts.get(account.id))?.hasPassword).toBe(true);
  });

  it('a password link expires after 15 minutes; a newer link retires the older one; a link of the other kind is invalid', async () => {
    const first = await passwords().passwordLink(account);
    const second = await passwords().passwordLink(account);
    expect(await passwords().open(first, 'set_password')).toEqual({ ok: false, reason: 'used' });
    expect(await passwords().open(second, 'web_sign_in')).toEqual({ ok: false, reason: 'invalid' });
    clock.advance(15);
    expect(await passwords().setPassword(second, 'Ma-ville-2026!', 'Ma-ville-2026!')).toEqual({ ok: false, reason: 'expired' });
  });

  it('mails at most 5 reset links an hour per account; nothing for an unknown address, which is audited', async () => {
    for (let i = 0; i < RESET_LINKS_PER_HOUR + 2; i++) await passwords().forgotPassword(commune, 'julie.durand@example.org', 'fr', 'https://bot.example.fr');
    await passwords().forgotPassword(commune, 'personne@example.org', 'fr', 'https://bot.example.fr');
    const mails = outboxMails(core.config.outboxDir).map((m) => m.replace(/=\r?\n/g, ''));
    expect(mails).toHaveLength(RESET_LINKS_PER_HOUR);
    expect(mails[0]).toMatch(/https:\/\/bot\.example\.fr\/compte\/mot-de-passe\/[A-Za-z0-9_-]{43}/);
    const audit = core.db.$client.prepare("select count(*) as n from audit_log where action = 'password.resetUnknown'").get() as { n: number };
    expect(audit.n).toBe(1);
    clock.advance(61);
    await passwords().forgotPassword(commune, 'julie.durand@example.org', 'fr', 'https://bot.example.fr');
    expect(outboxMails(core.config.outboxDir)).toHaveLength(RESET_LINKS_PER_HOUR + 1);
  });

  it('a sign-in page link stops after 5 wrong tries, whatever the e-mail', async () => {
    const token = await passwords().signInLink(commune, 'user-a');
    for (let i = 0; i < LINK_TRIES; i++) expect(await passwords().checkPagePassword(token, `x${i}@example.org`, 'Ma-ville-2026!')).toEqual({ ok: false, reason: 'wrong' });
    expect(await passwords().checkPagePassword(token, 'x@example.org', 'Ma-ville-2026!')).toEqual({ ok: false, reason: 'used' });
  });

  it('the page\'s code signs in only the channel user it was made for, 5 wrong tries at most', async () => {
    await passwords().setPassword(await passwords().passwordLink(account), 'Ma-ville-2026!', 'Ma-ville-2026!');
    const token = await passwords().signInLink(commune, 'user-a');
    const check = await passwords().checkPagePassword(token, ' Julie.Durand@example.org ', 'Ma-ville-2026!');
    if (!check.ok) throw new Error('expected a code');
    expect(await passwords().hasPendingCode('user-b')).toBe(false);
    expect(await passwords().confirmPageCode(commune, 'user-b', check.code)).toEqual({ ok: false, reason: 'noCode' });
    const wrong = check.code === '000000' ? '111111' : '000000';
    for (let i = 1; i < CODE_MAX_TRIES; i++) expect(await passwords().confirmPageCode(commune, 'user-a', wrong)).toEqual({ ok: false, reason: 'wrong', triesLeft: CODE_MAX_TRIES - i });
    expect(await passwords().confirmPageCode(commune, 'user-a', wrong)).toEqual({ ok: false, reason: 'tooManyTries' });
    expect(await passwords().confirmPageCode(commune, 'user-a', check.code)).toEqual({ ok: false, reason: 'tooManyTries' });
    expect(await core.service.accounts.signedIn('user-a')).toBeUndefined();

    const again = await passwords().checkPagePassword(await passwords().signInLink(commune, 'user-a'), 'julie.durand@example.org', 'Ma-ville-2026!');
    if (!again.ok) throw new Error('expected a code');
    expect(await passwords().confirmPageCode(commune, 'user-a', again.code)).toMatchObject({ ok: true, account: { id: account.id } });
    expect((await core.service.accounts.signedIn('user-a'))?.id).toBe(account.id);
    // used once
    expect(await passwords().confirmPageCode(commune, 'user-a', again.code)).toEqual({ ok: false, reason: 'noCode' });
  });
});
