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
import { agentCommand } from './agentCommands';
import { knownCommune, table } from './tables';
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { parseArgs } from 'node:util';
import type { ImportError, ImportFile, ImportFiles } from '../domain/familyImport';
import type { MunicipalService } from '../domain/municipalService';
import type { DecisionTeller } from '../domain/requestService';
import type { ReminderTeller } from '../domain/reminders';
import type { Locale, Translate } from '../i18n';
import { readCsvFile } from './csvFile';
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

export const parseCommandLine = (args: string[]) => parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
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

const FILES: ImportFile[] = ['households', 'children', 'enrolments'];

/** False (after saying so) when the commune id is unknown. */

async function importFamilies(ctx: CommandContext): Promise<number> {
  const { service, t, out, values } = ctx;
  const communeId = values.commune ?? '';
  if (!(await knownCommune(ctx, communeId))) return 1;
  const files: ImportFiles = {};
  const names: Partial<Record<ImportFile, string>> = {};
  const problems: ImportError[] = [];
  for (const file of FILES) {
    const given = values[file];
    if (!given) continue;
    names[file] = path.basename(given);
    const read = readCsvFile(given);
    if (read.ok) files[file] = read.records;
    else if (read.problem === 'invalid') problems.push({ file, line: read.line, code: read.code, params: {} });
    else {
      out.error(t('admin.import.fileUnreadable', { file: given }));
      return 1;
    }
  }
  const outcome = problems.length > 0 ? { ok: false as const, errors: problems } : await service.importFamilies(communeId, files);
  if (!outcome.ok) {
    for (const e of outcome.errors) {
      const message = t(`errors.import.${e.code}`, e.params);
      out.error(t('admin.import.errorLine', { file: names[e.file] ?? `${e.file}.csv`, line: e.line, message }));
    }
    out.error(t('admin.import.failed', { count: outcome.errors.length }));
    return 1;
  }
  const commune = await service.getCommune(communeId);
  out.line(t('admin.import.done', { commune: commune.name }));
  out.line(t('admin.import.counts', { ...outcome.result }));
  return 0;
}

async function issueKey(ctx: CommandContext): Promise<number> {
  const { service, t, out, values } = ctx;
  const communeId = values.commune ?? '';
  if (!(await knownCommune(ctx, communeId))) return 1;
  const commune = await service.getCommune(communeId);
  const { key, household } = await service.issueFamilyKey(communeId, values['file-number'] ?? '');
  out.line(t('admin.issueKey.key', { keyName: commune.familyKeyName, fileNumber: household.fileNumber, name: household.name, key }));
  out.line(t('admin.issueKey.handOver'));
  return 0;
}


async function pendingReservations(ctx: CommandContext): Promise<number> {
  const { service, t, out, values } = ctx;
  if (values.commune && !(await knownCommune(ctx, values.commune))) return 1;
  const pending = await service.reservations.listPending(values.commune);
  if (pending.length === 0) {
    out.line(t('admin.reservations.none'));
    return 0;
  }
  table(out, [
    ['id', 'day', 'child', 'activity', 'late'].map((h) => t(`admin.reservations.${h}`)),
    ...pending.map((r) => [String(r.id), r.day, r.childName, r.activityLabel, r.late ? t('admin.reservations.surcharge', { percent: r.surchargePercent }) : '']),
  ]);
  out.line(t('admin.reservations.count', { count: pending.length }));
  return 0;
}

/** --id 12,13 or --all (with --commune): the pending reservations to decide on. */
async function chosenReservations(ctx: CommandContext): Promise<number[] | undefined> {
  const { service, t, out, values } = ctx;
  if (values.all) {
    if (!values.commune) {
      out.error(t('admin.usage.missingOption', { option: '--commune' }));
      return undefined;
    }
    if (!(await knownCommune(ctx, values.commune))) return undefined;
    return (await service.reservations.listPending(values.commune)).map((r) => r.id);
  }
  const ids = (values.id ?? '').split(',').map((s) => s.trim());
  if (ids.length === 0 || ids.some((s) => !/^\d+$/.test(s))) {
    out.error(t('admin.reservations.badIds'));
    return undefined;
  }
  return ids.map(Number);
}

function decideReservations(status: 'confirmed' | 'refused') {
  return async (ctx: CommandContext): Promise<number> => {
    const { service, t, out, values } = ctx;
    const ids = await chosenReservations(ctx);
    if (!ids) return 1;
    const done = await service.reservations.decide(ids, status, 'agent', values.message?.trim() || null);
    out.line(t(`admin.reservations.${status}`, { count: done.length }));
    const skipped = ids.filter((id) => !done.some((d) => d.id === id));
    if (skipped.length) out.line(t('admin.reservations.notPending', { ids: skipped.join(', ') }));
    return 0;
  };
}

/** « Combien de repas jeudi à l'école du Parc ? »: booked children per school and activity, as a table or a CSV file. */
async function headcount(ctx: CommandContext): Promise<number> {
  const { service, t, out, values } = ctx;
  const communeId = values.commune ?? '';
  if (!(await knownCommune(ctx, communeId))) return 1;
  const day = values.day ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || new Date(`${day}T12:00:00Z`).toISOString().slice(0, 10) !== day) {
    out.error(t('admin.headcount.badDay', { day }));
    return 1;
  }
  const codes = ['morning', 'evening', 'canteen', 'wednesday', 'holidays', 'study'] as const;
  const code = values.activity ? codes.find((c) => c === values.activity) : undefined;
  if (values.activity && !code) {
    out.error(t('admin.headcount.badActivity', { activity: values.activity, codes: codes.join(', ') }));
    return 1;
  }
  // « ecole du parc » counts the children of « École du Parc »: case and accents aside.
  const rows = await service.reservations.headcount(communeId, day, code, values.school);
  const noSchool = t('admin.headcount.noSchool');
  const header = ['school', 'activity', 'count'].map((h) => t(`admin.headcount.${h}`));
  const body = rows.map((r) => [r.school ?? noSchool, r.activity.label, String(r.count)]);
  if (values.csv) {
    fs.writeFileSync(values.csv, stringify([header, ...body], { delimiter: ';', bom: true }));
    out.line(t('admin.headcount.written', { file: values.csv, count: rows.length }));
    return 0;
  }
  out.line(t('admin.headcount.title', { day }));
  if (rows.length === 0) out.line(t('admin.headcount.none'));
  else table(out, [header, ...body]);
  out.line(t('admin.headcount.total', { count: rows.reduce((sum, r) => sum + r.count, 0) }));
  return 0;
}

async function listCommunes({ service, t, out }: CommandContext): Promise<number> {
  const communes = await service.listCommunes();
  if (communes.length === 0) out.line(t('admin.communes.none'));
  for (const c of communes) out.line(t('admin.communes.line', { id: c.id, name: c.name }));
  return 0;
}

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
  agent: { required: [], words: { min: 1, max: 1, usage: 'agent add --commune ID --email E --roles ROLES' }, run: agentCommand },
};
