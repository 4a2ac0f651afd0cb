/**
 * Checks the family files a commune agent imports and turns them into FamilyImport records.
 * Pure: no store, no clock (today is given). Any error → no family at all (all or nothing).
 * Errors are codes (`errors.import.<code>` in the locales) with the file and line (header = 1).
 *
 * Three CSV files, header on line 1, columns by name (any order, case ignored); * = required:
 * - households.csv: file_number*, name*, address, postal_code, city, quotient_familial (empty: no
 *   avis d'imposition, maximum tariff), representative_civility (madame|monsieur),
 *   representative_first_name*, representative_last_name*, representative_email,
 *   representative_phone, co_representative_civility, co_representative_first_name,
 *   co_representative_last_name, co_representative_email, co_representative_phone
 *   (the co-representative is optional; when any of its cells is filled, its names are required).
 * - children.csv: file_number*, first_name*, last_name*, birth_date* (YYYY-MM-DD or DD/MM/YYYY,
 *   not in the future), school, level* (maternelle|elementaire, accents and case tolerated).
 * - enrolments.csv: file_number*, child_first_name*, child_birth_date*, activity_code*
 *   (morning|evening|canteen|wednesday|holidays|study), school_year* (2026-2027).
 * Children and enrolments may refer to households of the same import or already in the store;
 * enrolments may refer to children of the same import or already in the store.
 */
import type { FamilyImport, ImportResult } from './ports';
import { normalize } from './text';
import type { Activity, Child, Household, SchoolLevel } from './types';
import { checkColumns, RecordReader, withLowerKeys, type CsvRecord, type ImportError, type ImportFile } from './familyImportFields';

export { IMPORT_COLUMNS, type CsvRecord, type ImportError, type ImportFile } from './familyImportFields';

const FILES: ImportFile[] = ['households', 'children', 'enrolments'];

export type ImportFiles = Partial<Record<ImportFile, CsvRecord[]>>;

/** A household already in the store, with its children. */
export interface ExistingFamily {
  household: Household;
  children: Child[];
}

export interface ImportInput {
  communeId: string;
  files: ImportFiles;
  /** The commune's activities. */
  activities: Activity[];
  /** Households already in the store, by file number (at least those the files mention). */
  existing: ReadonlyMap<string, ExistingFamily>;
  /** 'YYYY-MM-DD', Europe/Paris: birth dates may not be later. */
  today: string;
}

export type ImportCheck = { ok: true; families: FamilyImport[] } | { ok: false; errors: ImportError[] };
/** What the service's importFamilies answers: the counts, or the errors (and nothing written). */
export type FamilyImportOutcome = { ok: true; result: ImportResult } | { ok: false; errors: ImportError[] };

type ChildImport = FamilyImport['children'][number];
interface Entry {
  family: FamilyImport;
  children: Map<string, ChildImport>;
}

const childKey = (firstName: string, birthDate: string) => `${normalize(firstName)}|${birthDate}`;

/** Every file number the files mention (trimmed, once each), to look the households up beforehand. */
export function fileNumbersIn(files: ImportFiles): string[] {
  const all = FILES.flatMap((f) => files[f] ?? []).map((r) => withLowerKeys(r).values.file_number?.trim());
  return [...new Set(all.filter((n): n is string => !!n))];
}

export function checkFamilyImport(input: ImportInput): ImportCheck {
  return new FamilyImportCheck(input).run();
}

class FamilyImportCheck {
  private readonly errors: ImportError[] = [];
  private readonly families = new Map<string, Entry>();
  /** First line of each household and child, to point at duplicates. */
  private readonly firstLines = new Map<string, number>();
  /** Children whose level could not be read: their enrolments are not checked against a level. */
  private readonly levelUnknown = new WeakSet<ChildImport>();

  constructor(private readonly input: ImportInput) {}

  run(): ImportCheck {
    for (const r of this.readers('households')) this.household(r);
    for (const r of this.readers('children')) this.child(r);
    for (const r of this.readers('enrolments')) this.enrolment(r);
    if (this.errors.length === 0) return { ok: true, families: [...this.families.values()].map((e) => e.family) };
    this.errors.sort((a, b) => FILES.indexOf(a.file) - FILES.indexOf(b.file) || a.line - b.line);
    return { ok: false, errors: this.errors };
  }

  private readers(file: ImportFile): RecordReader[] {
    const records = (this.input.files[file] ?? []).map(withLowerKeys);
    if (!checkColumns(file, records, this.errors)) return [];
    return records.map((rec) => new RecordReader(file, rec, this.errors));
  }

