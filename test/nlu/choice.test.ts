/** The recognizer every closed question uses: a table of answers → the option chosen, or none. */
import { recognizeChoice, type ChoiceOption } from '../../src/nlu/choice';
import { recognizeYesNo } from '../../src/nlu/yesNo';

const CIVILITY: ChoiceOption[] = [
  { label: 'Madame', synonyms: ['mme', 'femme'] },
  { label: 'Monsieur', synonyms: ['m', 'mr', 'homme'] },
];
const READ_BACK: ChoiceOption[] = [
  { label: 'Oui', meaning: 'yes' },
  { label: 'Non, corriger', meaning: 'no' },
];
const BASKET: ChoiceOption[] = [
  { label: 'Confirmer', meaning: 'yes' },
  { label: 'Modifier', synonyms: ['changer', 'corriger'] },
  { label: 'Abandonner', meaning: 'no' },
];
const INVOICE: ChoiceOption[] = [{ label: 'Payer', meaning: 'yes' }, { label: 'Mes factures' }, { label: 'Menu' }];
const ACTS: ChoiceOption[] = [{ label: 'Acte de naissance' }, { label: 'Acte de mariage' }, { label: 'Acte de décès' }];
const FORMATS: ChoiceOption[] = [{ label: 'Copie intégrale' }, { label: 'Extrait avec filiation' }, { label: 'Extrait sans filiation' }];
const CHILDREN: ChoiceOption[] = [{ label: 'Léa' }, { label: 'Léo' }, { label: 'Tous les enfants' }];

const cases: Array<[string, ChoiceOption[], string, number | undefined]> = [
  // numbers, every way they are written
  ['civility', CIVILITY, '1', 0],
  ['civility', CIVILITY, '2', 1],
  ['civility', CIVILITY, '1.', 0],
  ['civility', CIVILITY, '1)', 0],
  ['civility', CIVILITY, ' 2 ', 1],
  ['civility', CIVILITY, 'le 1', 0],
  ['civility', CIVILITY, 'n°1', 0],
  // asked as a question, or to be shown (« c quoi la 1ere », « montre moi la 2 »)
  ['acts', ACTS, 'c quoi la 1ere', 0],
  ['acts', ACTS, "c'est quoi la deuxième ?", 1],
  ['acts', ACTS, 'montre moi la 3', 2],
  ['acts', ACTS, 'je veux voir le 2', 1],
  ['acts', ACTS, 'show me the first', 0],
  ['civility', CIVILITY, 'N° 2', 1],
  ['civility', CIVILITY, 'numéro 2', 1],
  ['civility', CIVILITY, 'le premier', 0],
  ['civility', CIVILITY, 'la deuxième', 1],
  ['civility', CIVILITY, 'le dernier', 1],
  ['civility', CIVILITY, '1 merci', 0],
  ['civility', CIVILITY, 'deux', 1],
  ['civility', CIVILITY, '3', undefined],
  ['civility', CIVILITY, '0', undefined],
  ['civility', CIVILITY, 'le troisième', undefined],
  // labels and synonyms, without accents or case, with a slip
  ['civility', CIVILITY, 'MADAME', 0],
  ['civility', CIVILITY, 'madamme', 0],
  ['civility', CIVILITY, 'monsieru', 1],
  ['civility', CIVILITY, 'Mme', 0],
  ['civility', CIVILITY, 'M.', 1],
  ['civility', CIVILITY, 'Docteur', undefined],
  ['civility', CIVILITY, 'oui', undefined],
  // yes / no
  ['read-back', READ_BACK, 'oui', 0],
  ['read-back', READ_BACK, 'Ouais', 0],
  ['read-back', READ_BACK, 'ok', 0],
  ['read-back', READ_BACK, "d'accord", 0],
  ['read-back', READ_BACK, "c'est bon", 0],
  ['read-back', READ_BACK, 'exact', 0],
  ['read-back', READ_BACK, 'Parfait !', 0],
  ['read-back', READ_BACK, 'bien sûr', 0],
  ['read-back', READ_BACK, "oui c'est ça", 0],
  ['read-back', READ_BACK, 'ouiii', 0],
  ['read-back', READ_BACK, 'non', 1],
  ['read-back', READ_BACK, 'nan', 1],
  ['read-back', READ_BACK, 'pas du tout', 1],
  ['read-back', READ_BACK, 'non merci', 1],
  ['read-back', READ_BACK, 'corriger', 1],
  ['read-back', READ_BACK, 'modifier', 1],
  ['read-back', READ_BACK, 'Non, corriger', 1],
  ['read-back', READ_BACK, 'non corriger', 1],
  ['read-back', READ_BACK, "non le nom c'est Moreau", 1],
  ['read-back', READ_BACK, '2', 1],
  ['read-back', READ_BACK, 'le 1', 0],
  ['read-back', READ_BACK, 'oui mais le prénom est faux', 1],
  ['read-back', READ_BACK, 'peut-être', undefined],
  // basket: a label before a yes/no form
  ['basket', BASKET, 'Confirmer', 0],
  ['basket', BASKET, 'confirmé', 0],
  ['basket', BASKET, 'modifier', 1],
  ['basket', BASKET, 'corriger', 1],
  ['basket', BASKET, 'abandonner', 2],
  ['basket', BASKET, 'abandoner', 2],
  ['basket', BASKET, 'modifer', 1],
  ['basket', BASKET, 'oui', 0],
  ['basket', BASKET, 'non', 2],
  ['basket', BASKET, '3', 2],
  ['basket', BASKET, 'le dernier', 2],
  ['basket', BASKET, '4', undefined],
  // words of a label, the label in a sentence
  ['acts', ACTS, 'naissance', 0],
  ['acts', ACTS, 'naissence', 0],
  ['acts', ACTS, 'un acte de décès svp', 2],
  ['acts', ACTS, 'acte de deces', 2],
  ['acts', ACTS, 'acte', undefined],
  ['acts', ACTS, 'la 2', 1],
  ['formats', FORMATS, 'extrait', undefined],
  ['formats', FORMATS, 'sans filiation', 2],
  ['formats', FORMATS, 'copie', 0],
  // « celle avec… », « the full one », « the second one »: the option said with a pronoun
  ['formats', FORMATS, 'celle avec filiation', 1],
  ['formats', FORMATS, 'celle sans filiation', 2],
  ['formats', [{ label: 'Full copy' }, { label: 'Extract with parentage' }, { label: 'Extract without parentage' }], 'the full one', 0],
  ['formats', [{ label: 'Full copy' }, { label: 'Extract with parentage' }, { label: 'Extract without parentage' }], 'the one without parentage', 2],
  ['formats', [{ label: 'Full copy' }, { label: 'Extract with parentage' }, { label: 'Extract without parentage' }], 'the second one please', 1],
  ['formats', [{ label: 'Full copy' }, { label: 'Extract with parentage' }, { label: 'Extract without parentage' }], 'the last one', 2],
  // the same answer fits two options: nothing
  ['children', CHILDREN, 'Lea', 0],
  ['children', CHILDREN, 'tous les enfants', 2],
  ['children', [{ label: 'Léa' }, { label: 'Léa' }], 'Léa', undefined],
  ['children', [{ label: 'Extrait avec filiation' }, { label: 'Extrait sans filiation' }], 'extrait filiation', undefined],
  // an option that means yes (« Payer », « Oui, envoyer ») found in a sentence by its own words, never negated; a bare « Oui » never
  ['invoice', INVOICE, 'je veux payer ma facture', 0],
  ['invoice', INVOICE, 'je voudrais payer', 0],
  ['invoice', INVOICE, 'je ne veux pas payer', undefined],
  ['invoice', INVOICE, 'pas payer maintenant', undefined],
  ['readBack', [{ label: 'Oui, envoyer', meaning: 'yes' }, { label: 'Non, corriger', meaning: 'no' }], 'vous pouvez envoyer la demande', 0],
  ['readBack', READ_BACK, 'je veux bien oui', 0],
];

