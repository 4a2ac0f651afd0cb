/**
 * Helpers of the démarche conversations without an account (test/dialogs/demarches*.test.ts,
 * electoralRoll.test.ts): a chat joined to Carrières-sous-Poissy on Wednesday 18 November 2026,
 * 15:00 in Paris (or `now`), and the rows of a query.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from './harness';

export async function demarcheChat(chats: Chat[], options: { channelId?: string; env?: Record<string, string>; now?: string } = {}): Promise<Chat> {
  const c = startChat({ clock: settableClock(options.now ?? '2026-11-18T14:00:00Z'), ...(options.channelId ? { channelId: options.channelId } : {}), ...(options.env ? { env: options.env } : {}) });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}

export const rows = (c: Chat, sql: string) => c.core.db.$client.prepare(sql).all() as Array<Record<string, unknown>>;

/** The data of the requests made, as stored (JSON). */
export const storedRequests = (c: Chat) => (c.core.db.$client.prepare('select data from requests').all() as Array<{ data: string }>).map((r) => JSON.parse(r.data) as Record<string, unknown>);
