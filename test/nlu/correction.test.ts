/**
 * A read-back answered by a correction: it says « no », and what is corrected and its new value
 * are read wherever the field is named in the sentence, or from the wrong value read back.
 */
import { recognizeChoice, type ChoiceOption } from '../../src/nlu/choice';
import { splitCorrection } from '../../src/nlu/correction';
import { saysACorrection } from '../../src/nlu/correctionCue';
import { fold } from '../../src/nlu/yesNo';
import { check } from '../../dialogs/accountFields';
import { capitalized } from '../../src/domain/capitals';

const readBack: ChoiceOption[] = [
  { label: 'Oui', meaning: 'yes' },
  { label: 'Non, corriger', meaning: 'no' },
];
const fields: ChoiceOption[] = [
  { label: 'Nom', synonyms: ['nom de famille'] },
  { label: 'Prénom' },
  { label: 'E-mail', synonyms: ['mail', 'adresse mail'] },
  { label: 'Téléphone', synonyms: ['tel', 'numero'] },
  { label: 'Adresse', synonyms: ['adresse postale'] },
];

/** The field chosen (its label) and the new value, as the dialogs read them. */
function corrected(text: string): [string, string | undefined] | 'yes' | undefined {
  const answer = recognizeChoice(text, readBack);
  if (!answer) return undefined;
  if (answer.index === 0) return 'yes';
  const said = answer.rest ? splitCorrection(answer.rest, fields, ['Dupont', 'Marine']) : undefined;
  const field = said ? recognizeChoice(said.about, fields) : undefined;
  return [field ? fields[field.index]!.label : '?', said?.value];
}

describe('a correction at a read-back', () => {
  it.each([
    ["en fait c'est Durand le nom", 'Nom', 'Durand'],
    ["le nom c'est Le Gall", 'Nom', 'Le Gall'],
    ['Durand pour le nom, pas Dupont', 'Nom', 'Durand'],
    ['Durand, pas Dupont', 'Nom', 'Durand'],
    ['pas Dupont mais Durand', 'Nom', 'Durand'],
    ['il faut mettre Martin comme nom', 'Nom', 'Martin'],
    ['nom de famille Martin', 'Nom', 'Martin'],
    ['mon prénom est Marie, pas Marine', 'Prénom', 'Marie'],
    ['Marine-Claire, pas Marine', 'Prénom', 'Marine-Claire'],
    ["l'e-mail est j.moreau@example.org", 'E-mail', 'j.moreau@example.org'],
    ['le téléphone : 06 11 22 33 44', 'Téléphone', '06 11 22 33 44'],
    ["non le nom c'est Moreau", 'Nom', 'Moreau'],
    // typed without apostrophes, as by SMS
    ['non l adresse c est 8 allée des Lilas 78955 Carrières', 'Adresse', '8 allée des Lilas 78955 Carrières'],
    ['le prenom c Marie', 'Prénom', 'Marie'],
    ['l email c est j.moreau@example.org', 'E-mail', 'j.moreau@example.org'],
    // The field named beats an old value found inside the new one (« dupont » in the address).
    ["non l'email c'est karim.dupont@example.org", 'E-mail', 'karim.dupont@example.org'],
    // Whose field it is, said between the field and the value.
    ['non le prenom de mon fils c Louka', 'Prénom', 'Louka'],
    ["le prénom de ma fille c'est Léa", 'Prénom', 'Léa'],
    ['le nom de famille de mon pere est Durand', 'Nom', 'Durand'],
    ["le nom de l'enfant : Martin", 'Nom', 'Martin'],
    ["le nom c'est de Souza", 'Nom', 'de Souza'],
    ['le nom de mon fils c de Souza', 'Nom', 'de Souza'],
    ['mon email est marine.dupont@example.org', 'E-mail', 'marine.dupont@example.org'],
  ])('« %s » corrects %s to « %s »', (text, field, value) => {
    expect(corrected(text)).toEqual([field, value]);
  });

  it('a first name starting with « c » after whose field it is stays whole (« c » is a separator only as a word)', () => {
    expect(splitCorrection('le prénom de mon fils c Charles', fields, ['Dupont', 'Marine'])?.value).toBe('Charles');
    expect(splitCorrection('le prénom de mon fils, Charles', fields, ['Dupont', 'Marine'])?.value).toContain('Charles');
  });

  it('a field named in the singular (« le prénom » for « Prénoms ») beats an answer that holds the new value', () => {
    const plural: ChoiceOption[] = [{ label: 'Nom' }, { label: 'Prénoms' }, { label: 'Lieu de naissance' }];
    const said = splitCorrection("le prénom c'est Moussa", plural, ['Diallo', 'Diallo', 'Moussa']);
    expect(said).toEqual({ about: 'prenoms', value: 'Moussa' });
  });

  it.each([
    ['oui mais le prénom est faux', 'Prénom'],
    ['erreur sur le prénom', 'Prénom'],
    ["le mail n'est pas bon", 'E-mail'],
  ])('« %s » names %s without a new value (it is asked again)', (text, field) => {
    expect(corrected(text)).toEqual([field, undefined]);
  });

  it('a correction without a field says « no » and leaves the field to choose', () => {
    expect(corrected("je me suis trompée, c'est Durand")).toEqual(['?', 'Durand']);
  });

  it('a yes stays a yes, and what is not a correction chooses nothing', () => {
    expect(corrected('oui')).toBe('yes');
    expect(corrected("oui c'est bon")).toBe('yes');
    expect(corrected('ouais')).toBe('yes');
    expect(corrected('quels sont les horaires de la mairie')).toBeUndefined();
    expect(corrected('quel est le numéro de la mairie ?')).toBeUndefined();
    expect(corrected('le numéro de la mairie ?')).toBeUndefined();
    expect(saysACorrection(fold('je voudrais réserver la cantine'))).toBe(false);
  });

  it('is only a « no » at a yes/no read-back, not at other questions', () => {
    const menu: ChoiceOption[] = [{ label: 'Réserver' }, { label: 'Mes factures' }, { label: 'Infos pratiques' }];
    expect(recognizeChoice("en fait c'est Durand le nom", menu)).toBeUndefined();
  });
});

describe('names typed in lower case', () => {
  it.each([
    ['marie', 'Marie'],
    ['jean-pierre', 'Jean-Pierre'],
    ["marie d'alembert", "Marie d'Alembert"],
    ['le gall', 'Le Gall'],
    ['éloïse', 'Éloïse'],
    ['McDonald', 'McDonald'],
    ['DUPONT', 'DUPONT'],
  ])('« %s » is kept as « %s »', (typed, kept) => {
    expect(capitalized(typed)).toBe(kept);
  });
});

describe('answers that are not names', () => {
  it.each([['ouais'], ['Oui'], ['ok'], ['non'], ['merci'], ['reprendre']])('« %s » at a name question is asked again', (typed) => {
    expect(check('firstName', typed)).toBeUndefined();
    expect(check('lastName', typed)).toBeUndefined();
  });

  it('a real name is kept', () => {
    expect(check('firstName', 'Noé')).toBe('Noé');
    expect(check('lastName', 'okafor')).toBe('OKAFOR');
    // A part of a compound name is not a word of a sentence.
    expect(check('lastName', 'Martin-Ca')).toBe('Martin-Ca');
    expect(check('lastName', "D'Elle")).toBeDefined();
    expect(check('lastName', "c'est quoi")).toBeUndefined();
    expect(check('lastName', "j'sais pas")).toBeUndefined();
  });
});
