/**
 * Reads one CSV file of a family import into records with their line numbers (header = line 1).
 * Tolerates what spreadsheets produce: a UTF-8 byte order mark, Windows-1252 text (Excel's
 * « CSV (séparateur : point-virgule) »), semicolons instead of commas, empty trailing rows.
 */
import fs from 'node:fs';
import { CsvError, parse } from 'csv-parse/sync';
import type { CsvRecord } from '../domain/familyImport';

export type CsvRead =
  | { ok: true; records: CsvRecord[] }
  | { ok: false; problem: 'unreadable' }
  /** code: a key under errors.import (csv.columns, csv.syntax). */
  | { ok: false; problem: 'invalid'; line: number; code: string };

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** ';' when the header line holds more semicolons than commas. */
export function guessDelimiter(text: string): ',' | ';' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

export function parseCsv(text: string): CsvRead {
  try {
    const rows = parse(text, {
      columns: true,
      trim: true,
      bom: true,
      delimiter: guessDelimiter(text),
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      info: true,
    }) as Array<{ record: Record<string, string>; info: { lines: number } }>;
    return { ok: true, records: rows.map((r) => ({ line: r.info.lines, values: r.record })) };
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const line = typeof e.lines === 'number' ? e.lines : 1;
    const code = e.code === 'CSV_RECORD_INCONSISTENT_COLUMNS' ? 'csv.columns' : 'csv.syntax';
    return { ok: false, problem: 'invalid', line, code };
  }
}

export function readCsvFile(file: string): CsvRead {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  return parseCsv(decodeText(bytes));
}
