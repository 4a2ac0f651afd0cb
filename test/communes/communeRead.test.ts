/**
 * The commune file's checks, without a database: every bad input is listed with its path and
 * line, and the demo files read back into what the bot holds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readCommuneFile, type FileProblem } from '../../src/communes/communeRead';
import { communeFileText } from '../../src/communes/communeExport';
import { DEMO_COMMUNES_DIR, ZONES } from '../support/demoCommunes';

const GOOD = `id: saint-test
name: Saint-Test
portalName: Espace Citoyens
portalUrl: https://www.espace-citoyens.net/saint-test/espace-citoyens/
familyKeyName: Clé Enfance
schoolZone: B
requestPrefix: STE
postalCodes: ["59000"]
topics:
  general: mairie
services:
  - code: mairie
    name: Mairie
    phone: 03 20 00 00 00
    hours:
      mon: [8h30-12h, 13:30-17:00]
activities:
  - code: canteen
    label: Restauration scolaire
    runsOn: schoolDays
    weekdays: [mon, tue, thu, fri]
    deadlineDaysBefore: 7
    late: surcharge
    surchargePercent: 10
    tariffs:
      - {fromQf: 0, toQf: 699, price: 1.5}
      - {fromQf: 700, price: 3.25}
`;

const problems = (text: string): FileProblem[] => {
  const read = readCommuneFile(text, ZONES);
  if (read.ok) throw new Error('expected problems');
  return read.problems;
};
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('a commune file', () => {
  it('reads into the commune and its activities (hours as HH:MM pairs, prices in cents, brackets by their start)', () => {
    const read = readCommuneFile(GOOD, ZONES);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.config.commune).toMatchObject({ id: 'saint-test', schoolZone: 'B', topics: { general: 'mairie' } });
    expect(read.config.commune.services[0]?.hours).toEqual({ mon: [['08:30', '12:00'], ['13:30', '17:00']] });
    expect(read.config.activities[0]).toMatchObject({ code: 'canteen', level: 'all', rules: { deadline: { kind: 'daysBefore', days: 7 }, late: { kind: 'surcharge', percent: 10 }, review: 'none' } });
    expect(read.config.activities[0]?.tariffs).toEqual([{ fromQf: 0, priceCents: 150 }, { fromQf: 700, priceCents: 325 }]);
  });

  it('lists an unknown key at its own line', () => {
    const text = GOOD.replace('    phone: 03 20 00 00 00', '    phone: 03 20 00 00 00\n    fax: 03 20 00 00 01');
    expect(problems(text)).toEqual([{ path: 'services[0].fax', line: lineOf(text, 'fax:'), code: 'unknownKey', params: { key: 'fax', keys: 'code, name, phone, email, address, hours, closedOnPublicHolidays' } }]);
  });

  it('names the keys possible where an unknown one is (a topic, an activity\'s key)', () => {
    const topic = GOOD.replace('  general: mairie', '  general: mairie\n  periscolaire: mairie');
    expect(problems(topic)).toEqual([{ path: 'topics.periscolaire', line: lineOf(topic, 'periscolaire:'), code: 'unknownKey', params: { key: 'periscolaire', keys: 'general, booking, invoices, requests, familyKey, account' } }]);
    const activity = GOOD.replace('    runsOn: schoolDays', '    runsOn: schoolDays\n    deadline: 7');
    expect(problems(activity)[0]?.params.keys).toMatch(/^code, level, label, runsOn, weekdays, deadlineDaysBefore, deadlineWeeksBeforeSession, late,/);
  });

  it('lists a deadline that is not a number', () => {
    const text = GOOD.replace('deadlineDaysBefore: 7', 'deadlineDaysBefore: quinze');
    expect(problems(text)).toEqual([expect.objectContaining({ path: 'activities[0].deadlineDaysBefore', line: lineOf(text, 'quinze'), code: 'wrongType' })]);
  });

  it('lists a tariff bracket overlapping the one before, and a gap', () => {
    const overlap = GOOD.replace('{fromQf: 700, price: 3.25}', '{fromQf: 650, price: 3.25}');
    expect(problems(overlap)).toEqual([{ path: 'activities[0].tariffs[1].fromQf', line: lineOf(overlap, 'fromQf: 650'), code: 'bracketOverlap', params: { from: 650, previous: 699, next: 700 } }]);
    const gap = GOOD.replace('{fromQf: 700, price: 3.25}', '{fromQf: 900, price: 3.25}');
    expect(problems(gap).map((p) => p.code)).toEqual(['bracketGap']);
  });

  it('lists an activity code used twice (the same level, or « all » and a level)', () => {
    const block = GOOD.slice(GOOD.indexOf('  - code: canteen'));
    const twice = GOOD + block;
    expect(problems(twice)).toEqual([expect.objectContaining({ path: 'activities[1].code', line: lineOf(twice, 'tariffs:') + 3, code: 'duplicateActivity' })]);
    const levels = GOOD + block.replace('    label:', '    level: maternelle\n    label:');
    expect(problems(levels).map((p) => p.code)).toEqual(['duplicateActivity']);
  });

  it('lists a school zone that does not exist', () => {
    const text = GOOD.replace('schoolZone: B', 'schoolZone: D');
    expect(problems(text)).toEqual([{ path: 'schoolZone', line: lineOf(text, 'schoolZone'), code: 'unknownZone', params: { zone: 'D', zones: 'A, B, C' } }]);
  });

  it('lists hours like « 8h-25h » at their line', () => {
    const text = GOOD.replace('13:30-17:00', '8h-25h');
    expect(problems(text)).toEqual([{ path: 'services[0].hours.mon[1]', line: lineOf(text, '8h-25h'), code: 'badHours', params: expect.objectContaining({ value: '8h-25h' }) }]);
  });

  it('lists every problem at once, in the order of the lines', () => {
    const text = GOOD.replace('schoolZone: B', 'schoolZone: Z').replace('13:30-17:00', '17h-13h').replace('deadlineDaysBefore: 7', 'deadlineDaysBefore: "7"');
    expect(problems(text).map((p) => p.code)).toEqual(['unknownZone', 'badHours', 'wrongType']);
  });

  it('lists a topic that names no service, a missing deadline and YAML that does not parse', () => {
    expect(problems(GOOD.replace('general: mairie', 'general: regie')).map((p) => [p.path, p.code])).toEqual([['topics.general', 'unknownService']]);
    expect(problems(GOOD.replace('    deadlineDaysBefore: 7\n', '')).map((p) => p.code)).toEqual(['oneDeadline']);
    expect(problems(GOOD.replace('name: Saint-Test', 'name: [Saint')).map((p) => p.code)).toContain('syntax');
  });

  it('reads JSON too, with its lines', () => {
    const json = '{\n  "id": "x",\n  "nom": "X"\n}';
    expect(problems(json)).toContainEqual({ path: 'nom', line: 3, code: 'unknownKey', params: { key: 'nom', keys: expect.stringMatching(/^id, name, portalName, /) } });
  });

  const PUBLICATION = `publication:
  controller: Commune de Saint-Test, représentée par son maire
  dpo: {email: dpo@saint-test.fr}
  accessibility:
    status: partial
    auditDate: 2026-05-12
    rate: 74.5
    derogations: [Les cartes interactives]
`;

  it('reads the publication block, and exports it back the same', () => {
    const read = readCommuneFile(GOOD + PUBLICATION, ZONES);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.config.commune.publication).toEqual({
      controller: 'Commune de Saint-Test, représentée par son maire',
      dpo: { email: 'dpo@saint-test.fr' },
      accessibility: { status: 'partial', auditDate: '2026-05-12', rate: 74.5, derogations: ['Les cartes interactives'] },
    });
    const again = readCommuneFile(communeFileText(read.config.commune, read.config.activities), ZONES);
    expect(again.ok && again.config.commune.publication).toEqual(read.config.commune.publication);
  });

  it('lists a conformity claimed without its audit date, a rate over 100 and a DPO e-mail that is not one', () => {
    const text = GOOD + PUBLICATION.replace('    auditDate: 2026-05-12\n', '').replace('74.5', '120').replace('dpo@saint-test.fr', 'dpo');
    expect(problems(text).map((p) => [p.path, p.code])).toEqual([
      ['publication.dpo.email', expect.any(String)],
      ['publication.accessibility.auditDate', 'auditDateMissing'],
      ['publication.accessibility.rate', 'tooBig'],
    ]);
    expect(problems(GOOD + PUBLICATION.replace('    auditDate: 2026-05-12\n', ''))).toEqual([expect.objectContaining({ path: 'publication.accessibility.auditDate', code: 'auditDateMissing' })]);
  });

  it.each(fs.readdirSync(DEMO_COMMUNES_DIR))('demo file %s: export of what it reads gives what it reads again', (name) => {
    const read = readCommuneFile(fs.readFileSync(path.join(DEMO_COMMUNES_DIR, name), 'utf8'), ZONES);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const text = communeFileText(read.config.commune, read.config.activities);
    const again = readCommuneFile(text, ZONES);
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect(again.config).toEqual(read.config);
    expect(communeFileText(again.config.commune, again.config.activities)).toBe(text);
  });
});
