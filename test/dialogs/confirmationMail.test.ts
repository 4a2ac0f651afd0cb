/**
 * A basket's confirmation mail, sent by the outbox right after « Confirmer » in the process that
 * confirmed it, is made from what the turn had (src/domain/bookingMessages.ts, ConfirmedMails): its
 * handler reads neither the basket, nor the account, nor the household and its children again (the
 * claim and the « sent » mark are its only statements). The same message sent again from the stored
 * basket (as the outbox job, or another instance, sends it) is the same mail.
 */
import { queueIn } from '../../db/repositories/outboxRepository';
import { statementsRun } from '../../db/statementCount';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { outboxMails } from '../support/outbox';
import { oneOf } from '../support/sql';
import { sql } from 'drizzle-orm';

const chats: Chat[] = [];
/** The server's statements, prepared as its core opens (the tests' chats prepare them at their first use). */
const SERVER = { PREPARE_STATEMENTS: 'start' };
afterAll(async () => {
  for (const c of chats) await c.core.close();
});

/** A mail without what changes from one sending to the next. */
const body = (mail: string | undefined) => (mail ?? '').replace(/^(?:Message-ID|Date): .*\n/gm, '');

it('mails the confirmation with its claim and its mark only, the same mail as worded from the stored basket', async () => {
  const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', env: SERVER });
  await c.say('menu');
  await c.say('réserver la cantine le 7 janvier, le 8 janvier et le 11 janvier pour Léa');
  const basketReads = jest.spyOn(c.core.service.deps.repos.reservations, 'getBasket');
  const accountReads = jest.spyOn(c.core.service.deps.repos.accounts, 'get');
  const before = statementsRun();
  expect(c.text(await c.say('Confirmer'))).toContain('Référence : CSP-RES-2026-000001');
  await c.core.service.outbox.idle();
  const confirmed = statementsRun() - before;
  // The basket read once, by the turn (« Confirmer » reads its wishes), the account by the turn's session: the mail read neither.
  expect(basketReads).toHaveBeenCalledTimes(1);
  expect(accountReads).not.toHaveBeenCalled();
  // 25 before: the mail's four reads (the basket, the account, the household, the children).
  expect(confirmed).toBeLessThanOrEqual(21);
  const sent = outboxMails(c.core.config.outboxDir).filter((m) => m.includes('CSP-RES-2026-000001'));
  expect(sent).toHaveLength(1);

  // Sent again from the stored basket (read this time): the same mail.
  const basket = await oneOf<{ id: number }>(c.core, sql`select id from baskets where reference = 'CSP-RES-2026-000001'`);
  await c.core.store.write((db) => queueIn(db, c.core.store, [{ kind: 'bookingConfirmation', payload: { basketId: basket?.id, locale: 'fr' } }], '2026-11-18T14:00:00.000Z'));
  await c.core.service.outbox.flush();
  expect(basketReads).toHaveBeenCalledTimes(2);
  expect(accountReads).toHaveBeenCalledTimes(1);
  const resent = outboxMails(c.core.config.outboxDir).filter((m) => m.includes('CSP-RES-2026-000001'));
  expect(resent).toHaveLength(2);
  expect(body(resent[1])).toBe(body(resent[0]));
});
