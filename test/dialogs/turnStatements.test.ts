/**
 * What a booking costs the database, counted as GET /metrics counts it (db/statementCount.ts): the
 * sentence that fills the basket and the « Confirmer » that books it stay within the statements
 * measured once the communes' configuration was kept in memory, the session read with its account
 * and both bot states read at once (15 and 32 on SQLite, with a margin of 2). More means a turn
 * reads again what it already has.
 */
import { statementsRun } from '../../db/statementCount';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterAll(async () => {
  for (const c of chats) await c.core.close();
});

it('books three days in at most 17 statements, and confirms them in at most 34', async () => {
  const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
  await c.say('menu');
  const cost = async (text: string) => {
    const before = statementsRun();
    const replies = c.text(await c.say(text));
    // The confirmation mail is sent after the turn: it counts too.
    await c.core.service.outbox.idle();
    return { replies, statements: statementsRun() - before };
  };
  const booking = await cost('réserver la cantine le 7 janvier, le 8 janvier et le 11 janvier pour Léa');
  expect(booking.replies).toContain('à réserver le 7, 8 et 11 janvier');
  expect(booking.statements).toBeLessThanOrEqual(17);
  const confirm = await cost('Confirmer');
  expect(confirm.replies).toContain('Référence : CSP-RES-2026-000001');
  expect(confirm.statements).toBeLessThanOrEqual(34);
  // The turn after: nothing read twice.
  expect((await cost('menu')).statements).toBeLessThanOrEqual(5);
});
