/**
 * The retention job (fixed clock): each kind of data is purged after its period, counted from its
 * last use, and nothing younger; a démarche's papers and the commune's records stay; a second run
 * purges nothing more; the periods come from RETENTION_*_DAYS.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { settableClock, type SettableClock } from '../../src/domain/clock';
import type { Core } from '../../src/index';
import { jobDefinitions, runJob } from '../../src/jobs/scheduler';
import { createLogger } from '../../src/logger';
import { openTestCore, tempConfig } from '../support/harness';
import { oneOf, rowsOf, run } from '../support/sql';

const PDF = new TextEncoder().encode('%PDF-1.4\n% a paper\n');
let core: Core;
let clock: SettableClock;
const countOf = async (table: string) => (await oneOf<{ n: number }>(core, sql`select cast(count(*) as integer) as n from ${sql.identifier(table)}`))!.n;
const ago = (days: number) => new Date(clock.now().getTime() - days * 86_400_000).toISOString();

beforeEach(async () => {
  clock = settableClock('2026-11-23T02:30:00Z');
  core = await openTestCore(tempConfig(), clock);
});
afterEach(async () => {
  await core.close();
});

async function account(email: string) {
  return core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email, civility: null, firstName: 'A', lastName: 'B', phone: null, address: null });
}

/** A Direct Line conversation last active `days` ago, with two activities. */
async function chat(id: string, days: number) {
  await run(core, sql`insert into directline_conversations (id, user_id, commune_id, locale, started, created_at, last_active_at) values (${id}, 'dl_u', 'carrieres-sous-poissy', 'fr-FR', true, ${ago(days + 1)}, ${ago(days)})`);
  for (const seq of [1, 2]) await run(core, sql`insert into directline_activities (conversation_id, seq, activity, created_at) values (${id}, ${seq}, ${JSON.stringify({ type: 'message', text: 'bonjour' })}, ${ago(days)})`);
}

async function state(key: string, days: number) {
  await run(core, sql`insert into bot_state (key, data, etag, updated_at) values (${key}, '{}', 'e', ${ago(days)})`);
}

