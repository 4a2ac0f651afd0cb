/**
 * The day before or after a holiday or a date (« le lendemain de l'Ascension », « the day after Ascension », « la veille du
 * 14 juillet ») is that day, not the holiday; « je ne sais pas s'il pourra revenir demain » is an absence from today, its end open.
 * Today: Sunday 6 December 2026 (Ascension 2027: Thursday 6 May; Easter Monday: 29 March).
 */
import { understand } from '../../src/nlu/understand';

const read = (text: string, today = '2026-12-06') => understand(text, { today, fallback: false });

describe('the day beside a holiday', () => {
  it.each([
    ['réserver la cantine le lendemain de l’Ascension', ['2027-05-07']],
    ['book the canteen the day after Ascension', ['2027-05-07']],
    ['book the canteen the day after Ascension Day', ['2027-05-07']],
    ['annuler la cantine la veille de l’ascension', ['2027-05-05']],
    ['réserver la garderie le lendemain du 14 juillet', ['2027-07-15']],
    ['cancel the canteen the day before the 14th of July', ['2027-07-13']],
    ['cancel the canteen the day after Christmas', ['2026-12-26']],
    ['réserver la cantine le lendemain du lundi de Pâques', ['2027-03-30']],
    ['cancel the canteen the day after Easter Monday', ['2027-03-30']],
  ])('« %s »: %j', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it.each([
    ['réserver la cantine le jour de l’Ascension', ['2027-05-06']],
    ['annuler la cantine le lendemain de noël', ['2026-12-26']],
    ['annuler la cantine the day after tomorrow', ['2026-12-08']],
  ])('« %s » is read as before: %j', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });
});

describe('an absence whose end is not known', () => {
  it.each([
    "hugo est malade, je ne sais pas s'il pourra revenir demain",
    "je ne sais pas s'il pourra revenir demain",
    "Léa a de la fièvre, pas sûr qu'elle revienne lundi",
    "il est malade, il pourra peut-être retourner à l'école jeudi",
  ])('« %s »: from today, until when asked', (text) => {
    const u = read(text, '2026-12-08');
    expect(u.intent).toBe('report_absence');
    expect(u.dates).toEqual(['2026-12-08']);
    expect(u.openStart).toBe(true);
  });

  it.each([["absent aujourd'hui", ['2026-12-08']], ['absent demain', ['2026-12-09']]])('« %s » is read as before: %j', (text, dates) => {
    const u = read(text, '2026-12-08');
    expect(u.dates).toEqual(dates);
    expect(u.openStart).toBeUndefined();
  });
});
