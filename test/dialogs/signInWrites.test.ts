/**
 * What the sign-in code's turn writes, and in how many transactions (src/domain/signingIn.ts): the
 * try counted by one statement, then one transaction for all the sign-in writes (the try given back,
 * the code used, the address verified, the last sign-in, the session, the audit entry, the
 * conversation's reference), then the state. Measured on SQLite: 14 statements in 3 write
 * transactions (18 in 9 before: each write its own, and the new session read again after them; 15
 * while the try given back and the code used were two updates of the same row). The sign-in page's
 * code writes the same rows in one transaction too, its try given back by the update that uses it.
 */
import { sql } from 'drizzle-orm';
import { statementsRun, transactionsRun } from '../../db/statementCount';
import type { Core } from '../../src/index';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { oneOf, rowsOf } from '../support/sql';

const chats: Chat[] = [];
/** The server's statements, prepared as its core opens (the tests' chats prepare them at their first use). */
const SERVER = { PREPARE_STATEMENTS: 'start' };
afterAll(async () => {
  for (const c of chats) await c.core.close();
});

const NOW = '2026-11-18T14:00:00.000Z';

/** The rows a sign-in writes, for the account and its channel users. */
async function written(core: Core, accountId: number) {
  return {
    account: await oneOf(core, sql`select email_verified_at as verified, last_login_at as last from accounts where id = ${accountId}`),
    sessions: await rowsOf(core, sql`select ended_at as ended, last_seen_at as seen from sessions where account_id = ${accountId} order by id`),
    audit: await rowsOf(core, sql`select action, subject, details from audit_log where actor = ${`account:${accountId}`} and action = 'account.signedIn'`),
    refs: await rowsOf(core, sql`select channel_id as channel, conversation_id as conversation, account_id as account from conversation_refs where account_id = ${accountId}`),
  };
}

it('signs in with the mailed code in 3 write transactions and at most 14 statements, every row written', async () => {
  const { c, account } = await signedInChat(chats, { signIn: false, env: SERVER });
  await c.say('Me connecter');
  await c.say(account.email);
  const code = lastCode(c.core.config.outboxDir, account.email);
  const [statements, transactions] = [statementsRun(), transactionsRun()];
  expect(c.text(await c.say(code))).toContain(c.core.texts.for('fr')('signIn.welcome', { name: 'Madame DURAND' }));
  expect(transactionsRun() - transactions).toBe(3);
  expect(statementsRun() - statements).toBeLessThanOrEqual(14);

  const rows = await written(c.core, account.id);
  expect(rows.account).toEqual({ verified: NOW, last: NOW });
  expect(rows.sessions).toEqual([{ ended: null, seen: NOW }]);
  expect(rows.audit).toMatchObject([{ action: 'account.signedIn', subject: `account:${account.id}` }]);
  expect(rows.refs).toEqual([{ channel: 'test', conversation: expect.any(String), account: account.id }]);
  expect(await oneOf(c.core, sql`select attempts, used_at as used from one_time_codes where account_id = ${account.id}`)).toEqual({ attempts: 0, used: NOW });
  // The next turn reads the session the sign-in wrote: still signed in.
  expect(c.text(await c.say('Me connecter'))).toContain('Vous êtes déjà connecté(e), Madame DURAND.');
});

it('signs in with the sign-in page\'s code: the same rows, the audit entry saying how, in one transaction after the try', async () => {
  const { c, account } = await signedInChat(chats, { signIn: false, env: SERVER });
  const { passwords } = c.core.service;
  const commune = await c.core.service.getCommune('carrieres-sous-poissy');
  await passwords.setPassword(await passwords.passwordLink(account), 'Ma-ville-2026!', 'Ma-ville-2026!');
  const shown = await passwords.checkPagePassword(await passwords.signInLink(commune, 'page-user'), account.email, 'Ma-ville-2026!');
  if (!shown.ok) throw new Error(`no code: ${shown.reason}`);
  const conversation = { channelId: 'webchat', userId: 'u-1', conversationId: 'conv-page', reference: { conversation: { id: 'conv-page' } } };
  const [statements, transactions] = [statementsRun(), transactionsRun()];
  expect(await passwords.confirmPageCode(commune, 'page-user', shown.code, { conversation })).toMatchObject({ ok: true, account: { id: account.id, lastLoginAt: NOW } });
  expect(transactionsRun() - transactions).toBe(2);
  // The link read, the try counted, then the sign-in's writes: 11 while the try given back and the code used were two updates.
  expect(statementsRun() - statements).toBeLessThanOrEqual(10);

  const rows = await written(c.core, account.id);
  expect(rows.account).toEqual({ verified: null, last: NOW });
  expect(rows.sessions).toEqual([{ ended: null, seen: NOW }]);
  expect(rows.audit).toEqual([{ action: 'account.signedIn', subject: `account:${account.id}`, details: expect.stringContaining('password') }]);
  expect(rows.refs).toEqual([{ channel: 'webchat', conversation: 'conv-page', account: account.id }]);
  expect(await oneOf(c.core, sql`select code_attempts as attempts, code_used_at as used from link_tokens where channel_user = 'page-user'`)).toEqual({ attempts: 0, used: NOW });
  expect((await c.core.service.accounts.signedIn('page-user'))?.id).toBe(account.id);
});

it('refuses a code used meanwhile and still gives its try back, as when the two were separate updates', async () => {
  const { c, account } = await signedInChat(chats, { env: SERVER });
  const code = await oneOf<{ id: number }>(c.core, sql`select id from one_time_codes where account_id = ${account.id}`);
  // A second try on the code, counted before the comparison, while the code is already used.
  const { tries, accounts } = c.core.service.deps.repos;
  const granted = await tries.reserve([{ kind: 'emailCode', id: code!.id, max: 5 }], NOW);
  if (!granted.ok) throw new Error('try refused');
  expect(await oneOf(c.core, sql`select attempts from one_time_codes where id = ${code!.id}`)).toEqual({ attempts: 1 });
  const audit = { actor: `account:${account.id}`, action: 'account.signedIn', communeId: 'carrieres-sous-poissy', subject: `account:${account.id}` };
  const signedIn = await accounts.signIn({ accountId: account.id, channelUser: 'other', at: NOW, release: granted.reservation, code: { kind: 'emailCode', id: code!.id }, verify: true, audit });
  expect(signedIn).toBeUndefined();
  expect(await oneOf(c.core, sql`select attempts from one_time_codes where id = ${code!.id}`)).toEqual({ attempts: 0 });
  expect(await rowsOf(c.core, sql`select id from sessions where channel_user = 'other'`)).toEqual([]);
});
