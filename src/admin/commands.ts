/**
 * The admin commands: each reads its options, calls the domain service and prints locale text.
 * Returns the exit code (0 done, 1 bad input).
 */
import type { Config } from '../config';
import type { Core } from '../core';
import { communeCommand, schoolCalendarCommand } from './communeCommands';
import { doctorCommand } from './doctor';
import { listJobs, runJobNow } from './jobCommands';
import { decide, pendingRequests, showRequest } from './requestCommands';
import { AGENT_USAGE, agentCommand } from './agentCommands';
import { parseArgs } from 'node:util';
import { FILES, importFamilies, issueKey, listCommunes } from './familyCommands';
import { decideReservations, headcount, pendingReservations } from './reservationCommands';
import type { MunicipalService } from '../domain/municipalService';
import type { DecisionTeller } from '../domain/requestService';
import type { ReminderTeller } from '../domain/reminders';
import type { Locale, Translate } from '../i18n';
import { createInvoice, reconcilePayments, refunds, runInvoicing } from './invoiceCommands';
import { backupCommand, restoreCommand, verifyBackupCommand, type OfflineContext } from './backupCommands';

export const OPTIONS = {
  commune: { type: 'string' },
  households: { type: 'string' },
  children: { type: 'string' },
  enrolments: { type: 'string' },
  'file-number': { type: 'string' },
  reference: { type: 'string' },
  message: { type: 'string' },
  id: { type: 'string' },
  all: { type: 'boolean' },
  day: { type: 'string' },
  activity: { type: 'string' },
  school: { type: 'string' },
  csv: { type: 'string' },
  month: { type: 'string' },
  label: { type: 'string' },
  amount: { type: 'string' },
  due: { type: 'string' },
  done: { type: 'string' },
  force: { type: 'boolean' },
  lang: { type: 'string' },
  email: { type: 'string' },
  roles: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const takesValue = (arg: string): boolean => arg.startsWith('--') && OPTIONS[arg.slice(2) as keyof typeof OPTIONS]?.type === 'string';

/** `--amount -5` read as the value -5 (refused by the command with its reason), not as an option `-5`. */
function negativesJoined(args: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    if (takesValue(arg) && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

export const parseCommandLine = (args: string[]) => parseArgs({ args: negativesJoined(args), options: OPTIONS, allowPositionals: true, strict: true });
export type CliValues = ReturnType<typeof parseCommandLine>['values'];

export interface Output {
  line(text: string): void;
  error(text: string): void;
}

export interface CommandContext {
  service: MunicipalService;
  t: Translate;
  out: Output;
  values: CliValues;
  locale: Locale;
  config: Readonly<Config>;
  /** The word after the command, for commands that take one (run-job NAME). */
  arg?: string;
  /** Tells agents' decisions in the residents' conversations (the bot's adapter, built from the config). */
  teller: DecisionTeller & ReminderTeller;
  /** The words after the command, for commands made of several (`commune import FILE`). */
  words?: string[];
  /** The core the command runs on (its school calendars). */
  core?: Pick<Core, 'schoolCalendars'>;
}

interface CommandSpec {
  required: Array<keyof CliValues>;
  /** Takes one word after the command (a job's name, a folder). */
  positional?: boolean;
  /** Takes several words after the command (`commune import FILE`): how many, and the usage line shown otherwise. */
  words?: { min: number; max: number; usage: string };
  /** A usage problem the required options do not catch, as a locale key. */
  check?(values: CliValues): string | undefined;
}

/** A command on the domain service (the core is opened for it), or one on DATA_DIR's files alone (backups). */
export type Command = CommandSpec & ({ offline?: false; run(ctx: CommandContext): Promise<number> } | { offline: true; run(ctx: OfflineContext): Promise<number> });

export type CommandName =
  | 'communes'
  | 'commune'
  | 'school-calendar'
  | 'doctor'
  | 'jobs'
  | 'run-job'
  | 'import'
  | 'issue-key'
  | 'pending-requests'
  | 'show-request'
  | 'take-request'
  | 'complete-request'
  | 'refuse-request'
  | 'pending-reservations'
  | 'validate-reservations'
  | 'refuse-reservations'
  | 'headcount'
  | 'run-invoicing'
  | 'create-invoice'
  | 'reconcile-payments'
  | 'refunds'
  | 'backup'
  | 'verify-backup'
  | 'restore'
  | 'agent';

export const COMMANDS: Record<CommandName, Command> = {
  communes: { required: [], run: listCommunes },
  commune: { required: [], words: { min: 2, max: 3, usage: 'commune import FICHIER | commune export ID [FICHIER]' }, run: communeCommand },
  'school-calendar': { required: [], words: { min: 2, max: 2, usage: 'school-calendar import FICHIER' }, run: schoolCalendarCommand },
  doctor: { required: [], run: doctorCommand },
  jobs: { required: [], run: listJobs },
  'run-job': { required: [], positional: true, run: runJobNow },
  import: {
    required: ['commune'],
    check: (v) => (FILES.some((f) => v[f]) ? undefined : 'admin.usage.noFile'),
    run: importFamilies,
  },
  'issue-key': { required: ['commune', 'file-number'], run: issueKey },
  'pending-requests': { required: [], run: pendingRequests },
  'show-request': { required: ['reference'], run: showRequest },
  'take-request': { required: ['reference'], run: decide('in_progress') },
  'complete-request': { required: ['reference'], run: decide('completed') },
  'refuse-request': { required: ['reference', 'message'], run: decide('refused') },
  'pending-reservations': { required: [], run: pendingReservations },
  'validate-reservations': { required: [], check: (v) => (v.id || v.all ? undefined : 'admin.reservations.idOrAll'), run: decideReservations('confirmed') },
  'refuse-reservations': { required: ['message'], check: (v) => (v.id || v.all ? undefined : 'admin.reservations.idOrAll'), run: decideReservations('refused') },
  headcount: { required: ['commune', 'day'], run: headcount },
  'run-invoicing': { required: ['commune'], run: runInvoicing },
  'create-invoice': { required: ['commune', 'file-number', 'label', 'amount'], run: createInvoice },
  'reconcile-payments': { required: [], run: reconcilePayments },
  refunds: { required: [], run: refunds },
  backup: { required: [], positional: true, offline: true, run: backupCommand },
  'verify-backup': { required: [], positional: true, offline: true, run: verifyBackupCommand },
  restore: { required: [], positional: true, offline: true, run: restoreCommand },
  agent: { required: [], words: { min: 1, max: 1, usage: AGENT_USAGE }, run: agentCommand },
};
