/** Patterns written where they are read, built once per place in the code: the same as new RegExp, built again when a value in them changes. */
import { globalPattern, pattern } from '../../src/nlu/pattern';
import { readDates } from '../../src/nlu/dates';

describe('pattern', () => {
  const WORDS = 'lundi|mardi';
  const at = (word: string) => pattern`\\b(${word}) (\\d{1,2})\\b`;

  it('is new RegExp of the same text, one object per place in the code while its values stay', () => {
    const one = pattern`\\b(?:${WORDS})s?\\b`;
    expect(one.source).toBe(new RegExp(`\\b(?:${WORDS})s?\\b`).source);
    expect(one.flags).toBe('');
    const place = () => pattern`\\b(?:${WORDS})s?\\b`;
    expect(place()).toBe(place());
    expect(place()).not.toBe(one);
    expect(globalPattern`\\b(?:${WORDS})\\b`.flags).toBe('g');
  });

  it('is built again when a value put in it is another', () => {
    const lundi = at('lundi');
    expect(lundi.exec('le lundi 12')?.[2]).toBe('12');
    const mardi = at('mardi');
    expect(mardi).not.toBe(lundi);
    expect(mardi.test('le lundi 12')).toBe(false);
    expect(at('mardi')).toBe(mardi);
  });

  it('reads with replace and matchAll from the start, asked again', () => {
    const swap = (s: string) => s.replace(globalPattern`\\b(${WORDS})\\b`, (w: string) => w.toUpperCase());
    expect([swap('lundi et mardi'), swap('mardi, lundi')]).toEqual(['LUNDI et MARDI', 'MARDI, LUNDI']);
    const all = (s: string) => [...s.matchAll(globalPattern`\\d+`)].map((m) => m[0]);
    expect([all('1 2 3'), all('4 5')]).toEqual([['1', '2', '3'], ['4', '5']]);
  });

  it('leaves the date reader reading the same days, message after message', () => {
    const ctx = { today: '2026-12-05' };
    for (let round = 0; round < 2; round++) {
      expect(readDates('cantine le 7 et le 8 janvier', ctx).dates).toEqual(['2027-01-07', '2027-01-08']);
      expect(readDates('du 4 au 6 janvier', ctx).dates).toEqual(['2027-01-04', '2027-01-05', '2027-01-06']);
      expect(readDates('lundi et mardi prochain', ctx).dates).toEqual(['2026-12-07', '2026-12-08']);
    }
  });
});
