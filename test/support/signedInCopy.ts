/**
 * A signed-in conversation copied, for the next tests of the same file to start where the first one's
 * sign-in left it, without the four turns (join, « Me connecter », the e-mail, the code: about 60 ms
 * of CPU a test, the most common set-up of the dialog tests).
 *
 * What is copied is what those turns left: the SQLite database whole (the account, its session, the
 * code mailed and used, the conversation's and the user's dialog state, the outbox), and every other
 * file of the data folder (the mailed code in outbox/, secret.key, which signs the session and keys the
 * hashes). The copy's chat opens a new core on them, as a server restarted on that folder would, and
 * its test adapter numbers the next activity after the four. Not copied: what a bot instance keeps in
 * memory, the only such state being the message limit's count of the last 10 s (src/web/localFirstLimiter.ts),
 * which a copy starts at 0 instead of 4 (test/bot/messageRate.test.ts signs in by its turns: its only test
 * is its file's first).
 *
 * The sign-in through its turns stays: the first signedInChat of each set of options in each test file,
 * every `signIn: false` chat, and the sign-in dialog's own tests (test/dialogs/signIn*.test.ts, their turns
 * written out). Not copied: PostgreSQL (a database per test: its copy is another matter), a chat with its own date recognizer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { settableClock, type SettableClock } from '../../src/domain/clock';
import type { Account } from '../../src/domain/types';
import { buildCore } from '../../src/core';
import { startChat, tempConfig, type Chat } from './harness';

/** A conversation's state (a signed-in one here, a question reached in test/support/reachedCopy.ts). */
export interface ChatCopy {
  /** The SQLite database, serialized (what the connection reads, the write-ahead log included). */
  db: Buffer;
  /** The data folder's other entries, by path in it: a folder (null) or a file's bytes and mode. */
  entries: Array<[string, { bytes: Buffer; mode: number } | null]>;
  /** The activities the conversation had (for a signed-in one, the join and the three messages, and those of the helper copying it). */
  activities: number;
  /** The chat's clock when copied. */
  at: string;
}

/** The signed-in state of one conversation. */
export interface SignedInCopy extends ChatCopy {
  /** The account as signedInChat made it, before the sign-in. */
  account: Account;
}

/** The chat's state as it is now, or undefined on PostgreSQL. */
export function copySignedIn(c: Chat, account: Account, activities: number, clock: SettableClock): SignedInCopy | undefined {
  const copy = copyChat(c, activities, clock.now());
  return copy && { ...copy, account: structuredClone(account) };
}

/** The chat's state as it is now (its activities so far, its clock's time), or undefined on PostgreSQL. */
export function copyChat(c: Chat, activities: number, at: Date): ChatCopy | undefined {
  const { config } = c.core;
  if (config.postgres) return undefined;
  const entries: ChatCopy['entries'] = [];
  for (const entry of fs.readdirSync(config.dataDir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    // The database file and its -wal and -shm: the serialized database stands for them.
    if (full.startsWith(config.databaseFile)) continue;
    const name = path.relative(config.dataDir, full);
    if (entry.isDirectory()) entries.push([name, null]);
    else if (entry.isFile()) entries.push([name, { bytes: fs.readFileSync(full), mode: fs.statSync(full).mode & 0o777 }]);
  }
  // Folders before the files in them.
  entries.sort((a, b) => a[0].split(path.sep).length - b[0].split(path.sep).length);
  return { db: c.core.db.$client.serialize(), entries, activities, at: at.toISOString() };
}

/** A new chat on a new data folder holding the copy, signed in as the copied one was (see chatFromState). */
export function chatFromCopy(copy: SignedInCopy, options: { channelId?: string; env?: Record<string, string> }): { c: Chat; account: Account; clock: SettableClock } {
  const { c, clock } = chatFromState(copy, options);
  return { c, account: structuredClone(copy.account), clock };
}

/** A new chat on a new data folder holding the copy: a new core opened on it, on a new clock at the copy's time. */
export function chatFromState(copy: ChatCopy, options: { channelId?: string; env?: Record<string, string> }): { c: Chat; clock: SettableClock } {
  const clock = settableClock(copy.at);
  const config = tempConfig(options.env);
  fs.mkdirSync(config.dataDir, { recursive: true });
  for (const [name, file] of copy.entries) {
    const full = path.join(config.dataDir, name);
    if (file === null) fs.mkdirSync(full, { recursive: true });
    else fs.writeFileSync(full, file.bytes, { mode: file.mode });
  }
  fs.writeFileSync(config.databaseFile, copy.db);
  const core = buildCore(config, clock);
  const c = startChat({ clock, channelId: options.channelId, ...(options.env ? { env: options.env } : {}), core, activitiesBefore: copy.activities });
  return { c, clock };
}
