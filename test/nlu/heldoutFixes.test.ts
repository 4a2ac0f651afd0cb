/** The kinds of messages the held-out sets showed misread (test/nlu/heldout.jsonl), each fixed in general. */
import { recognizeChoice, type ChoiceOption } from '../../src/nlu/choice';
import { splitCorrection } from '../../src/nlu/correction';
import { understand } from '../../src/nlu/understand';

const TODAY = '2026-11-18'; // a Wednesday
const read = (text: string, today = TODAY) => understand(text, { today, fallback: false });

describe('messages in English', () => {
  it.each([
    ['show my bookings', 'list_bookings'],
    ['my daughter is sick today', 'report_absence'],
    ['what can you do ?', 'help'],
    ['forget it', 'abort'],
    ['I forgot my password', 'forgot_password'],
    ['how can I register to vote', 'electoral_roll'],
    ['I would like to get my invoices by email', 'e_invoice'],
    ['change my email address', 'update_contact'],
    ['I want to talk to a human', 'contact'],
    ['opening hours of the town hall', 'opening_hours'],
    ['I need a birth certificate', 'civil_status_act'],
    ['remove the canteen on friday', 'cancel_booking'],
    ['take Leo off the canteen tomorrow', 'cancel_booking'],
    ["Can you remove Sophie's lunch bookings for next week?", 'cancel_booking'],
  ])('« %s » is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it.each([
    ['cancel canteen tomorrow please', ['2026-11-19'], 'canteen'],
    ['please book garderie du soir on friday', ['2026-11-20'], 'evening'],
    ['what did I book for next week ?', ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'], null],
  ])('« %s » gives its days', (text, dates, activity) => {
    expect(read(text)).toMatchObject({ dates, activity });
  });

  it('one English-looking word does not make a French message English', () => {
    expect(read('annuler la cantine on verra').intent).toBe('cancel_booking');
  });
});

