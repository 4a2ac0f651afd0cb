/** Reading what the bot mailed into DATA_DIR/outbox (the embedded default, no SMTP server), and the outbox table's messages. */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Core } from '../../src/index';
import { jobDefinitions, runJob } from '../../src/jobs/scheduler';
import { createLogger } from '../../src/logger';
import { rowsOf } from './sql';

export function outboxMails(outboxDir: string): string[] {
  if (!fs.existsSync(outboxDir)) return [];
  return fs
    .readdirSync(outboxDir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => fs.readFileSync(path.join(outboxDir, f), 'utf8'));
}

/**
 * The 6-digit code of the last code mail sent to `to`. Other mails (a booking confirmation sent
 * from the outbox after the turn) may come after it: they are passed over.
 */
export function lastCode(outboxDir: string, to: string): string {
  const codes = outboxMails(outboxDir)
    .filter((m) => m.includes(`To: ${to}`))
    .map((m) => /: (\d{6})\b/.exec(m.replace(/=\r?\n/g, ''))?.[1])
    .filter((c): c is string => !!c);
  const code = codes.at(-1);
  if (!code) throw new Error(`No code mailed to ${to}`);
  return code;
}

/** The outbox's messages of one kind, oldest first, their payload read back as an object on either store. */
export async function outboxRows(core: Core, kind: string): Promise<Array<{ status: string; attempts: number; payload: Record<string, unknown> }>> {
  const found = await rowsOf<{ status: string; attempts: number; payload: unknown }>(core, sql`select status, attempts, payload from outbox where kind = ${kind} order by id`);
  return found.map((r) => ({ ...r, attempts: Number(r.attempts), payload: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as Record<string, unknown> }));
}

/** Runs the `outbox` job as the scheduler does (no conversation to reach). */
export async function runOutboxJob(core: Core): Promise<void> {
  const job = jobDefinitions(core.config, core.service, { tell: async () => true, remind: async () => true }).find((j) => j.name === 'outbox');
  if (!job) throw new Error('No outbox job');
  const outcome = await runJob(job, core.service, createLogger('silent'));
  if (outcome.status !== 'done') throw new Error(`The outbox job did not run: ${JSON.stringify(outcome)}`);
}

/** The mail server down for one kind of mail: the mailer fails as nodemailer does when SMTP refuses the connection. */
export function smtpDownFor(core: Core, method: keyof Core['service']['deps']['mailer']): jest.SpyInstance {
  return jest.spyOn(core.service.deps.mailer, method).mockRejectedValue(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ECONNREFUSED' }));
}
