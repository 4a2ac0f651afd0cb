/**
 * The commune file's exceptional closures and Paybox merchant numbers: read into the services and
 * the commune, written back the same by the export, and every bad entry listed with its path and
 * line (a closure ending before it starts, a service the file does not have, a malformed number,
 * a key in place of the name of its environment variable).
 */
import { readCommuneFile, type FileProblem } from '../../src/communes/communeRead';
import { communeFileText } from '../../src/communes/communeExport';
import { ZONES } from '../support/demoCommunes';

const BASE = `id: saint-test
name: Saint-Test
portalName: Espace Citoyens
portalUrl: https://www.espace-citoyens.net/saint-test/espace-citoyens/
familyKeyName: Clé Enfance
schoolZone: B
requestPrefix: STE
topics:
  general: mairie
services:
  - code: mairie
    name: Mairie
    hours:
      mon: [8h30-12h]
      fri: [8h30-12h]
  - code: regie
    name: Régie
`;

const EXTRA = `closures:
  - services: [mairie, regie]
    from: 2027-05-07
    label: pont de l'Ascension
  - services: [regie]
    from: 2027-08-02
    to: 2027-08-20
    label: fermeture estivale
paybox:
  site: 1999888
  rang: "032"
  identifiant: "107904482"
  hmacKeyEnv: PAYBOX_HMAC_KEY_STE
`;

const problems = (text: string): FileProblem[] => {
  const read = readCommuneFile(text, ZONES);
  if (read.ok) throw new Error('expected problems');
  return read.problems;
};
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

it('puts each closure on the services it names (one day: from = to) and keeps the merchant numbers as text', () => {
  const read = readCommuneFile(BASE + EXTRA, ZONES);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const [mairie, regie] = read.config.commune.services;
  expect(mairie?.closures).toEqual([{ from: '2027-05-07', to: '2027-05-07', label: "pont de l'Ascension" }]);
  expect(regie?.closures).toEqual([
    { from: '2027-05-07', to: '2027-05-07', label: "pont de l'Ascension" },
    { from: '2027-08-02', to: '2027-08-20', label: 'fermeture estivale' },
  ]);
  expect(read.config.commune.paybox).toEqual({ site: '1999888', rang: '032', identifiant: '107904482', hmacKeyEnv: 'PAYBOX_HMAC_KEY_STE' });
});

it('exports them back as they were read: export → import → export is identical', () => {
  const read = readCommuneFile(BASE + EXTRA, ZONES);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const text = communeFileText(read.config.commune, read.config.activities);
  expect(text).toContain('closures:');
  expect(text).toContain('rang: "032"');
  const again = readCommuneFile(text, ZONES);
  if (!again.ok) throw new Error(JSON.stringify(again.problems));
  expect(again.config).toEqual(read.config);
  expect(communeFileText(again.config.commune, again.config.activities)).toBe(text);
  // JSON too.
  const json = readCommuneFile(communeFileText(read.config.commune, read.config.activities, 'json'), ZONES);
  expect(json.ok && json.config).toEqual(read.config);
});

it('lists a closure that ends before it starts, and one naming a service the file does not have, at their lines', () => {
  const text = BASE + EXTRA.replace('to: 2027-08-20', 'to: 2027-07-20').replace('services: [regie]', 'services: [etat_civil]');
  expect(problems(text)).toEqual([
    { path: 'closures[1].services[0]', line: lineOf(text, 'services: [etat_civil]'), code: 'unknownService', params: { code: 'etat_civil' } },
    { path: 'closures[1].to', line: lineOf(text, 'to: 2027-07-20'), code: 'closureReversed', params: { from: '2027-08-02', to: '2027-07-20' } },
  ]);
});

it('lists a closure without its label or with a date that is not one', () => {
  const text = BASE + EXTRA.replace("    label: pont de l'Ascension\n", '').replace('from: 2027-08-02', 'from: 2 août');
  expect(problems(text).map((p) => [p.path, p.code])).toEqual([['closures[0].label', 'missing'], ['closures[1].from', 'badFormat']]);
});

it('lists malformed merchant numbers and a key written where the name of its variable goes', () => {
  const text = BASE + EXTRA.replace('site: 1999888', 'site: 19998').replace('identifiant: "107904482"', 'identifiant: 10790448A').replace('hmacKeyEnv: PAYBOX_HMAC_KEY_STE', `hmacKeyEnv: ${'0123456789ABCDEF'.repeat(8)}`);
  expect(problems(text).map((p) => [p.path, p.code, p.line])).toEqual([
    ['paybox.site', 'badFormat', lineOf(text, 'site: 19998')],
    ['paybox.identifiant', 'badFormat', lineOf(text, 'identifiant:')],
    ['paybox.hmacKeyEnv', 'badFormat', lineOf(text, 'hmacKeyEnv:')],
  ]);
  expect(problems(BASE + EXTRA.replace('  rang: "032"\n', '')).map((p) => [p.path, p.code])).toEqual([['paybox.rang', 'missing']]);
  expect(problems(BASE + EXTRA.replace('  hmacKeyEnv: PAYBOX_HMAC_KEY_STE\n', `  hmacKey: ${'AB'.repeat(64)}\n  hmacKeyEnv: PAYBOX_HMAC_KEY_STE\n`)).map((p) => [p.path, p.code])).toEqual([['paybox.hmacKey', 'unknownKey']]);
});
