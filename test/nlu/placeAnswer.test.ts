/** What cannot answer « Dans quelle commune a eu lieu la naissance ? », and what may. */
import { cannotBeAPlace, onlyNamesAPlace } from '../../src/nlu/placeAnswer';

describe('an answer where a place is asked', () => {
  it.each(['oui', 'non', 'ouais', 'jean@example.org', '14 mars 2019', '14/03/2019', '14032019', 'en fait elle est née le 15 mars à la maternité', '', 'June 12 2015', '12 June 2015', 'the 12th of June 2015'])('« %s » cannot be a place', (text) => {
    expect(cannotBeAPlace(text)).toBe(true);
  });

  it.each(['Lyon', 'Saint-Germain-en-Laye', 'Le Mesnil-le-Roi', '78955', 'Paris 15e', 'Casablanca (Maroc)', 'Durand', 'Mantes la jolie', 'Saint-Jean-de-Luz', 'Mayenne', 'Juneau'])('« %s » may be a place', (text) => {
    expect(cannotBeAPlace(text)).toBe(false);
  });
});

describe('a first message that only says where the resident is', () => {
  it.each(['mairie de Poissy', 'ville de Triel', "j'habite à Triel-sur-Seine", 'bonjour, commune de Médan'])('« %s » only names a place', (text) => {
    expect(onlyNamesAPlace(text)).toBe(true);
  });
  it.each(['horaires de la mairie de Poissy', 'acte de naissance', 'je suis né à Poissy'])('« %s » asks something', (text) => {
    expect(onlyNamesAPlace(text)).toBe(false);
  });
});
