/**
 * The official school calendars, one reference file per zone (db/reference/school-calendars/
 * zone-a.json, zone-b.json, zone-c.json…), written by `npm run admin -- school-calendar import`.
 * A file changed on disk is read again at its next use (its modification time is checked, at most
 * once a second), so a running bot follows an import without a restart. A folder of one's own
 * (SCHOOL_CALENDAR_DIR) starts empty: a zone it has no file for is read from the shipped folder,
 * and an import writes the zone's file, shipped years included, into one's own.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SchoolCalendar, SchoolCalendars, SchoolHolidayPeriod, SchoolYearCalendar } from '../domain/activityCalendar';

/** A holiday or a year marked unconfirmed follows the usual rule but was not in the source. */
export interface ReferenceHoliday extends SchoolHolidayPeriod {
  unconfirmed?: boolean;
}
export interface ReferenceYear extends SchoolYearCalendar {
  unconfirmed?: boolean;
  holidays: ReferenceHoliday[];
}

/** A zone's reference file: the calendar and where it comes from. */
export interface ZoneCalendarFile extends SchoolCalendar {
  zone: string;
  academies?: string[];
  note?: string;
  years: ReferenceYear[];
}

export const zoneFileName = (zone: string): string => `zone-${zone.toLowerCase()}.json`;

const EMPTY: SchoolCalendar = Object.freeze({ years: [] });
const RECHECK_MS = 1000;

interface Loaded {
  file: ZoneCalendarFile;
  /** The file it was read from (this folder's or the shipped one). */
  at: string;
  mtimeMs: number;
  checkedAt: number;
}

export class ReferenceCalendars implements SchoolCalendars {
  private readonly loaded = new Map<string, Loaded>();
  /** The zones as last listed: the folders are read again at most once a second (every turn asks). */
  private listed?: { zones: string[]; checkedAt: number };

  constructor(
    readonly dir: string,
    private readonly now: () => number = Date.now,
    /** The shipped calendars, read for a zone without a file in `dir`. */
    private readonly shippedDir?: string,
  ) {}

  private static zonesIn(dir: string): string[] {
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .map((f) => /^zone-([a-z0-9]+)\.json$/.exec(f)?.[1])
      .filter((z): z is string => z !== undefined)
      .map((z) => z.toUpperCase());
  }

  /** The zones that have a file (here or shipped), in capitals (A, B, C). */
  zones(): string[] {
    const now = this.now();
    if (this.listed && now - this.listed.checkedAt < RECHECK_MS) return [...this.listed.zones];
    const zones = [...new Set([...ReferenceCalendars.zonesIn(this.dir), ...(this.shippedDir ? ReferenceCalendars.zonesIn(this.shippedDir) : [])])].sort();
    this.listed = { zones, checkedAt: now };
    return [...zones];
  }

  /** Where a zone's file is read: this folder's, else the shipped one's. */
  private pathOf(zone: string): string {
    const own = path.join(this.dir, zoneFileName(zone));
    if (!this.shippedDir || fs.existsSync(own)) return own;
    return path.join(this.shippedDir, zoneFileName(zone));
  }

  /** A zone's file as it is now on disk, or undefined when the zone has none. */
  file(zone: string): ZoneCalendarFile | undefined {
    const known = this.loaded.get(zone);
    const now = this.now();
    // Checked at most once a second: which file, and whether it changed (every turn that shows days asks).
    if (known && now - known.checkedAt < RECHECK_MS) return known.file;
    const at = this.pathOf(zone);
    let mtimeMs: number;
    try {
      mtimeMs = fs.statSync(at).mtimeMs;
    } catch {
      this.loaded.delete(zone);
      return undefined;
    }
    if (known && known.at === at && known.mtimeMs === mtimeMs) {
      known.checkedAt = now;
      return known.file;
    }
    const file = JSON.parse(fs.readFileSync(at, 'utf8')) as ZoneCalendarFile;
    this.loaded.set(zone, { file, at, mtimeMs, checkedAt: now });
    return file;
  }

  forZone(zone: string | undefined): SchoolCalendar {
    return (zone && this.file(zone.toUpperCase())) || EMPTY;
  }

  /** Writes a zone's file (atomically: a running bot never reads half of it). */
  write(file: ZoneCalendarFile): void {
    fs.mkdirSync(this.dir, { recursive: true });
    const at = path.join(this.dir, zoneFileName(file.zone));
    const tmp = `${at}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, `${JSON.stringify(file, null, 2)}\n`);
    fs.renameSync(tmp, at);
    this.loaded.delete(file.zone.toUpperCase());
    this.listed = undefined;
  }
}

/** The last day a calendar knows: the day before the last summer holidays end, or its last holiday's resume. */
export function calendarEnd(calendar: SchoolCalendar): string | undefined {
  const resumes = calendar.years.flatMap((y) => y.holidays.map((h) => h.resume));
  return resumes.sort().at(-1);
}
