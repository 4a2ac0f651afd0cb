/** The commune served, named by a resident at an act's place question: its start, with one slip per word. */
import { isThisCommune } from '../../src/domain/civilActs';
import type { Commune } from '../../src/domain/types';
import { demoCommuneList } from '../support/demoCommunes';

const csp = demoCommuneList().find((c) => c.id === 'carrieres-sous-poissy') as Commune;

describe('isThisCommune', () => {
  it.each(['carieres', 'carrieres', 'Carrières-sous-Poissy', 'carieres sous poisy', 'ici'])('« %s » is Carrières-sous-Poissy', (said) => {
    expect(isThisCommune(csp, said)).toBe(true);
  });
  it.each(['Poissy', 'Martin', 'Julie Martin', 'carr', 'chanteloup'])('« %s » is not', (said) => {
    expect(isThisCommune(csp, said)).toBe(false);
  });
});