describe('dates', () => {
  it.each([
    ['reserver la cantine le trois décembre', ['2026-12-03']],
    ['cantine le vingt et un janvier', ['2027-01-21']],
    ['je voudrais inscrire mon fils à la cantine tous les jours en décembre', Array.from({ length: 31 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`)],
    ['Je voudrais réserver le repas de Noël à la cantine le 17 décembre', ['2026-12-17']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('« en juillet du 5 au 23 » is those days of July, at the centre for the holidays', () => {
    const holidays = [{ name: 'Été', from: '2027-07-03', resume: '2027-09-01' }];
    const got = understand('centre de loisirs en juillet du 5 au 23', { today: '2027-06-01', holidays, fallback: false });
    expect(got.dates[0]).toBe('2027-07-05');
    expect(got.dates.at(-1)).toBe('2027-07-23');
    expect(got.dates).toHaveLength(19);
    expect(got.activity).toBe('holidays');
  });

  it('« garderie demain matin » is the morning care', () => {
    expect(read('on a plus besoin de la garderie demain matin')).toMatchObject({ intent: 'cancel_booking', dates: ['2026-11-19'], activity: 'morning' });
  });
});

describe('intents', () => {
  it.each([
    ['c bien reservé pour mercredi au centre de loisirs ?', 'list_bookings'],
    ['Pouvez-vous me dire ce que j\'ai réservé en décembre ?', 'list_bookings'],
    ['je ne sais plus si j\'ai réservé la garderie du soir jeudi', 'list_bookings'],
    ['Avez-vous bien reçu ma réservation pour le centre de loisirs du 2 décembre ?', 'list_bookings'],
    ['est ce que ma fille a cantine lundi ?', 'list_bookings'],
    ['Mon fils peut-il manger à la cantine vendredi ?', 'book'],
    ['finalement ma fille ne mangera pas à la cantine mercredi, il faut annuler', 'cancel_booking'],
    ['elle est malade, elle ne mangera pas à la cantine mercredi, il faut annuler', 'report_absence'],
    ['jveux me co', 'sign_in'],
    ["s'identifier", 'sign_in'],
    ["j'ai perdu mes identifiants", 'forgot_password'],
    ["j'ai reçu un courrier avec un code, j'en fais quoi ?", 'family_key'],
    ['je ne vois pas mes enfants dans mon espace', 'family_key'],
    ['mon fils a eu 16 ans, que doit il faire ?', 'citizen_census'],
    ['mon fils part en Angleterre du 15 au 20 mars avec sa classe', 'parental_authorization'],
    ['je voudrais un justificatif de domicile de la mairie', 'address_change'],
    ['je dois fournir un justificatif de domicile', 'upload_document'],
    ['on vit en couple, il nous faut un certificat pour la CAF', 'cohabitation_certificate'],
    ['je vous envoie la photo de mon attestation CAF', 'upload_document'],
    ['a quoi tu sers', 'help'],
    ['retour au menu', 'help'],
    ["c'est pas grave, on arrête là", 'abort'],
    ['quelle heure est-il ?', 'unknown'],
    ["je m'appelle Sarah", 'unknown'],
    ['mercredi à 17h', 'opening_hours'],
    ['et samedi vers midi ?', 'opening_hours'],
  ])('« %s » is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('« mercredi à 17h » says which day', () => {
    expect(read('mercredi à 17h').dates).toEqual(['2026-11-25']);
  });
});

describe('answers at a question', () => {
  const TIE: ChoiceOption[] = [{ label: "J'y habite" }, { label: "J'y paie des impôts locaux depuis 2 ans" }, { label: 'Aucun des deux' }];
  it.each([["j'habite ici", 0], ['je vis ici', 0], ['nous résidons ici', 0], ['je paye des impots ici', 1]])('« %s » at the electoral roll tie question is option %i', (text, index) => {
    expect(recognizeChoice(text, TIE)?.index).toBe(index);
  });

  it('« ici » alone chooses nothing', () => {
    expect(recognizeChoice('ici', TIE)).toBeUndefined();
  });

  const READ_BACK: ChoiceOption[] = [{ label: 'Oui', meaning: 'yes' }, { label: 'Non, corriger', meaning: 'no' }];
  it.each(['le 8 février', '08/02/1995', 'mardi 12'])('« %s » at a yes/no read-back is a « no » correcting the date', (text) => {
    expect(recognizeChoice(text, READ_BACK)).toEqual({ index: 1, rest: text });
    expect(splitCorrection(text)).toEqual({ about: 'date', value: text });
  });

  it('a date at a question with more than a yes and a no chooses nothing (the basket is not abandoned)', () => {
    const basket: ChoiceOption[] = [{ label: 'Confirmer', meaning: 'yes' }, { label: 'Modifier' }, { label: 'Abandonner', meaning: 'no' }];
    expect(recognizeChoice('le 8 février', basket)).toBeUndefined();
  });

  it('two dates, or words around one, are not a date alone', () => {
    expect(recognizeChoice('le 8 février ou le 9', READ_BACK)).toBeUndefined();
    expect(splitCorrection('le nom c\'est Moreau')).toEqual({ about: 'le nom', value: 'Moreau' });
  });
});

describe('away since a day, back on another', () => {
  it.each([
    ['Maya malade depuis lundi, elle revient jeudi', ['2026-11-16', '2026-11-17', '2026-11-18']],
    ['léa est malade depuis mardi, elle reprend l école vendredi', ['2026-11-17', '2026-11-18', '2026-11-19']],
  ])('« %s » is every day from then to the day before the return', (text, dates) => {
    const reading = read(text);
    expect(reading.intent).toBe('report_absence');
    expect(reading.dates).toEqual(dates);
  });

  it('« malade depuis lundi » alone is still that Monday', () => {
    expect(read('elle est malade depuis lundi').dates).toEqual(['2026-11-16']);
  });
});
