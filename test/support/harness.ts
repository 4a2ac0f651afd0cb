/**
 * Test support: a configuration on a temporary data folder, and a conversation with the real
 * bot (real dialogs, real SQLite state) through botbuilder's TestAdapter.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder-core';
import { fixedClock, type Clock } from '../../src/domain/clock';
import { parisDay } from '../../src/domain/parisTime';
import { loadConfig, type Config } from '../../src/config';
import { buildBot } from '../../src/botAssembly';
import { buildCore, openCore, type Core } from '../../src/core';
import type { AskedAhead, DateRecognizer } from '../../src/nlu/recognizerFallback';

export const ROOT = path.resolve(__dirname, '../..');

/**
 * A configuration on a new data folder. In the PostgreSQL project of the test run
 * (TEST_STORE=postgres), with a new PostgreSQL database too: the instance started on it runs there.
 */
export function tempConfig(env: Record<string, string> = {}): Readonly<Config> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecb-'));
  // The date recognizer's worker starts at the first message that needs it, not 2 s after listening: its
  // compilation (about 3 s of CPU) was paid by every test file whose server lived that long, needed or not.
  // Its statements are prepared at their first use, not all as the core opens (db/prepared.ts): half of a chat's set-up.
  return loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', PORT: '0', JOBS: 'off', PASSWORD_COST: '14', DATES_WARM_UP_MS: '86400000', PREPARE_STATEMENTS: 'first-use', ...storeEnv(env), ...env }, ROOT);
}

function storeEnv(env: Record<string, string>): Record<string, string> {
  if (process.env.TEST_STORE !== 'postgres' || env.DATABASE_URL !== undefined) return {};
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createDatabaseSync } = require('./postgresProbe') as { createDatabaseSync(): string };
  return { DATABASE_URL: createDatabaseSync() };
}

/**
 * The core on a new SQLite file, as buildCore makes it, but from a copy of a database already migrated
 * and loaded with the demo data for the same day: migrating and loading the demo communes took most of
 * a conversation's set-up (about 4× the time). The copy is made once per day of the clock, the migrations
 * and the demo files, in the test run's temporary folder (test/support/tmpRun.js); buildCore then finds
 * the migrations applied and the communes there, and the rest of the start is its own.
 */
function seededCore(config: Readonly<Config>, clock: Clock): Core {
  if (config.postgres || !config.demoData) return buildCore(config, clock);
  const template = templateFile(config, clock);
  if (fs.existsSync(template)) fs.copyFileSync(template, config.databaseFile);
  const core = buildCore(config, clock);
  if (!fs.existsSync(template)) {
    // Written whole under another name, then renamed: the other worker reads it complete or not at all.
    const partial = `${template}.${process.pid}`;
    fs.writeFileSync(partial, core.db.$client.serialize());
    fs.renameSync(partial, template);
  }
  return core;
}

/** In the run's folder (test/support/tmpRun.js), kept for the next test files, not in the file's own (test/support/fileTmpDir.js). */
const templateFile = (config: Readonly<Config>, clock: Clock): string =>
  path.join(process.env.ECB_RUN_TMPDIR ?? os.tmpdir(), `ecb-seeded-${seedKey(config)}-${parisDay(clock.now())}.sqlite`);

/**
 * The configuration's SQLite file made from the seeded copy (see seededCore), before a test starts the
 * whole app on it (startApp, which builds its core itself): the app then finds the migrations applied and
 * the demo communes there. The copy is made first if no test has made it yet. Nothing is done on PostgreSQL,
 * without the demo data, or when the file exists already.
 */
export async function seedDatabase(config: Readonly<Config>, clock: Clock): Promise<Readonly<Config>> {
  if (config.postgres || !config.demoData || fs.existsSync(config.databaseFile)) return config;
  const template = templateFile(config, clock);
  if (!fs.existsSync(template)) await seededCore(tempConfig({ DATABASE_URL: '' }), clock).close();
  fs.copyFileSync(template, config.databaseFile);
  return config;
}

/**
 * The core a test opens itself (a domain or job test, without a chat): on SQLite from the seeded copy as
 * startChat's (seededCore: migrating and loading the demo communes cost about 0.5 s of CPU a test), on
 * PostgreSQL as openCore opens it.
 */