it('purges transcripts after 30 days, secrets 7 days after they expire, profiles after a year; keeps the rest', async () => {
  const a = await account('a@example.org');
  // Papers: one kept for a démarche never sent, one sent with a request, one recent.
  const documents = core.service.documents;
  const abandoned = await documents.keepForRequest('avis.pdf', PDF);
  const sent = await documents.keepForRequest('livret.pdf', PDF);
  if (!abandoned.ok || !sent.ok) throw new Error('papers refused');
  const commune = await core.service.getCommune('carrieres-sous-poissy');
  await core.service.requests.submit({ commune, kind: 'family_booklet', email: 'a@example.org', data: {}, locale: 'fr', papers: [{ documentId: sent.paper.documentId, kind: 'autre' }] });
  const paths = await rowsOf<{ id: number; p: string }>(core, sql`select id, storage_path as p from documents order by id`);
  clock.advance(31 * 24 * 60);
  const recent = await documents.keepForRequest('recent.pdf', PDF);
  expect(recent.ok).toBe(true);
  // Transcripts.
  await chat('old-chat', 31);
  await chat('recent-chat', 29);
  await state('webchat/conversations/old/', 31);
  await state('webchat/conversations/recent/', 29);
  await state('webchat/users/old/', 366);
  await state('webchat/users/recent/', 364);
  // Secrets: a code expired 8 days ago and one 6 days ago; sessions ended 8 and 6 days ago; links.
  for (const days of [8, 6]) {
    await run(core, sql`insert into one_time_codes (account_id, purpose, code_hash, expires_at) values (${a.id}, 'sign_in', 'h', ${ago(days)})`);
    await run(core, sql`insert into sessions (account_id, channel_user, last_seen_at, ended_at) values (${a.id}, ${`cu-${days}`}, ${ago(days)}, ${ago(days)})`);
    await run(core, sql`insert into link_tokens (purpose, token_hash, commune_id, account_id, expires_at) values ('set_password', ${`t-${days}`}, 'carrieres-sous-poissy', ${a.id}, ${ago(days)})`);
  }
  // Profile: conversations remembered 366 and 364 days ago; a reminder dealt with a year ago, one pending.
  await run(core, sql`insert into conversation_refs (channel_id, user_id, conversation_id, account_id, reference, updated_at) values ('webchat', 'u1', 'c-old', ${a.id}, '{}', ${ago(366)})`);
  await run(core, sql`insert into conversation_refs (channel_id, user_id, conversation_id, account_id, reference, updated_at) values ('webchat', 'u1', 'c-new', ${a.id}, '{}', ${ago(364)})`);
  await run(core, sql`insert into reminders (account_id, kind, key, params, expires_on, status) values (${a.id}, 'invoiceDue', 'old', '{}', ${ago(400).slice(0, 10)}, 'sent')`);
  await run(core, sql`insert into reminders (account_id, kind, key, params, expires_on, status) values (${a.id}, 'invoiceDue', 'waiting', '{}', ${ago(400).slice(0, 10)}, 'pending')`);
  // The audit log's counted asks (codes, references mailed) 8 and 6 days old; a failed try, a year old, is a record.
  for (const [action, days] of [['signIn.codeAsked', 8], ['signIn.codeAsked', 6], ['request.referencesAsked', 8], ['password.failed', 366]] as const) {
    await run(core, sql`insert into audit_log (at, actor, action, commune_id, subject) values (${ago(days)}, 'email:h', ${action}, 'carrieres-sous-poissy', ${`email:h-${days}`})`);
  }
  // Shared limits: a window that ended, one still running.
  const nowMs = core.service.clock.now().getTime();
  await run(core, sql`insert into rate_limits (key, points, expire) values ('chat-tokens:ended', 3, ${nowMs - 1000}), ('chat-tokens:running', 1, ${nowMs + 60_000})`);
  // The outbox: messages sent 366 and 364 days ago; one still pending and one failed, a year old.
  for (const [kind, status, days] of [['old', 'sent', 366], ['recent', 'sent', 364], ['waiting', 'pending', 400], ['stuck', 'failed', 400]] as const) {
    await run(core, sql`insert into outbox (kind, payload, status, next_attempt_at, created_at, sent_at) values (${kind}, '{}', ${status}, ${ago(days)}, ${ago(days)}, ${status === 'sent' ? ago(days) : null})`);
  }

  const report = await core.service.retention.run();
  expect(report).toEqual({
    directLine: { conversations: 1, activities: 2 },
    conversationState: 1,
    userState: 1,
    papers: 1,
    codes: 1,
    links: 1,
    sessions: 1,
    countedAsks: 2,
    conversationRefs: 1,
    reminders: 1,
    jobRuns: 0,
    rateLimits: 1,
    outbox: 1,
  });
  expect((await rowsOf<{ key: string }>(core, sql`select key from rate_limits`)).map((r) => r.key)).toEqual(['chat-tokens:running']);
  expect(await rowsOf(core, sql`select id from directline_conversations`)).toEqual([{ id: 'recent-chat' }]);
  expect(await countOf('directline_activities')).toBe(2);
  expect((await rowsOf<{ key: string }>(core, sql`select key from bot_state order by key`)).map((r) => r.key)).toEqual(['webchat/conversations/recent/', 'webchat/users/recent/']);
  // The abandoned paper is gone, file and row; the one sent with a request and the recent one stay.
  const uploads = core.config.uploadsDir;
  expect(fs.existsSync(path.join(uploads, paths[0]!.p))).toBe(false);
  expect(fs.existsSync(path.join(uploads, paths[1]!.p))).toBe(true);
  expect(await countOf('documents')).toBe(2);
  expect([await countOf('one_time_codes'), await countOf('sessions'), await countOf('link_tokens'), await countOf('conversation_refs')]).toEqual([1, 1, 1, 1]);
  expect((await rowsOf<{ key: string }>(core, sql`select key from reminders`)).map((r) => r.key)).toEqual(['waiting']);
  // The request's receipt, queued today, stays too.
  expect((await rowsOf<{ kind: string }>(core, sql`select kind from outbox order by id`)).map((r) => r.kind)).toEqual(['requestConfirmation', 'recent', 'waiting', 'stuck']);
  // The commune's records stay: the account, the request, the audit log.
  expect([await countOf('accounts'), await countOf('requests')]).toEqual([1, 1]);
  expect(await countOf('audit_log')).toBeGreaterThan(0);
  const asks = await rowsOf<{ action: string; subject: string }>(core, sql`select action, subject from audit_log where actor = 'email:h' order by id`);
  expect(asks).toEqual([{ action: 'signIn.codeAsked', subject: 'email:h-6' }, { action: 'password.failed', subject: 'email:h-366' }]);

  // Again at once: nothing more.
  const again = await core.service.retention.run();
  expect(Object.values(again).every((v) => (typeof v === 'number' ? v === 0 : v.conversations === 0 && v.activities === 0))).toBe(true);
});

it('runs as the nightly `retention` job, job runs older than a year included', async () => {
  const job = jobDefinitions(core.config, core.service, { tell: async () => true, remind: async () => true }).find((j) => j.name === 'retention')!;
  expect(job.schedule).toBe('30 3 * * *');
  await run(core, sql`insert into job_runs (job, holder, started_at, finished_at, status) values ('invoicing', 'h', ${ago(400)}, ${ago(400)}, 'done')`);
  const outcome = await runJob(job, core.service, createLogger('silent'));
  expect(outcome.status).toBe('done');
  expect(outcome.status === 'done' && JSON.parse(outcome.summary)).toMatchObject({ jobRuns: 1 });
  expect((await rowsOf<{ job: string }>(core, sql`select job from job_runs`)).map((r) => r.job)).toEqual(['retention']);
});

it('takes its periods from the configuration, and refuses a period that is not a number of days', async () => {
  await core.close();
  core = await openTestCore(tempConfig({ RETENTION_TRANSCRIPT_DAYS: '7', RETENTION_SECURITY_DAYS: '1', RETENTION_PROFILE_DAYS: '90' }), clock);
  expect(core.service.retention.periods).toEqual({ transcriptDays: 7, securityDays: 1, profileDays: 90 });
  await chat('eight-days', 8);
  const report = await core.service.retention.run();
  expect(report.directLine.conversations).toBe(1);
  expect(() => tempConfig({ RETENTION_TRANSCRIPT_DAYS: 'un mois' })).toThrow(/RETENTION_TRANSCRIPT_DAYS/);
  expect(() => tempConfig({ RETENTION_PROFILE_DAYS: '0' })).toThrow(/RETENTION_PROFILE_DAYS/);
});

it('refuses to remove a file outside the uploads folder', async () => {
  await expect(core.service.deps.files.remove('../secret.key')).rejects.toThrow('bad stored path');
});
