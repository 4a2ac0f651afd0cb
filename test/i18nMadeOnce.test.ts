/**
 * Each locale's translate function is made once per version (src/i18n.ts, Texts.for): a turn asks for it several times.
 * The same function for the same locale and version, another for another, each writing its own texts.
 */
import path from 'node:path';
import { Texts } from '../src/i18n';

const texts = Texts.create(path.join(__dirname, '..', 'locales'));

it('gives the same function for the same locale and version, and its own to each', () => {
  expect(texts.for('fr')).toBe(texts.for('fr', false, false));
  expect(texts.for('en', true, true)).toBe(texts.for('en', true, true));
  const versions = [texts.for('fr'), texts.for('fr', true), texts.for('fr', false, true), texts.for('en'), texts.for('en', true), texts.for('en', false, true)];
  expect(new Set(versions).size).toBe(6);
  expect(texts.for('fr')('menu.title')).not.toBe(texts.for('en')('menu.title'));
  expect(texts.for('fr')('menu.title')).toBe(Texts.create(path.join(__dirname, '..', 'locales')).for('fr')('menu.title'));
});
