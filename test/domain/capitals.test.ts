/**
 * The two capitalisers, in one place (src/domain/capitals.ts): a name typed in lower case (particles kept in lower case
 * inside it), and an address's words (links and the street's kind kept in lower case). What residents see is unchanged:
 * each row was checked before the move, against the functions where they were.
 */
import { capitalized } from '../../src/domain/capitals';
import { addressShown } from '../../src/domain/addressShown';

it.each([
  ['jean-pierre', 'Jean-Pierre'],
  ['de la fontaine', 'De la Fontaine'],
  ['marie de la fontaine', 'Marie de la Fontaine'],
  ["jean d'ormesson", "Jean d'Ormesson"],
  ['van der berg', 'Van der Berg'],
  ['McLean', 'McLean'],
  ['saint-germain-en-laye', 'Saint-Germain-En-Laye'],
])('the name « %s » is shown « %s »', (typed, shown) => {
  expect(capitalized(typed)).toBe(shown);
});

it.each([
  ['12 rue des lilas 78955 carrieres', '12 rue des Lilas, 78955 Carrières-sous-Poissy'],
  ['5 avenue victor hugo 78300 poissy', '5 avenue Victor Hugo, 78300 Poissy'],
  ['3 bis chemin de la croix 78300 saint-germain-en-laye', '3 bis chemin de la Croix, 78300 Saint-Germain-en-Laye'],
  ['12 rue de la Gare', '12 rue de la Gare'],
  ['lieu dit les hauts', 'Lieu Dit les Hauts'],
])('the address « %s » is shown « %s »', (typed, shown) => {
  expect(addressShown(typed, { name: 'Carrières-sous-Poissy', postalCodes: ['78955'] })).toBe(shown);
});
