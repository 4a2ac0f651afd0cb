/**
 * The date reader's fifth audit by class (dateAudit5*.test.ts), rows written for it before they were run, each with its own « today »
 * over the school year 2026–2027 (zone C as in db/reference: hiver 6–21 February, printemps 3–18 April 2027), half in SMS style, some
 * English, the days computed by a script from « today »; intent, exact days and activity as the bot reads them (with the learned model).
 * This file: amounts (« 73,80 € », « 2 x 3,45 € », « tarif 2,10 »), times (« 16h30 », « 10h-17h »), ages, counts, classes (« CP », « CM1 »), rooms, phones, family and file numbers, a fever's degrees, a code.
 */
import { understand } from '../../src/nlu/understand';
import { checkReadingsAsBot, schoolHolidays, type ReadingRow } from '../support/nluRows';

jest.setTimeout(30_000);

describe('numbers that are no days beside a day', () => {
  checkReadingsAsBot([
    ['cantine mardi, facture de 73,80 € reçue merci', '2027-01-11', 'book', ['2027-01-12'], 'canteen'],
    ['garderie soir jeudi jusqu a 18h45 pr mes 2 enfants', '2027-03-01', 'book', ['2027-03-04'], 'evening'],
    ['etude le 11 à 16h30 salle 21', '2027-02-25', 'book', ['2027-03-11'], 'study'],
    ['cantine lundi pour Tom 7 ans et Lina 4 ans', '2027-05-05', 'book', ['2027-05-10'], 'canteen'],
    ['Noé (CP) sera absent le 9, rdv orthophoniste 14h', '2027-03-01', 'report_absence', ['2027-03-09'], null],
    ['cantine le 18 pr 3 enfants ref famille 20457', '2027-01-06', 'book', ['2027-01-18'], 'canteen'],
    ['garderie matin vendredi 7h30, bus 12', '2027-06-07', 'book', ['2027-06-11'], 'morning'],
    ['annuler la cantine du 15, appelez moi au 06 45 78 12 30', '2027-03-02', 'cancel_booking', ['2027-03-15'], 'canteen'],
    ['etude mardi 8, classe de CE2 salle 3', '2027-05-31', 'book', ['2027-06-08'], 'study'],
    ['cantine jeudi 1 repas vegetarien', '2027-01-18', 'book', ['2027-01-21'], 'canteen'],
    ['absent demain, 39 de fievre', '2027-02-02', 'report_absence', ['2027-02-03'], null],
    ['garderie du soir le 21, j arrive vers 18h15', '2027-05-10', 'book', ['2027-05-21'], 'evening'],
    ['cantine vendredi 12 pr ma fille de 9 ans en CM1', '2027-03-01', 'book', ['2027-03-12'], 'canteen'],
    ['annuler etude jeudi, dossier n 4521', '2027-01-25', 'cancel_booking', ['2027-01-28'], 'study'],
    ['cantine le 2 et le 4 pour 2 enfants, 2 x 3,45 €', '2027-02-22', 'book', ['2027-03-02', '2027-03-04'], 'canteen'],
    ['garderie matin le 7 a 7h15, je suis de garde chambre 14', '2027-05-26', 'book', ['2027-06-07'], 'morning'],
    ['il sera absent mardi, il a 38,5', '2027-01-04', 'report_absence', ['2027-01-05'], null],
    ['centre mercredi 10h-17h pour Jade 6 ans', '2027-03-08', 'book', ['2027-03-10'], 'wednesday'],
    ['cantine lundi, QF 3 tarif 2,10', '2027-06-09', 'book', ['2027-06-14'], 'canteen'],
    ['annulez la garderie du soir vendredi 16h45 car rdv', '2027-04-26', 'cancel_booking', ['2027-04-30'], 'evening'],
    ['etude jeudi 20 mai, 2h de devoirs', '2027-05-10', 'book', ['2027-05-20'], 'study'],
    ['cantine le 26 pr Hugo, 1 seul repas', '2027-01-13', 'book', ['2027-01-26'], 'canteen'],
    ['absente lundi 12 avril? non, le 19 avril', '2027-03-25', 'report_absence', ['2027-04-19'], null],
    ['cantine mardi 15h30 sortie, 5 euros la sortie', '2027-06-01', 'book', ['2027-06-08'], 'canteen'],
  ]);
});

/** Rows this audit left failing, and why (the reading as the row says is what is meant). */
const LEFT: [...ReadingRow, string][] = [
  ['garderie soir le 14 code 3344', '2027-01-06', 'book', ['2027-01-14'], 'evening', 'a code after a day (« le 14 code 3344 ») sets the day aside with it: no day read'],
];
describe('left for later', () => {
  it.skip.each(LEFT)('« %s » (%s)', (text, today, intent, dates, activity) => {
    expect(understand(text, { today, holidays: schoolHolidays })).toMatchObject({ intent, dates, activity });
  });
});
