/**
 * A postal address needs a number and a street, a postal code and a town; where it must be in the
 * commune, the commune's town (and its only postal code) complete a number and a street. What is
 * missing is named; what was given is kept for the next answer.
 */
import { readPostalAddress, withKept, withKnownTownNamed, withNewTown, type AddressPart } from '../../src/domain/postalAddress';

const CSP = { name: 'Carrières-sous-Poissy', postalCodes: ['78955'] };

describe('an address anywhere (where to send an act, a taxpayer living elsewhere)', () => {
  it.each<[string, AddressPart[]]>([
    ['12 rue de la Gare, 78955 Carrières-sous-Poissy', []],
    ['3 bis avenue Foch 75016 Paris', []],
    ['18 av. de Poissy, 78570 Chanteloup-les-Vignes', []],
    ['12 rue de la Gare, Poissy 78300', []],
    ['Résidence les Tilleuls, 4 allée des Roses, 78955 Carrières-sous-Poissy', []],
    ['12 rue', ['street', 'postalCode', 'town']],
    ['12 rue de', ['street', 'postalCode', 'town']],
    ['rue de la gare', ['number', 'postalCode', 'town']],
    ['12 rue de la Gare', ['postalCode', 'town']],
    ['12 rue de la Gare, 78300', ['town']],
    ['Poissy', ['number', 'street', 'postalCode', 'town']],
    ['je ne sais pas', ['number', 'street', 'postalCode', 'town']],
    // Abroad: the country last, a number and a street before it (postal codes differ from country to country).
    ['Rue de la Loi 16, 1000 Bruxelles, Belgique', []],
    ['10 Baker Street, London NW1 6XE, United Kingdom', []],
    ['Calle Mayor 5, 28013 Madrid, Espagne', []],
    ['45 boulevard Zerktouni, Casablanca, Maroc', []],
    ['Belgique', ['number', 'street']],
    ['Bruxelles, Belgique', ['number', 'street']],
    ['Rue de la Loi, Bruxelles, Belgique', ['number']],
  ])('« %s » lacks %j', (text, missing) => {
    expect(readPostalAddress(text).missing).toEqual(missing);
  });
});

describe('an address in the commune (its own démarches)', () => {
  it.each<[string, string, AddressPart[]]>([
    ['12 rue de la Gare', '12 rue de la Gare, 78955 Carrières-sous-Poissy', []],
    ['12 rue de la Gare 78955', '12 rue de la Gare 78955 Carrières-sous-Poissy', []],
    ['12 rue de la Gare Carrières-sous-Poissy', '12 rue de la Gare, 78955 Carrières-sous-Poissy', []],
    ['1, place Saint-Blaise', '1, place Saint-Blaise, 78955 Carrières-sous-Poissy', []],
    // Another commune's postal code is not completed: the démarche then says the address is elsewhere.
    ['12 rue Victor Hugo 78420 Carrières-sur-Seine', '12 rue Victor Hugo 78420 Carrières-sur-Seine', []],
    // Only the number or the street is asked: the commune's town and postal code come with them.
    ['12 rue', '12 rue', ['street']],
    ['rue de la gare', 'rue de la gare', ['number']],
    ['Carrières-sous-Poissy', 'Carrières-sous-Poissy', ['number', 'street']],
  ])('« %s » → « %s », lacking %j', (text, value, missing) => {
    expect(readPostalAddress(text, CSP)).toMatchObject({ value, missing, found: true });
  });

  it('a commune with several postal codes gets its town, and the postal code is asked', () => {
    expect(readPostalAddress('12 rue de la Gare', { name: 'Ville', postalCodes: ['75001', '75002'] })).toMatchObject({ value: '12 rue de la Gare, Ville', missing: ['postalCode'] });
  });
});

it.each(['au guichet', 'oui', 'je ne sais pas'])('« %s » gives no part of an address: nothing kept', (text) => {
  expect(readPostalAddress(text, CSP).found).toBe(false);
});

describe('the next answer after a partial address', () => {
  it.each([
    ['12 rue de la Gare', '78300 Poissy', '12 rue de la Gare, 78300 Poissy'],
    ['rue de la gare', '12', '12 rue de la gare'],
    ['Carrières-sous-Poissy', '12 rue de la Gare', '12 rue de la Gare, Carrières-sous-Poissy'],
    ['12 rue', '5 avenue Foch 75016 Paris', '5 avenue Foch 75016 Paris'],
    ['12 rue', 'de la Paix, 75002 Paris', '12 rue de la Paix, 75002 Paris'],
    ['12 rue de la Paix', '12 rue', '12 rue'],
    ['12 rue', '78955 Carrières', '12 rue, 78955 Carrières'],
    ['12 rue, 78955 Carrières', 'des Lilas', '12 rue des Lilas, 78955 Carrières'],
    ['12 rue 78955 Carrières', 'des Lilas', '12 rue des Lilas, 78955 Carrières'],
  ])('kept « %s », then « %s »: « %s »', (kept, text, joined) => {
    expect(withKept(kept, text)).toBe(joined);
  });
});

describe('an address corrected by a postal code and a town alone', () => {
  it.each([
    ['3 rue Verte 78300 Poissy', '78955 Carrières', '3 rue Verte, 78955 Carrières'],
    ['3 rue Verte, 78300 Poissy', '78955  carrieres sous poissy', '3 rue Verte, 78955 carrieres sous poissy'],
    ['3 rue Verte, Poissy 78300', '78955 Carrières', '3 rue Verte, 78955 Carrières'],
    ['12 rue des Lilas', '78955 Carrières', '12 rue des Lilas, 78955 Carrières'],
  ])('« %s » then « %s »: « %s »', (current, typed, address) => {
    expect(withNewTown(current, typed)).toBe(address);
  });
});

describe('words after « à » that say where the door is, not a town', () => {
  const town = { name: 'Carrières-sous-Poissy', postalCodes: ['78955'] };
  it.each(['12 rue de la Gare a côté de la poste', '8 rue des Écoles a gauche', "3 allée des Acacias à l'angle"])('« %s » is kept as typed', (typed) => {
    expect(withKnownTownNamed(typed, town)).toBe(typed);
  });
  it('another town after « à » is still read as the town', () => {
    expect(withKnownTownNamed('12 rue de la Gare à Poissy', town)).toBe('12 rue de la Gare, Poissy');
  });
});

describe('the town known at the end, without a comma nor « à »', () => {
  const town = { name: 'Carrières-sous-Poissy', postalCodes: ['78955'] };
  it.each([
    ['12 rue des ecoles carrieres', '12 rue des ecoles, 78955 Carrières-sous-Poissy'],
    ['3 rue Verte Carrières-sous-Poissy', '3 rue Verte, 78955 Carrières-sous-Poissy'],
    ['8 allée des Acacias carrieres sous poissy', '8 allée des Acacias, 78955 Carrières-sous-Poissy'],
  ])('« %s » is « %s »', (typed, address) => {
    expect(withKnownTownNamed(typed, town)).toBe(address);
  });
  it.each(['12 rue de Carrières', '5 avenue de Carrieres', '12 rue des ecoles', '12 rue des ecoles poissy'])('« %s » is kept as typed (a street, or another town)', (typed) => {
    expect(withKnownTownNamed(typed, town)).toBe(typed);
  });
});