export function openTestCore(config: Readonly<Config>, clock: Clock): Promise<Core> {
  return config.postgres ? openCore(config, clock) : Promise.resolve(seededCore(config, clock));
}

/** What the seeded database depends on besides the day: the migrations and the demo data's files. */
function seedKey(config: Readonly<Config>): string {
  const demo = path.join(config.rootDir, 'db', 'demo');
  const files = [path.join(config.migrationsFolder, 'meta', '_journal.json'), ...[demo, path.join(demo, 'communes')].flatMap((dir) => fs.readdirSync(dir).map((f) => path.join(dir, f)))];
  const hash = createHash('sha1');
  for (const file of files.sort()) {
    const stat = fs.statSync(file);
    if (stat.isFile()) hash.update(`${file}:${stat.size}:${stat.mtimeMs};`);
  }
  return hash.digest('hex').slice(0, 12);
}

export interface Chat {
  core: Core;
  /** Sends a message (text, or a partial activity) and returns the bot's replies of that turn. */
  say(input: string | Partial<Activity>): Promise<Partial<Activity>[]>;
  /** Starts the conversation as a channel does (conversationUpdate with the user joining). */
  join(channelData?: unknown): Promise<Partial<Activity>[]>;
  /** The text of the replies, joined, for simple assertions. */
  text(replies: Partial<Activity>[]): string;
  /** The activities the conversation has had (the next one's id), for a copy of its state (test/support/signedInCopy.ts). */
  activities(): number;
  /** Its channel and environment, to start it again from a copy; undefined with a date recognizer, another user or locale of its own. */
  restart?: { channelId?: string; env?: Record<string, string> };
}

/**
 * `activitiesBefore`: the activities this conversation already had (a chat restored from a copy of its
 * state, test/support/signedInCopy.ts): the next one's id follows theirs, as in the conversation copied.
 */
export function startChat(options: { clock?: Clock; channelId?: string; env?: Record<string, string>; locale?: string; core?: Core; recognizer?: DateRecognizer | AskedAhead; user?: string; activitiesBefore?: number } = {}): Chat {
  const core = options.core ?? seededCore(tempConfig(options.env), options.clock ?? fixedClock('2026-11-18T14:00:00Z'));
  const bot = buildBot(core, undefined, options.recognizer);
  const adapter = new TestAdapter(async (ctx) => bot.run(ctx), {
    channelId: options.channelId ?? 'test',
    locale: options.locale ?? 'fr-FR',
    // Another channel user, in a conversation of their own (the same bot and database with `core`).
    ...(options.user ? { from: { id: options.user, name: options.user }, conversation: { id: `conversation-${options.user}` } as Activity['conversation'] } : {}),
  });
  // TestAdapter numbers the activities it is given from 0 (botbuilder-core's testAdapter.js).
  if (options.activitiesBefore) (adapter as unknown as { _nextId: number })._nextId = options.activitiesBefore;
  const drain = () => adapter.activeQueue.splice(0, adapter.activeQueue.length);
  return {
    core,
    async say(input) {
      const activity = typeof input === 'string' ? { type: 'message', text: input } : { type: 'message', ...input };
      await adapter.processActivity(activity as Partial<Activity>);
      return drain();
    },
    async join(channelData) {
      const ref = adapter.conversation;
      await adapter.processActivity({
        type: 'conversationUpdate',
        membersAdded: [{ id: ref.user?.id ?? 'user1', name: ref.user?.name ?? 'User1' }],
        recipient: ref.bot,
        channelData,
      } as Partial<Activity>);
      return drain();
    },
    text: (replies) => replies.map((r) => r.text ?? '').join('\n'),
    activities: () => (adapter as unknown as { _nextId: number })._nextId,
    ...(options.recognizer || options.user || options.locale ? {} : { restart: { channelId: options.channelId, ...(options.env ? { env: options.env } : {}) } }),
  };
}

/** A new SMS resident (no commune yet) who sends these messages in turn: the chat, kept in `chats` for closing, and the text of the last replies. */
export async function smsSaying(chats: Chat[], ...says: string[]): Promise<{ c: Chat; last: string }> {
  const c = startChat({ channelId: 'sms' });
  chats.push(c);
  let last = '';
  for (const said of says) last = c.text(await c.say(said));
  return { c, last };
}
