/**
 * Reading the cells of one CSV record of a family import. Each reader returns the cleaned value,
 * or undefined after recording a coded error (`errors.import.<code>` in the locales) for the
 * record's file and line. Empty cells are undefined; required() also records the gap.
 */
import { hasControls, normalize } from './text';
import type { SchoolLevel } from './types';

export type ImportFile = 'households' | 'children' | 'enrolments';

/** One parsed CSV record: its cells by column name and its line number in the file (header = line 1). */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

export interface ImportError {
  file: ImportFile;
  line: number;
  code: string;
  params: Record<string, string | number>;
}

const PERSON = ['civility', 'first_name', 'last_name', 'email', 'phone'];
/** The columns of each file (see familyImport.ts for their meaning). */
export const IMPORT_COLUMNS: Record<ImportFile, { required: string[]; optional: string[] }> = {
  households: {
    required: ['file_number', 'name', 'representative_first_name', 'representative_last_name'],
    optional: [
      'address', 'postal_code', 'city', 'quotient_familial',
      ...['civility', 'email', 'phone'].map((c) => `representative_${c}`),
      ...PERSON.map((c) => `co_representative_${c}`),
    ],
  },
  children: { required: ['file_number', 'first_name', 'last_name', 'birth_date', 'level'], optional: ['school'] },
  enrolments: { required: ['file_number', 'child_first_name', 'child_birth_date', 'activity_code', 'school_year'], optional: [] },
};

/** Column names trimmed and in lower case. */
export const withLowerKeys = (r: CsvRecord): CsvRecord => ({
  line: r.line,
  values: Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k.trim().toLowerCase(), v])),
});

/**
 * Header problems, reported on line 1: a missing required column, an unknown column (a typo would
 * otherwise be silently ignored). Returns false when a required column is missing.
 */
export function checkColumns(file: ImportFile, records: CsvRecord[], errors: ImportError[]): boolean {
  const first = records[0];
  if (!first) return true;
  const present = Object.keys(first.values);
  const { required, optional } = IMPORT_COLUMNS[file];
  const missing = required.filter((c) => !present.includes(c));
  for (const column of missing) errors.push({ file, line: 1, code: 'column.missing', params: { column } });
  for (const column of present.filter((c) => !required.includes(c) && !optional.includes(c))) {
    errors.push({ file, line: 1, code: 'column.unknown', params: { column } });
  }
  return missing.length === 0;
}

const EMAIL = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[^\s@"<>(),;:]{2,}$/;
const CIVILITIES: Record<string, 'madame' | 'monsieur'> = { madame: 'madame', mme: 'madame', monsieur: 'monsieur', m: 'monsieur', mr: 'monsieur' };

/** 'YYYY-MM-DD' or 'DD/MM/YYYY' → 'YYYY-MM-DD' when it is a real calendar day, else undefined. */
export function parseDay(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : fr ? [fr[3], fr[2], fr[1]] : [];
  if (!y || !m || !d) return undefined;
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${day}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : undefined;
}

/** '2026-2027' (or '2026/2027') → '2026-2027' when the second year follows the first. */
export function parseSchoolYear(value: string): string | undefined {
  const m = /^(\d{4})\s*[-/]\s*(\d{4})$/.exec(value);
  return m && Number(m[2]) === Number(m[1]) + 1 ? `${m[1]}-${m[2]}` : undefined;
}

/** « Élémentaire », « MATERNELLE »… → the level code. */
export function parseLevel(value: string): SchoolLevel | undefined {
  const v = normalize(value);
  return v === 'maternelle' || v === 'elementaire' ? v : undefined;
}

export class RecordReader {
  constructor(
    private readonly file: ImportFile,
    private readonly record: CsvRecord,
    private readonly errors: ImportError[],
  ) {}

  get line(): number {
    return this.record.line;
  }

  fail(code: string, params: Record<string, string | number> = {}): undefined {
    this.errors.push({ file: this.file, line: this.record.line, code, params });
    return undefined;
  }

  /** The trimmed cell, undefined when empty or absent. */
  text(column: string): string | undefined {
    const v = this.record.values[column]?.trim();
    return v ? v : undefined;
  }

  has(...columns: string[]): boolean {
    return columns.some((c) => this.text(c) !== undefined);
  }

  required(column: string): string | undefined {
    return this.text(column) ?? this.fail('required', { column });
  }

  email(column: string): string | undefined {
    const v = this.text(column);
    if (v === undefined) return undefined;
    return EMAIL.test(v) && !hasControls(v) ? v.toLowerCase() : this.fail('email.invalid', { column, value: v });
  }

  phone(column: string): string | undefined {
    const v = this.text(column);
    if (v === undefined) return undefined;
    return /^\+?\d{9,15}$/.test(v.replace(/[\s.\-()]/g, '')) ? v : this.fail('phone.invalid', { column, value: v });
  }

  civility(column: string): 'madame' | 'monsieur' | undefined {
    const v = this.text(column);
    if (v === undefined) return undefined;
    return CIVILITIES[normalize(v).replace(/ /g, '')] ?? this.fail('civility.invalid', { column, value: v });
  }

  postalCode(column: string): string | undefined {
    const v = this.text(column);
    if (v === undefined) return undefined;
    return /^\d{5}$/.test(v) ? v : this.fail('postalCode.invalid', { column, value: v });
  }

  /** A quotient familial: a non-negative integer (spaces between thousands tolerated); empty = none. */
  quotient(column: string): number | null | undefined {
    const v = this.text(column);
    if (v === undefined) return null;
    const digits = v.replace(/[\s\u00a0\u202f]/g, '');
    return /^\d{1,7}$/.test(digits) ? Number(digits) : this.fail('qf.invalid', { column, value: v });
  }

  /** A required past or present day. */
  pastDay(column: string, today: string): string | undefined {
    const v = this.required(column);
    if (v === undefined) return undefined;
    const day = parseDay(v);
    if (!day) return this.fail('date.invalid', { column, value: v });
    return day <= today ? day : this.fail('date.future', { column, value: v });
  }

  level(column: string): SchoolLevel | undefined {
    const v = this.required(column);
    if (v === undefined) return undefined;
    return parseLevel(v) ?? this.fail('level.invalid', { column, value: v });
  }

  schoolYear(column: string): string | undefined {
    const v = this.required(column);
    if (v === undefined) return undefined;
    return parseSchoolYear(v) ?? this.fail('schoolYear.invalid', { column, value: v });
  }
}
