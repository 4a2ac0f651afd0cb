/** The commune a resident names, with the slips people make typing it. */
import { fixedClock } from '../../src/domain/clock';
import { communeOfSmsNumber, e164, withoutCommuneName } from '../../src/domain/communeMatch';
import type { Commune } from '../../src/domain/types';
import { buildCore, type Core } from '../../src/index';
import { tempConfig } from '../support/harness';

let core: Core;
beforeAll(() => {
  core = buildCore(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
});
afterAll(() => core.close());

const found = async (text: string) => {
  const match = await core.service.matchCommune(text);
  return match.kind === 'found' ? match.commune.id : match.kind;
};

it.each([
  ['carrieres sous poissy', 'carrieres-sous-poissy'],
  ['carieres sous poisy', 'carrieres-sous-poissy'],
  ['Carrières-sous-Poisy', 'carrieres-sous-poissy'],
  ['j\'habite à carrieres sur sene', 'carrieres-sur-seine'],
  ['chantelou', 'chanteloup-les-vignes'],
  ['chanteloup les vigne', 'chanteloup-les-vignes'],
  ['Carrières', 'ambiguous'],
  ['carieres', 'ambiguous'],
  ['78955', 'carrieres-sous-poissy'],
  ['j\'habite au 78570', 'chanteloup-les-vignes'],
  ['78420 Carrières', 'carrieres-sur-seine'],
  ['75001', 'none'],
  ['Marseille', 'none'],
  ['poi', 'none'],
  // The place a commune's name is near is another commune (or a river): not this one.
  ['Poissy', 'none'],
  ['mairie de Poissy', 'none'],
  ['seine', 'none'],
  ['les vignes', 'none'],
  ['carrieres poissy', 'carrieres-sous-poissy'],
  // A reference the commune gave starts with its prefix.
  ['ou en est ma demande csp 2026 000001', 'carrieres-sous-poissy'],
  ['annuler la réservation CLV-RES-2026-000004', 'chanteloup-les-vignes'],
  ['facture CSS-FAC-2026-000012', 'carrieres-sur-seine'],
  ['XYZ-2026-000001', 'none'],
])('« %s » → %s', async (text, expected) => {
  expect(await found(text)).toBe(expected);
});

describe('the commune of the SMS number written to', () => {
  const commune = (id: string, smsNumbers?: string[]) => ({ id, name: id, ...(smsNumbers ? { smsNumbers } : {}) }) as Commune;
  const all = [commune('a', ['+33 7 00 00 00 01']), commune('b'), commune('c', ['+33700000002', '+33700000009']), commune('d', ['+33700000009'])];

  it.each([
    ['+33700000001', 'a'],
    ['0033700000002', 'c'],
    ['+33700000009', undefined], // two communes name it: neither is taken
    ['+33700000000', undefined],
    [undefined, undefined],
  ])('%s → %s', (to, id) => {
    expect(communeOfSmsNumber(all, to)?.id).toBe(id);
  });

  it('writes numbers in E.164', () => {
    expect(e164('+33 6 12-34.56 78')).toBe('+33612345678');
    expect(e164('0033612345678')).toBe('+33612345678');
  });
});

describe('what is said besides the commune', () => {
  it.each([
    ['bjr carrieres sous poissy', 'carrieres-sous-poissy', 'bjr'],
    ['Bonjour Carrières-sous-Poissy !', 'carrieres-sous-poissy', 'Bonjour !'],
    ['horaires de la mairie de Chanteloup', 'chanteloup-les-vignes', 'horaires de la mairie de'],
    ['78955 acte de naissance', 'carrieres-sous-poissy', 'acte de naissance'],
    ['carieres sous poisy je veux mon acte de naissance', 'carrieres-sous-poissy', 'je veux mon acte de naissance'],
    ['je vis sous les ponts a chanteloup', 'chanteloup-les-vignes', 'je vis sous les ponts a'],
  ])('« %s » (%s): « %s »', async (text, id, rest) => {
    const commune = (await core.service.listCommunes()).find((c) => c.id === id) as Commune;
    expect(withoutCommuneName(text, commune)).toBe(rest);
  });
});