  private household(r: RecordReader): void {
    const fileNumber = r.required('file_number');
    const firstLine = fileNumber === undefined ? undefined : this.firstLines.get(`h|${fileNumber}`);
    if (fileNumber !== undefined && firstLine !== undefined) r.fail('fileNumber.duplicate', { fileNumber, firstLine });
    const household = {
      communeId: this.input.communeId,
      fileNumber: fileNumber ?? '',
      name: r.required('name') ?? '',
      address: r.text('address') ?? null,
      postalCode: r.postalCode('postal_code') ?? null,
      city: r.text('city') ?? null,
      quotientFamilial: r.quotient('quotient_familial') ?? null,
    };
    const person = (role: 'representative' | 'co_representative') => ({
      role,
      civility: r.civility(`${role}_civility`) ?? null,
      firstName: r.required(`${role}_first_name`) ?? '',
      lastName: r.required(`${role}_last_name`) ?? '',
      email: r.email(`${role}_email`) ?? null,
      phone: r.phone(`${role}_phone`) ?? null,
    });
    const representatives = [person('representative')];
    const co = ['civility', 'first_name', 'last_name', 'email', 'phone'].map((c) => `co_representative_${c}`);
    if (r.has(...co)) representatives.push(person('co_representative'));
    if (fileNumber === undefined || firstLine !== undefined) return;
    this.firstLines.set(`h|${fileNumber}`, r.line);
    this.families.set(fileNumber, { family: { household, representatives, children: [] }, children: new Map() });
  }

  private child(r: RecordReader): void {
    const fileNumber = r.required('file_number');
    const firstName = r.required('first_name');
    const lastName = r.required('last_name') ?? '';
    const birthDate = r.pastDay('birth_date', this.input.today);
    const school = r.text('school') ?? null;
    const level = r.level('level');
    const entry = fileNumber === undefined ? undefined : this.familyOf(r, fileNumber);
    if (!entry || fileNumber === undefined || firstName === undefined || birthDate === undefined) return;
    const key = childKey(firstName, birthDate);
    const firstLine = this.firstLines.get(`c|${fileNumber}|${key}`);
    if (firstLine !== undefined) {
      r.fail('child.duplicate', { fileNumber, firstName, firstLine });
      return;
    }
    this.firstLines.set(`c|${fileNumber}|${key}`, r.line);
    // The store matches children by exact first name: keep the stored spelling of a known child.
    const stored = this.storedChild(fileNumber, key);
    const child: ChildImport = { firstName: stored?.firstName ?? firstName, lastName, birthDate, school, level: level ?? 'elementaire', enrolments: [] };
    if (level === undefined) this.levelUnknown.add(child);
    entry.children.set(key, child);
    entry.family.children.push(child);
  }

  private enrolment(r: RecordReader): void {
    const fileNumber = r.required('file_number');
    const firstName = r.required('child_first_name');
    const birthDate = r.pastDay('child_birth_date', this.input.today);
    const code = r.required('activity_code');
    const schoolYear = r.schoolYear('school_year');
    const entry = fileNumber === undefined ? undefined : this.familyOf(r, fileNumber);
    if (!entry || fileNumber === undefined || firstName === undefined || birthDate === undefined) return;
    const key = childKey(firstName, birthDate);
    let child = entry.children.get(key);
    if (!child) {
      const stored = this.storedChild(fileNumber, key);
      if (!stored) {
        r.fail('child.unknown', { fileNumber, firstName, birthDate });
        return;
      }
      const { id: _id, householdId: _h, ...known } = stored;
      child = { ...known, enrolments: [] };
      entry.children.set(key, child);
      entry.family.children.push(child);
    }
    if (code === undefined || this.levelUnknown.has(child)) return;
    const activity = findActivity(this.input.activities, normalize(code), child.level);
    if (!activity) r.fail('activity.unknown', { activity: code, level: child.level });
    else if (schoolYear !== undefined) child.enrolments.push({ activityId: activity.id, schoolYear });
  }

  /** The family a children or enrolments record refers to: from this import, or from the store. */
  private familyOf(r: RecordReader, fileNumber: string): Entry | undefined {
    const found = this.families.get(fileNumber);
    if (found) return found;
    const existing = this.input.existing.get(fileNumber);
    if (!existing) return r.fail('fileNumber.unknown', { fileNumber });
    const { id: _id, eInvoice: _e, ...household } = existing.household;
    const entry: Entry = { family: { household, referenceOnly: true, representatives: [], children: [] }, children: new Map() };
    this.families.set(fileNumber, entry);
    return entry;
  }

  private storedChild(fileNumber: string, key: string): Child | undefined {
    return this.input.existing.get(fileNumber)?.children.find((c) => childKey(c.firstName, c.birthDate) === key);
  }
}

/** The activity of that code for the child's level, or else the one open to all levels. */
function findActivity(activities: Activity[], code: string, level: SchoolLevel): Activity | undefined {
  const ofCode = activities.filter((a) => a.code === code);
  return ofCode.find((a) => a.level === level) ?? ofCode.find((a) => a.level === 'all');
}
