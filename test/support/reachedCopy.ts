/**
 * A question of the every-prompt tables reached once per channel and test file (test/support/everyPrompt.ts),
 * the next tests starting from a copy of the state that reached it (test/support/signedInCopy.ts), not
 * through its turns again: each row's checks reached it afresh 10 to 40 times a channel, by 1 to 12 turns.
 *
 * The first reach of a row on a channel runs its turns as written (a new chat, signed in or not, the row's
 * messages, an invoice made, a clock moved), and that state is copied at once: the database, the data folder,
 * the conversation's activities and the clock's time. Each later reach opens a new chat on a copy of it, as a
 * server restarted on that folder would, and gets the replies that asked the question as the first reach did.
 * The first (a) check of each row compares an answer said after the turns with phrasings said after copies.
 *
 * Reached as before, every time: on PostgreSQL, and a chat with its own date recognizer, user or locale (no `restart`).
 */
import type { Activity } from 'botbuilder';
import type { Chat } from './harness';
import { chatFromState, copyChat, type ChatCopy } from './signedInCopy';

type Replies = Partial<Activity>[];
type Reach = (channel: string, chats: Chat[]) => Promise<{ c: Chat; asked: Replies }>;

/** `reach` run once per channel, then copies of what it reached. */
export function reachedOnce(reach: Reach): Reach {
  const reached = new Map<string, { copy: ChatCopy; restart: NonNullable<Chat['restart']>; asked: Replies }>();
  return async (channel, chats) => {
    const known = reached.get(channel);
    if (known) {
      const { c } = chatFromState(known.copy, known.restart);
      chats.push(c);
      return { c, asked: structuredClone(known.asked) };
    }
    const first = await reach(channel, chats);
    const { c, asked } = first;
    const copy = c.restart && copyChat(c, c.activities(), c.core.service.clock.now());
    if (copy && c.restart) reached.set(channel, { copy, restart: c.restart, asked: structuredClone(asked) });
    return first;
  };
}
