/**
 * The national school calendar from its open-data export (data.education.gouv.fr, dataset
 * « Calendrier scolaire », fr-en-calendrier-scolaire): CSV (`;` or `,`, field names or labels in the
 * header) or JSON records, fields description, population, start_date, end_date, location, zones,
 * annee_scolaire. start_date is the evening the holidays start after class, end_date the morning
 * classes start again, both as instants (« 2025-10-17T22:00:00+00:00 » is Paris midnight) or days.
 * Rows for teachers only (population « Enseignants ») are left out. Every zone in the export
 * (« Zone A », « Corse »…) gets its years; years not in the export are kept as they were.
 */
import { parse } from 'csv-parse/sync';
import { parisDay } from '../domain/parisTime';
import type { ZoneCalendarFile } from './schoolCalendars';

type Row = Record<string, unknown>;
type Year = ZoneCalendarFile['years'][number];
type Holiday = Year['holidays'][number];

export interface CalendarImport {
  /** Zone → its years from the export, and the académies named for it. */
  zones: Map<string, { years: Year[]; academies: string[] }>;
  /** Rows left out (no usable date or an unknown kind of holiday), by line or record number. */
  skipped: number[];
}

const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

/** Field names and the export's labels for them. */
const FIELDS: Record<string, string[]> = {
  description: ['description'],
  population: ['population'],
  start: ['start_date', 'date de debut'],
  end: ['end_date', 'date de fin'],
  location: ['location', 'academies', 'academie'],
  zones: ['zones', 'zone'],
  year: ['annee_scolaire', 'annee scolaire'],
};

function field(row: Row, name: string): string {
  for (const [key, value] of Object.entries(row)) if (FIELDS[name]?.includes(plain(key))) return value === null || value === undefined ? '' : String(value).trim();
  return '';
}

/** The holiday's name as the reference files say it, from the export's description. */
function holidayName(description: string): string | undefined {
  const d = plain(description);
  if (d.includes('toussaint')) return 'Toussaint';
  if (d.includes('noel')) return 'Noël';
  if (d.includes('hiver')) return 'Hiver';
  if (d.includes('printemps')) return 'Printemps';
  if (d.includes('ascension')) return "Pont de l'Ascension";
  if (d.includes('ete')) return 'Été';
  return undefined;
}

/** A day from « 2025-10-17T22:00:00+00:00 » (Paris time), « 2025-10-18 » or « 18/10/2025 ». */
function dayOf(text: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (fr) return `${fr[3]}-${fr[2]}-${fr[1]}`;
  const instant = new Date(text);
  return /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(instant.getTime()) ? parisDay(instant) : undefined;
}

/** « Zone A » → A; another zone (« Corse », « Guadeloupe ») by its name in capitals, without accents. */
export const zoneOf = (text: string): string | undefined => {
  const t = plain(text).replace(/[^a-z0-9 ]/g, '').trim();
  if (!t) return undefined;
  const m = /^zone ([a-z])$/.exec(t);
  return (m?.[1] ?? t.replace(/ /g, '-')).toUpperCase();
};

/** The export's rows: a JSON array (or `{ results: [...] }`), else CSV with its header. */
export function exportRows(text: string): Array<{ row: Row; at: number }> {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    const json = JSON.parse(trimmed) as unknown;
    const list = Array.isArray(json) ? json : ((json as { results?: unknown[] }).results ?? []);
    return list.map((r, i) => ({ row: ((r as { fields?: Row }).fields ?? r) as Row, at: i + 1 }));
  }
  const header = trimmed.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = header.split(';').length > header.split(',').length ? ';' : ',';
  const records = parse(trimmed, { columns: true, delimiter, skip_empty_lines: true, relax_column_count: true }) as Row[];
  return records.map((row, i) => ({ row, at: i + 2 }));
}

export function readCalendarExport(text: string): CalendarImport {
  const zones: CalendarImport['zones'] = new Map();
  const skipped: number[] = [];
  for (const { row, at } of exportRows(text)) {
    if (plain(field(row, 'population')) === 'enseignants') continue;
    const name = holidayName(field(row, 'description'));
    const from = dayOf(field(row, 'start'));
    const resume = dayOf(field(row, 'end'));
    const schoolYear = field(row, 'year');
    const zoneList = field(row, 'zones').split(/[,;]/).map(zoneOf).filter((z): z is string => z !== undefined);
    if (!name || !from || !resume || from >= resume || !/^\d{4}-\d{4}$/.test(schoolYear) || zoneList.length === 0) {
      skipped.push(at);
      continue;
    }
    // The day given is the one the holidays start after class (a Saturday): the files' first day without class.
    const holiday: Holiday = { name, from, resume };
    for (const zone of zoneList) {
      const z = zones.get(zone) ?? { years: [], academies: [] };
      zones.set(zone, z);
      const location = field(row, 'location');
      if (location && !z.academies.includes(location)) z.academies.push(location);
      let year = z.years.find((y) => y.schoolYear === schoolYear);
      if (!year) z.years.push((year = { schoolYear, classesStart: '', holidays: [] }));
      if (!year.holidays.some((h) => h.name === holiday.name)) year.holidays.push(holiday);
    }
  }
  return { zones, skipped };
}

/**
 * A zone's file with the imported years: each replaces the year of the same name (its unconfirmed
 * marks go); the others stay. A year's first day of class is the summer holidays' end of the year
 * before, else the one already known, else 1 September (then marked unconfirmed).
 */
export function mergeZone(current: ZoneCalendarFile | undefined, zone: string, imported: { years: Year[]; academies: string[] }, source: string): ZoneCalendarFile {
  const years = new Map((current?.years ?? []).map((y) => [y.schoolYear, y]));
  const order = ['Toussaint', 'Noël', 'Hiver', 'Printemps', "Pont de l'Ascension", 'Été'];
  for (const y of imported.years) years.set(y.schoolYear, { ...y, holidays: [...y.holidays].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name)) });
  const sorted = [...years.values()].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
  const out = sorted.map((y, i): Year => {
    if (!imported.years.some((n) => n.schoolYear === y.schoolYear)) return y;
    const summerBefore = sorted[i - 1]?.holidays.find((h) => h.name === 'Été')?.resume;
    const known = current?.years.find((k) => k.schoolYear === y.schoolYear)?.classesStart;
    const classesStart = summerBefore ?? known ?? `${y.schoolYear.slice(0, 4)}-09-01`;
    return { schoolYear: y.schoolYear, classesStart, ...(summerBefore || known ? {} : { unconfirmed: true }), holidays: y.holidays };
  });
  // An export of one académie's rows keeps the zone's others.
  const academies = [...new Set([...(current?.academies ?? []), ...imported.academies])].sort((a, b) => a.localeCompare(b, 'fr'));
  return { zone, academies, note: `${source} ${(current?.note ?? '').replace(/^Imported from [^.]*\. /, '')}`.trim(), years: out };
}
