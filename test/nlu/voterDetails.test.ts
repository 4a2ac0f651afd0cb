/** What a resident asking for the electoral roll says of themselves up front: read when plain, never guessed. */
import { readVoterDetails } from '../../src/nlu/voterDetails';

describe('the electoral roll asked with details', () => {
  it.each([
    ["je voudrais m'inscrire sur les listes électorales, j'habite à chanteloup", 'Chanteloup-les-Vignes', { tie: 'lives' }],
    ['inscription listes electorales j habite chanteloup les vignes depuis 2 ans', 'Chanteloup-les-Vignes', { tie: 'lives' }],
    ["je suis française et j'y habite, je veux voter", 'Chanteloup-les-Vignes', { nationality: 'french', tie: 'lives' }],
    ['je suis portugais, je vis à Carrières depuis 5 ans', 'Carrières-sous-Poissy', { nationality: 'european', tie: 'lives' }],
    ['je suis de nationalité italienne et je paie mes impôts ici', 'Carrières-sous-Poissy', { nationality: 'european', tie: 'taxpayer' }],
    ["Je suis habitante de la commune et je suis francaise", 'Carrières-sur-Seine', { nationality: 'french', tie: 'lives' }],
    ["j'habite au 4 allée des tilleuls depuis mars", 'Carrières-sous-Poissy', { tie: 'lives' }],
    ["je suis française, j'habite 12bis rue des écoles", 'Carrières-sous-Poissy', { nationality: 'french', tie: 'lives' }],
    ["j'habite 3 rue de Paris à Carrières-sous-Poissy", 'Carrières-sous-Poissy', { tie: 'lives' }],
    ['I live at 4 allée des Tilleuls', 'Carrières-sous-Poissy', { tie: 'lives' }],
    // Moved in, said to the commune served: living here (the link was asked again).
    ["je veux m'inscrire sur les listes electorales, j'ai emmenagé en octobre", 'Chanteloup-les-Vignes', { tie: 'lives' }],
    ["on vient d'emménager, inscription sur la liste électorale svp", 'Carrières-sur-Seine', { tie: 'lives' }],
    ["je suis française, nous avons emménagé ici l'an dernier", 'Carrières-sous-Poissy', { nationality: 'french', tie: 'lives' }],
  ])('« %s » (%s) says %j', (text, commune, expected) => {
    expect(readVoterDetails(text, commune)).toEqual(expected);
  });

  it.each([
    ["j'habite à Carrières-sur-Seine", 'Carrières-sous-Poissy'],
    ["j'habite à Poissy", 'Carrières-sous-Poissy'],
    ["j'ai emménagé à Poissy", 'Carrières-sous-Poissy'],
    ["j'habite au 4 allée des tilleuls à Poissy", 'Carrières-sous-Poissy'],
    ["j'habite 3 rue Pasteur 78300", 'Carrières-sous-Poissy'],
    ['je suis marocain', 'Carrières-sous-Poissy'],
    ['mon mari est portugais', 'Carrières-sous-Poissy'],
    ['listes électorales', 'Carrières-sous-Poissy'],
  ])('« %s » (%s) says nothing to keep', (text, commune) => {
    expect(readVoterDetails(text, commune)).toEqual({});
  });
});
