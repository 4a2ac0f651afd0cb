/**
 * « à partir de lundi … du lundi 7 au vendredi 11 »: the start dropped for the range said whole; never when what follows
 * is no range of days (hours, a place after « au »): the start is then the only day said.
 */
import { rangeAfterFrom } from '../../src/nlu/rangeAfterFrom';

describe('a start before a range', () => {
  it.each([
    ['à partir de lundi du lundi 7 au vendredi 11 décembre', 'du lundi 7 au vendredi 11 décembre'],
    ['je voudrais la cantine pour Léa à partir de lundi, du 7 au 11 décembre', 'je voudrais la cantine pour Léa du 7 au 11 décembre'],
    ['cantine a partir de lundi du 7 jusqu’au 11', 'cantine du 7 jusqu’au 11'],
  ])('« %s »: the range only', (text, kept) => {
    expect(rangeAfterFrom(text)).toBe(kept);
  });

  it.each([
    'garderie à partir de lundi de 7h30 jusqu’à 8h',
    'garderie le matin à partir de lundi de 7h30 à 8h30 jusqu’aux vacances',
    'inscrire Léa à partir du 12 le mercredi au centre de loisirs',
  ])('« %s »: the start kept', (text) => {
    expect(rangeAfterFrom(text)).toBe(text);
  });
});
