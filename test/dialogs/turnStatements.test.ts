/**
 * What a booking costs the database, counted as GET /metrics counts it (db/statementCount.ts): the
 * sentence that fills the basket and the « Confirmer » that books it stay within the statements
 * measured once the session with its account and the family file were read once per turn
 * (src/domain/turnReads.ts; 15 and 32 before) and the basket read once at « Confirmer » for its wishes
 * and its confirmation (30 before), its days read in one statement and the outbox's claim one statement
 * (25), its mail made from the turn's reads (src/domain/bookingMessages.ts): 10 and 21 on SQLite, the
 * booking with a margin of 2, the confirmation with none. More means a turn reads again what it already has. And what a turn at the menu costs in building SQL: nothing, its
 * reads and its state's write being statements prepared once (drizzle's SQL building, counted here
 * without timing, was the largest cost of a turn's database work). And the typical turns of a signed-in
 * resident (the menu, the invoices, the calendar's first questions, help) no more than measured.
 */
import { SQLiteDialect } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { statementsRun, transactionsRun } from '../../db/statementCount';
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { rowsOf } from '../support/sql';

const chats: Chat[] = [];
/** The server's statements, prepared as its core opens (the tests' chats prepare them at their first use). */
const SERVER = { PREPARE_STATEMENTS: 'start' };
afterAll(async () => {
  for (const c of chats) await c.core.close();
});

it('books three days in at most 11 statements, and confirms them in at most 20', async () => {
  const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', env: SERVER });
  await c.say('menu');
  const cost = async (text: string) => {
    const before = statementsRun();
    const replies = c.text(await c.say(text));
    // The confirmation mail is sent after the turn: it counts too.
    await c.core.service.outbox.idle();
    return { replies, statements: statementsRun() - before };
  };
  const booking = await cost('réserver la cantine le 7 janvier, le 8 janvier et le 11 janvier pour Léa');
  expect(booking.replies).toContain('à réserver les 7, 8 et 11 janvier');
  expect(booking.statements).toBeLessThanOrEqual(11);
  const confirm = await cost('Confirmer');
  expect(confirm.replies).toContain('Référence : CSP-RES-2026-000001');
  expect(confirm.statements).toBeLessThanOrEqual(20);
  // The turn after: nothing read twice.
  expect((await cost('menu')).statements).toBeLessThanOrEqual(4);
});

it('writes the welcome\'s two states (the conversation\'s and the user\'s) in one statement, one transaction', async () => {
  const first = startChat({ env: SERVER });
  chats.push(first);
  // A first welcome reads the communes' configuration, then kept.
  await first.join({ commune: 'carrieres-sous-poissy' });
  const c = startChat({ core: first.core, user: 'second' });
  const [statements, transactions] = [statementsRun(), transactionsRun()];
  expect((await c.join({ commune: 'carrieres-sous-poissy' })).length).toBeGreaterThan(0);
  expect(transactionsRun() - transactions).toBe(1);
  // Both states read with the configuration's version, the session read, both states written.
  expect(statementsRun() - statements).toBe(3);
  const keys = await rowsOf<{ key: string }>(c.core, sql`select key from bot_state where key like '%second%' order by key`);
  expect(keys.map((k) => k.key)).toEqual(['test/conversations/conversation-second/', 'test/users/second/']);
});

it('confirms in 4 write transactions, the audit entry written with the bookings (5 before: it had its own)', async () => {
  const { c, account } = await signedInChat(chats, { linkFile: 'CSP-F-000101', env: SERVER });
  await c.say('réserver la cantine le 7 janvier, le 8 janvier et le 11 janvier pour Léa');
  const before = transactionsRun();
  expect(c.text(await c.say('Confirmer'))).toContain('Référence : CSP-RES-2026-000001');
  await c.core.service.outbox.idle();
  // The confirmation with its mail queued and its audit entry, the mail's claim, its « sent » mark, the state.
  expect(transactionsRun() - before).toBe(4);
  const audited = await rowsOf<{ actor: string; subject: string; details: string }>(c.core, sql`select actor, subject, details from audit_log where action = 'booking.confirmed'`);
  expect(audited).toEqual([{ actor: `account:${account.id}`, subject: 'CSP-RES-2026-000001', details: expect.any(String) }]);
  expect(JSON.parse(audited[0]!.details)).toMatchObject({ changes: 3, outcomes: ['added', 'added', 'added'] });
});

it('builds no SQL in a turn at the menu: the session, the states and the configuration version are read and the state written by statements prepared once', async () => {
  const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', env: SERVER });
  await c.say('menu');
  const built = jest.spyOn(SQLiteDialect.prototype, 'sqlToQuery');
  try {
    const before = statementsRun();
    expect((await c.say('menu')).length).toBeGreaterThan(0);
    expect(statementsRun() - before).toBeGreaterThanOrEqual(3);
    expect(built).not.toHaveBeenCalled();
    // The first booking builds only the commune's activities' read (then kept in memory) and the read of
    // its children's days (prepared at its first use, by their number).
    await c.say('réserver la cantine le 7 janvier, le 8 janvier et le 11 janvier pour Léa');
    expect(built.mock.calls.length).toBeLessThanOrEqual(2);
    built.mockClear();
    // Then nothing: its reads, the basket written, the basket read again at « Confirmer » are prepared.
    await c.say('menu');
    await c.say('réserver la cantine le 14 janvier pour Léa');
    expect(built).not.toHaveBeenCalled();
    await c.say('mes factures');
    expect(built).not.toHaveBeenCalled();
  } finally {
    built.mockRestore();
  }
});

it('runs no more statements than measured in the typical turns of a signed-in resident', async () => {
  const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', env: SERVER });
  await c.say('menu');
  const cost = async (text: string) => {
    const before = statementsRun();
    await c.say(text);
    await c.core.service.outbox.idle();
    return statementsRun() - before;
  };
  // Measured on SQLite: the states with the configuration version, the session with its account, then
  // what the step itself reads, and the state's write.
  const measured: Array<[string, number]> = [
    ['menu', 3],
    ['mes factures', 4],
    ['menu', 3],
    ['réserver', 7],
    ['Restauration scolaire', 6],
    ['menu', 3],
    ['aide', 1],
  ];
  const counted: Array<[string, number]> = [];
  for (const [text] of measured) counted.push([text, await cost(text)]);
  for (const [i, [text, most]] of measured.entries()) expect({ text, statements: Math.min(counted[i]![1], most) }).toEqual({ text, statements: counted[i]![1] });
});
