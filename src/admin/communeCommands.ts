/**
 * `commune import FILE`, `commune export ID [FILE]` and `school-calendar import FILE`: a commune's
 * whole configuration from or to one file (src/communes), and the national school calendar from
 * its open-data export (src/reference). A file with a problem writes nothing: every problem is
 * listed with its place (path and line).
 */
import fs from 'node:fs';
import path from 'node:path';
import { communeFileText } from '../communes/communeExport';
import { readCommuneFile, type FileProblem } from '../communes/communeRead';
import { mergeZone, readCalendarExport } from '../reference/schoolCalendarImport';
import { ReferenceCalendars } from '../reference/schoolCalendars';
import type { CommandContext } from './commands';
import { knownCommune } from './tables';

function readText(ctx: CommandContext, file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    ctx.out.error(ctx.t('admin.communeFile.unreadable', { file }));
    return undefined;
  }
}

function listProblems(ctx: CommandContext, file: string, problems: FileProblem[]): number {
  const { t, out } = ctx;
  for (const p of problems) {
    const message = t(`admin.communeFile.error.${p.code}`, p.params);
    out.error(t('admin.communeFile.problem', { file: path.basename(file), line: p.line, path: p.path || '—', message }));
  }
  out.error(t('admin.communeFile.nothingWritten', { count: problems.length }));
  return 1;
}

const calendarsOf = (ctx: CommandContext) => ctx.core?.schoolCalendars ?? new ReferenceCalendars(ctx.config.schoolCalendarDir, Date.now, ctx.config.shippedCalendarDir);

async function importCommune(ctx: CommandContext, file: string): Promise<number> {
  const { service, t, out } = ctx;
  const text = readText(ctx, file);
  if (text === undefined) return 1;
  const read = readCommuneFile(text, calendarsOf(ctx).zones());
  if (!read.ok) return listProblems(ctx, file, read.problems);
  const saved = await service.saveCommune(read.config);
  if (!saved.ok) {
    const problems = saved.inUse.map((a) => ({ path: 'activities', line: 1, code: 'activityInUse', params: a }));
    return listProblems(ctx, file, problems);
  }
  const { commune } = read.config;
  out.line(t(saved.created ? 'admin.communeFile.created' : 'admin.communeFile.updated', { name: commune.name, id: commune.id }));
  out.line(t('admin.communeFile.counts', { services: commune.services.length, added: saved.added, updated: saved.updated, removed: saved.removed }));
  return 0;
}

async function exportCommune(ctx: CommandContext, id: string, file: string | undefined): Promise<number> {
  const { service, t, out } = ctx;
  if (!(await knownCommune(ctx, id))) return 1;
  const commune = await service.getCommune(id);
  const text = communeFileText(commune, await service.listActivities(id), file?.endsWith('.json') ? 'json' : 'yaml');
  if (!file) {
    out.line(text.trimEnd());
    return 0;
  }
  fs.writeFileSync(file, text);
  out.line(t('admin.communeFile.exported', { name: commune.name, file }));
  return 0;
}

export async function communeCommand(ctx: CommandContext): Promise<number> {
  const [verb, first, second] = ctx.words ?? [];
  if (verb === 'import' && first && second === undefined) return importCommune(ctx, first);
  if (verb === 'export' && first) return exportCommune(ctx, first, second);
  ctx.out.error(ctx.t('admin.usage.words', { command: 'commune', usage: 'commune import FICHIER | commune export ID [FICHIER]' }));
  return 2;
}

export async function schoolCalendarCommand(ctx: CommandContext): Promise<number> {
  const { t, out } = ctx;
  const [verb, file] = ctx.words ?? [];
  if (verb !== 'import' || !file) {
    out.error(t('admin.usage.words', { command: 'school-calendar', usage: 'school-calendar import FICHIER' }));
    return 2;
  }
  const text = readText(ctx, file);
  if (text === undefined) return 1;
  let imported;
  try {
    imported = readCalendarExport(text);
  } catch (e) {
    out.error(t('admin.schoolCalendar.unreadable', { file, detail: e instanceof Error ? e.message : String(e) }));
    return 1;
  }
  if (imported.zones.size === 0) {
    out.error(t('admin.schoolCalendar.empty', { file }));
    return 1;
  }
  const calendars = calendarsOf(ctx);
  const source = `Imported from ${path.basename(file)} (fr-en-calendrier-scolaire) on ${ctx.service.clock.now().toISOString().slice(0, 10)}.`;
  for (const [zone, found] of [...imported.zones].sort(([a], [b]) => a.localeCompare(b))) {
    calendars.write(mergeZone(calendars.file(zone), zone, found, source));
    out.line(t('admin.schoolCalendar.zone', { zone, years: found.years.map((y) => y.schoolYear).sort().join(', ') }));
  }
  if (imported.skipped.length) out.line(t('admin.schoolCalendar.skipped', { count: imported.skipped.length, rows: imported.skipped.slice(0, 10).join(', ') }));
  return 0;
}
