/** The commune a resident names, with the slips people make typing it. */
import { fixedClock } from '../../src/domain/clock';
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
  ['Marseille', 'none'],
  ['poi', 'none'],
])('« %s » → %s', async (text, expected) => {
  expect(await found(text)).toBe(expected);
});
