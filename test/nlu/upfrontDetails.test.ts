/** Details said in the message that starts a démarche, read so that they are not asked again. */
import { placePrefixes, readActDetails, readBookletReason } from '../../src/nlu/upfrontDetails';

describe('a civil-status act asked with its details', () => {
  it.each([
    ['copie intégrale de naissance pour ma fille', { kind: 'birth', format: 'full_copy', relation: 'ascendant' }],
    ['un extrait avec filiation de l\'acte de naissance de mon père', { kind: 'birth', format: 'extract_with_parents', relation: 'descendant' }],
    ['acte de mariage, c\'est pour moi', { kind: 'marriage', relation: 'self' }],
    ['bjr jveux un acte de naissance pr moi', { kind: 'birth', relation: 'self' }],
    ['copie integrale de l acte de naissance de mon cousin', { kind: 'birth', format: 'full_copy', relation: 'other' }],
    ['acte de décès de mon mari', { kind: 'death', relation: 'spouse' }],
    ['extrait sans filiation', { format: 'extract_without_parents' }],
    ['je suis tutrice de ma nièce, il me faut son acte de naissance', { kind: 'birth', relation: 'legal_representative' }],
    ['acte de décès, je ne le trouve plus', { kind: 'death' }],
    ['je voudrais un acte d\'état civil', {}],
    ['hi i need a birth certificate please', { kind: 'birth' }],
    ['a copy of my marriage certificate', { kind: 'marriage', relation: 'self' }],
    ['birth certificate for my daughter', { kind: 'birth', relation: 'ascendant' }],
    ['death certificate of my mother', { kind: 'death', relation: 'descendant' }],
    ['death certificate', { kind: 'death' }],
    // Their own marriage told (« on s'est mariés »): the act is the resident's.
    ['bjr il me faut un acte de mariage, on s est marie a carrieres sous poissy le 14 juin 2008', { kind: 'marriage', relation: 'self', eventDay: '14 juin 2008' }],
    ['acte de mariage svp, nous nous sommes mariés le 2 mai 2010', { kind: 'marriage', relation: 'self', eventDay: '2 mai 2010' }],
    ['acte de mariage de ma fille, ils se sont mariés le 2 mai 2010', { kind: 'marriage', relation: 'ascendant', eventDay: '2 mai 2010' }],
  ])('« %s »', (text, expected) => {
    const { abroad: _a, place: _p, ...read } = readActDetails(text);
    expect(read).toEqual(expected);
  });

  it.each([
    ['copie intégrale, je suis né au Maroc', true],
    ['acte de naissance de ma fille née en Belgique', true],
    ['nous nous sommes mariés à l\'étranger', true],
    ['je suis né à Carrières-sous-Poissy', false],
    ['copie intégrale de naissance', false],
    // The year said between the event and its place.
    ['copie intégrale, je suis née en 1988 au Maroc', true],
    ['acte de naissance de mon fils né le 3 mars 2015 en Espagne', true],
  ])('« %s » abroad: %s', (text, abroad) => {
    expect(readActDetails(text).abroad === true).toBe(abroad);
  });

  it('reads the place named, its words cut where the sentence goes on', () => {
    expect(readActDetails('je suis né à Carrières-sous-Poissy le 3 mars 1990').place).toBe('carrieres sous poissy');
    expect(readActDetails('copie intégrale de naissance').place).toBeUndefined();
    expect(placePrefixes('carrieres sous poissy')).toEqual(['carrieres sous poissy', 'carrieres sous', 'carrieres']);
  });

  it.each([
    ['acte de naissance de mon fils né le 3 mars 2015 à Poissy', 'poissy', '3 mars 2015'],
    ['acte de mariage, mariés le 12/06/2010 à Carrières-sous-Poissy', 'carrieres sous poissy', '12 06 2010'],
    ['acte de décès de mon père décédé à Poissy le 2 janvier 2024', 'poissy', '2 janvier 2024'],
    ['copie intégrale, je suis née à Carrières le 1er mai 1990', 'carrieres', '1er mai 1990'],
    ['acte de naissance de ma fille', undefined, undefined],
    ['ok et pour mon acte de naissance a moi, je suis ne a carrieres', 'carrieres', undefined],
    ['acte de naissance à lui, il est né à Poissy le 3 mars 1990', 'poissy', '3 mars 1990'],
    ['mon acte de naissance à moi', undefined, undefined],
    // The year said between the event and its place (the place was lost, and asked again).
    ['je voudrais un acte de naissance pour mon fils né en 2015 a poissy', 'poissy', undefined],
    ['acte de mariage, on s est mariés en 2012 à Chanteloup', 'chanteloup', undefined],
    ['birth certificate, my daughter was born in 2016 in Poissy', 'poissy', undefined],
  ])('« %s »: place %s, day %s', (text, place, day) => {
    const said = readActDetails(text);
    expect([said.place, said.eventDay]).toEqual([place, day]);
  });
});

describe('why a livret de famille is asked', () => {
  it.each([
    ['j\'ai perdu mon livret de famille', 'lost'],
    ['on m\'a volé mon livret de famille', 'lost'],
    ['livret de famille après mon divorce', 'separated'],
    ['livret de famille', undefined],
    ['ajouter mon enfant sur le livret de famille', undefined],
  ])('« %s » → %s', (text, reason) => {
    expect(readBookletReason(text)).toBe(reason);
  });
});

describe('the act named with a slip', () => {
  it.each([
    ['demande d acte de naisance', 'birth'],
    ['acte de naissence', 'birth'],
    ['copie integrale acte de mariag', 'marriage'],
    ['marriage certificate', 'marriage'],
    ['acte de déces', 'death'],
  ])('« %s » is a %s act', (text, kind) => {
    expect(readActDetails(text).kind).toBe(kind);
  });

  it('does not read other words as an act', () => {
    expect(readActDetails('je voudrais inscrire mon fils à la cantine').kind).toBeUndefined();
    expect(readActDetails('nous nous sommes mariés').kind).toBe('marriage');
  });
});
