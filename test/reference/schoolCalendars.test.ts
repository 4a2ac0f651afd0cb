/**
 * A zone's calendar is read from the shipped folder until a file of one's own is written next to
 * it by another process (an import by the admin command); the disk is looked at once a second at
 * most, not at every use (every turn that shows days asks for the calendar).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ReferenceCalendars, zoneFileName, type ZoneCalendarFile } from '../../src/reference/schoolCalendars';

const SHIPPED = path.resolve(__dirname, '../../db/reference/school-calendars');

afterEach(() => jest.restoreAllMocks());

it('follows a file written by another process within a second, without looking at the disk in between', () => {
  const own = fs.mkdtempSync(path.join(os.tmpdir(), 'calendars-'));
  let now = 1_000_000;
  const calendars = new ReferenceCalendars(own, () => now, SHIPPED);
  const shipped = calendars.file('A') as ZoneCalendarFile;
  expect(shipped.years.length).toBeGreaterThan(0);

  // Another process imports zone A into the folder of one's own.
  const imported: ZoneCalendarFile = { ...shipped, note: 'imported', years: shipped.years.slice(0, 1) };
  fs.writeFileSync(path.join(own, zoneFileName('A')), JSON.stringify(imported));
  const exists = jest.spyOn(fs, 'existsSync');
  const stat = jest.spyOn(fs, 'statSync');
  for (let i = 0; i < 50; i += 1) expect(calendars.forZone('a')).toBe(shipped);
  now += 999;
  expect(calendars.file('A')).toBe(shipped);
  expect(exists).not.toHaveBeenCalled();
  expect(stat).not.toHaveBeenCalled();

  now += 1;
  expect(calendars.file('A')?.note).toBe('imported');
  expect(calendars.file('A')?.years).toHaveLength(1);
  // A zone without any file is none.
  expect(calendars.file('Z')).toBeUndefined();
  fs.rmSync(own, { recursive: true, force: true });
});

it('lists the zones from the disk at most once a second, and at once after its own import', () => {
  const own = fs.mkdtempSync(path.join(os.tmpdir(), 'calendars-'));
  let now = 1_000_000;
  const calendars = new ReferenceCalendars(own, () => now, SHIPPED);
  const shipped = calendars.zones();
  expect(shipped).toEqual(expect.arrayContaining(['A', 'B', 'C']));
  expect(shipped).not.toContain('Q');

  // Another process writes a zone of its own: seen within a second, the folders not read in between.
  const file = calendars.file('A') as ZoneCalendarFile;
  fs.writeFileSync(path.join(own, zoneFileName('Q')), JSON.stringify({ ...file, zone: 'Q' }));
  const listing = jest.spyOn(fs, 'readdirSync');
  for (let i = 0; i < 50; i += 1) expect(calendars.zones()).not.toContain('Q');
  now += 999;
  expect(calendars.zones()).not.toContain('Q');
  expect(listing).not.toHaveBeenCalled();
  now += 1;
  expect(calendars.zones()).toContain('Q');

  // An import through this object is listed at once.
  calendars.write({ ...file, zone: 'R' });
  expect(calendars.zones()).toContain('R');
  fs.rmSync(own, { recursive: true, force: true });
});
