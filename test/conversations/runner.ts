/**
 * The conversation tables' runner: one running app (real server, SQLite, fixed clock) for every
 * conversation; each conversation gets a resident of its own (fixtures.ts), talks on a channel
 * (channels.ts), then its OUTCOME is checked in the database or the domain, never the wording.
 * A turn may be computed from what came before (the e-mailed code, a reference the bot gave).
 */
import { fixedClock } from '../../src/domain/clock';
import type { CodeMail } from '../../src/domain/mail';
import type { Core, RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { tempConfig } from '../support/harness';
import { smsLine, webchatLine, SMS_TOKEN, SMS_WEBHOOK, type Channel, type Input, type Line, type Replies } from './channels';
import { COMMUNE, makeResident, needsSignIn, type Given, type Resident } from './fixtures';

/** Wednesday 18 November 2026, 15:00 in Paris. */
export const NOW = '2026-11-18T14:00:00Z';

export interface Ctx {
  core: Core;
  channel: Channel;
  resident: Resident;
  /** The text of the bot's replies, one entry per resident turn (the sign-in first turns included). */
  replies: string[];
  /** The last turn's replies. */
  last: Replies;
  /** The last code e-mailed to the resident. */
  code(): string;
  /** Values a setup keeps for the turns and the outcome (a family key, an invoice). */
  data: Record<string, unknown>;
}

/** A turn; computed from what came before, or left out (undefined) where the channel does not ask it. */
export type Turn = Input | ((ctx: Ctx) => Input | undefined | Promise<Input | undefined>);

export interface Conversation {
  /** The task, as the summary groups it (« book days », « civil-status act »). */
  task: string;
  /** What is special about this one (phrasing × answer style). */
  name: string;
  given: Given;
  /** The commune the resident talks to (default Carrières-sous-Poissy, where the residents' files are). */
  commune?: string;
  setup?(ctx: Ctx): Promise<void>;
  turns: Turn[];
  /** Undefined when the task is done; else what is missing, said plainly. */
  outcome(ctx: Ctx): Promise<string | undefined>;
  /** Only on these channels (default both). */
  channels?: readonly Channel[];
  /** A product dead end left as it is: the reason. Counted as failed; the test fails if it starts passing. */
  knownFailure?: string;
}

export interface Result {
  task: string;
  name: string;
  channel: Channel;
  ok: boolean;
  turns: number;
  problem?: string;
  transcript: string;
  knownFailure?: string;
}

export interface Bench {
  app: RunningApp;
  codes: Map<string, string>;
  next: number;
}

export async function openBench(): Promise<Bench> {
  const app = await startSeededApp(tempConfig({ TWILIO_AUTH_TOKEN: SMS_TOKEN, SMS_WEBHOOK_URL: SMS_WEBHOOK }), fixedClock(NOW));
  const codes = new Map<string, string>();
  const mailer = app.core.service.deps.mailer;
  const send = mailer.sendCode.bind(mailer);
  mailer.sendCode = async (mail: CodeMail) => {
    codes.set(mail.to, mail.code);
    return send(mail);
  };
  return { app, codes, next: 1 };
}

const show = (input: Input): string => (typeof input === 'string' ? input : `(presses ${JSON.stringify(input.value ?? input)})`);

export async function runConversation(bench: Bench, conv: Conversation, channel: Channel): Promise<Result> {
  const n = bench.next++;
  const core = bench.app.core;
  const transcript: string[] = [];
  const result: Result = { task: conv.task, name: conv.name, channel, ok: false, turns: 0, transcript: '', ...(conv.knownFailure ? { knownFailure: conv.knownFailure } : {}) };
  try {
    const resident = await makeResident(core, n, conv.given);
    const commune = conv.commune ?? COMMUNE;
    const line: Line = channel === 'webchat' ? webchatLine(bench.app, `c${n}`, commune) : smsLine(bench.app, resident.phone, commune);
    const ctx: Ctx = {
      core, channel, resident, replies: [], last: { text: '', activities: [] }, data: {},
      code() {
        const code = bench.codes.get(resident.email);
        if (!code) throw new Error(`No code was mailed to ${resident.email}`);
        return code;
      },
    };
    const opened = await line.open();
    if (opened.text) transcript.push(`  bot: ${indent(opened.text)}`);
    ctx.last = opened;
    await conv.setup?.(ctx);
    const say = async (turn: Turn, counted: boolean) => {
      const input = typeof turn === 'function' ? await turn(ctx) : turn;
      if (input === undefined) return;
      transcript.push(`> ${show(input)}`);
      const replies = await line.say(input);
      transcript.push(`  bot: ${indent(replies.text)}`);
      ctx.replies.push(replies.text);
      ctx.last = replies;
      if (counted) result.turns++;
    };
    if (needsSignIn(conv.given)) {
      for (const turn of ['Me connecter', resident.email, (c: Ctx) => c.code()]) await say(turn, false);
      transcript.push('  (signed in; the task starts)');
    }
    for (const turn of conv.turns) await say(turn, true);
    result.problem = await conv.outcome(ctx);
    result.ok = result.problem === undefined;
  } catch (e) {
    result.problem = `error: ${e instanceof Error ? e.message : String(e)}`;
  }
  result.transcript = transcript.join('\n');
  return result;
}

const indent = (text: string) => text.replace(/\n/g, '\n       ');

/** The table printed at the end: task × channel → conversations, succeeded, rate, mean turns. */
export function summary(results: readonly Result[]): string {
  const groups = new Map<string, Result[]>();
  for (const r of results) {
    const key = `${r.task}\u0000${r.channel}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const rows = [...groups.entries()].map(([key, rs]) => {
    const [task, channel] = key.split('\u0000') as [string, string];
    const ok = rs.filter((r) => r.ok).length;
    const turns = rs.filter((r) => r.ok).reduce((s, r) => s + r.turns, 0) / Math.max(1, ok);
    return [task, channel, String(rs.length), String(ok), `${((100 * ok) / rs.length).toFixed(1)} %`, turns.toFixed(1)];
  });
  const all = results.filter((r) => r.ok).length;
  const allTurns = results.filter((r) => r.ok).reduce((s, r) => s + r.turns, 0) / Math.max(1, all);
  rows.push(['ALL', 'both', String(results.length), String(all), `${((100 * all) / Math.max(1, results.length)).toFixed(1)} %`, allTurns.toFixed(1)]);
  const head = ['task', 'channel', 'conversations', 'succeeded', 'success', 'mean turns'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ');
  const byReason = new Map<string, number>();
  for (const r of results) if (!r.ok && r.knownFailure) byReason.set(`${r.task}: ${r.knownFailure}`, (byReason.get(`${r.task}: ${r.knownFailure}`) ?? 0) + 1);
  const known = [...byReason].map(([reason, n]) => `  known failure ×${n} — ${reason}`);
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(fmt), ...(known.length ? ['', ...known] : [])].join('\n');
}

/** Every conversation of the tables on each of its channels. */
export function cases(tables: readonly Conversation[]): Array<[string, Conversation, Channel]> {
  return tables.flatMap((conv) => (conv.channels ?? (['webchat', 'sms'] as const)).map((ch) => [`[${ch}] ${conv.task} — ${conv.name}`, conv, ch] as [string, Conversation, Channel]));
}
