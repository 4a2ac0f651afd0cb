/** Whether the place a resident names is the commune itself: its name as written, shortened, or with one slip. */
import { isThisCommune } from '../../src/domain/civilActs';
import type { Commune } from '../../src/domain/types';

const CSP = { name: 'Carrières-sous-Poissy' } as Commune;

describe('the place of an event', () => {
  it.each(['Carrières-sous-Poissy', 'carrieres sous poissy', 'à Carrières', 'carrieressouspoissy', 'Carieres sous poissy', 'Carrières-sous-Poisy', 'carrières sous-poissy', 'carieres sous poisy', 'Carriere sous Poisy'])('« %s » is the commune', (place) => {
    expect(isThisCommune(CSP, place)).toBe(true);
  });

  it.each(['Poissy', 'Carrières-sur-Seine', 'Dupont', 'Marie', 'Chanteloup-les-Vignes', 'Carrières-sous-Paris'])('« %s » is not', (place) => {
    expect(isThisCommune(CSP, place)).toBe(false);
  });
});
