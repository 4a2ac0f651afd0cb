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
