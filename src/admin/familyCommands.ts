/** The family files' commands: list the communes, import a commune's family files, issue a family key. */
import path from 'node:path';
import type { ImportError, ImportFile, ImportFiles } from '../domain/familyImport';
import type { CommandContext } from './commands';
import { readCsvFile } from './csvFile';
import { knownCommune } from './tables';

export const FILES: ImportFile[] = ['households', 'children', 'enrolments'];

export async function importFamilies(ctx: CommandContext): Promise<number> {
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

export async function issueKey(ctx: CommandContext): Promise<number> {
  const { service, t, out, values } = ctx;
  const communeId = values.commune ?? '';
  if (!(await knownCommune(ctx, communeId))) return 1;
  const commune = await service.getCommune(communeId);
  const { key, household } = await service.issueFamilyKey(communeId, values['file-number'] ?? '');
  out.line(t('admin.issueKey.key', { keyName: commune.familyKeyName, fileNumber: household.fileNumber, name: household.name, key }));
  out.line(t('admin.issueKey.handOver'));
  return 0;
}


export async function listCommunes({ service, t, out }: CommandContext): Promise<number> {
  const communes = await service.listCommunes();
  if (communes.length === 0) out.line(t('admin.communes.none'));
  for (const c of communes) out.line(t('admin.communes.line', { id: c.id, name: c.name }));
  return 0;
}
