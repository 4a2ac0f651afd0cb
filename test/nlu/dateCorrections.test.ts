/**
 * A day taken back after it was said (« lundi 7, mardi 8 pardon », « le 14, le 15 plutôt »): the
 * day said with the cue replaces the one before it; days listed with « et » stay all of them.
 */
import { understand } from '../../src/nlu/understand';

const read = (text: string) => understand(text, { today: '2026-12-03', fallback: false });

describe('a correction said after the day', () => {
  it.each([
    ['inscrire hugo à la garderie du soir lundi 7, mardi 8 pardon', ['2026-12-08']],
    ['cantine pour Léa le 14, le 15 plutôt', ['2026-12-15']],
    ['réserver la cantine jeudi 10, vendredi 11 je voulais dire', ['2026-12-11']],
    ['annuler la cantine lundi 7, oups mardi 8', ['2026-12-08']],
  ])('« %s » → %j', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it.each([
    ['réserver la cantine lundi 7 et mardi 8 pardon', ['2026-12-07', '2026-12-08']],
    ['cantine lundi 7, mardi 8 et jeudi 10', ['2026-12-07', '2026-12-08', '2026-12-10']],
    ['pardon, cantine lundi 7 et mardi 8', ['2026-12-07', '2026-12-08']],
  ])('« %s » keeps every day: %j', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });
});

describe('a correction inside the message: the days after « je voulais dire » replace those before, in their month', () => {
  const on7 = (text: string) => understand(text, { today: '2026-12-07', fallback: false });
  it.each([
    ['réserver la cantine le 15, je voulais dire le 14 et le 15', ['2026-12-14', '2026-12-15']],
    ['réserver la cantine le 15, je voulais dire le 14', ['2026-12-14']],
    ['cantine le 15, non plutôt le 14 et le 15', ['2026-12-14', '2026-12-15']],
    ['cantine le 17 décembre, pardon je veux dire le 16', ['2026-12-16']],
    ['cantine le 15 janvier, je voulais dire le 14', ['2027-01-14']],
    ['cantine le 15, je voulais dire le 3', ['2027-01-03']],
  ])('« %s » → %j', (text, dates) => {
    expect(on7(text).dates).toEqual(dates);
  });
});

describe('a day taken back among days said, by « non », « oubliez », « finalement juste »: only the day meant', () => {
  it.each([
    ['cantine demain non après-demain', ['2026-12-05']],
    ['garderie du soir demain, non après-demain pour Léa', ['2026-12-05']],
    ['absent après-demain non demain', ['2026-12-04']],
    ['cantine le 10 et le 11, oubliez le 11', ['2026-12-10']],
    ['étude le 14 et le 15, oubliez le 15 svp', ['2026-12-14']],
    ['cantine le 10, le 11 et le 14, laissez tomber le 14', ['2026-12-10', '2026-12-11']],
    ['cantine le 10 et le 11… finalement juste le 10', ['2026-12-10']],
    ['garderie lundi et mardi, finalement seulement mardi', ['2026-12-08']],
    ['cantine le 10 et le 11, en fait que le 11', ['2026-12-11']],
  ])('« %s » → %j', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it.each([
    // unchanged: « demain et après-demain » both; « juste » without « finalement » beside a single day
    ['cantine demain et après-demain', ['2026-12-04', '2026-12-05']],
    ['cantine juste le 10', ['2026-12-10']],
  ])('« %s » keeps every day: %j', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });
});