describe('recognizeChoice', () => {
  it.each(cases.map(([name, options, text, expected]) => [name, text, expected, options] as const))('%s: « %s » → %p', (_, text, expected, options) => {
    expect(recognizeChoice(text, options)?.index).toBe(expected);
  });

  it('keeps the words after a no, as typed', () => {
    expect(recognizeChoice("non le nom c'est Moreau", READ_BACK)).toEqual({ index: 1, rest: "le nom c'est Moreau" });
    expect(recognizeChoice('Non, corriger', READ_BACK)).toEqual({ index: 1 });
  });

  it('strict: the number, the label or a yes/no only', () => {
    expect(recognizeChoice('naissance', ACTS, true)).toBeUndefined();
    expect(recognizeChoice('le 3', ACTS, true)?.index).toBe(2);
    expect(recognizeChoice('acte de mariage', ACTS, true)?.index).toBe(1);
  });
});

describe('recognizeYesNo', () => {
  it.each([
    ['oui', 'yes', ''],
    ['ok merci', 'yes', ''],
    ['oui, envoyez', 'yes', 'envoyez'],
    ['non', 'no', ''],
    ['non, le prénom est Lucie', 'no', 'le prénom est Lucie'],
    ['absolument pas', 'no', ''],
    ['pas tout à fait', 'no', ''],
    // A sound before the answer, an apology after it.
    ['ah oui pardon', 'yes', ''],
    ['euh oui', 'yes', ''],
    ['oh non, le prénom est Lucie', 'no', 'le prénom est Lucie'],
    ['ah oui désolée', 'yes', ''],
    ['oops yes sorry', 'yes', ''],
    // « carrément », and « oui » with two letters swapped (« quoi ? » is not one)
    ['carrément', 'yes', ''],
    ['Carrément !', 'yes', ''],
    ['oiu', 'yes', ''],
  ])('« %s » → %s', (text, answer, rest) => {
    expect(recognizeYesNo(text)).toEqual({ answer, rest });
  });

  it.each(['', 'peut-être', 'oui mais non', 'Moreau', 'je ne sais pas', 'ah', 'euh', 'quoi ?', 'quoi'])('« %s » → neither', (text) => {
    expect(recognizeYesNo(text)).toBeUndefined();
  });
});
