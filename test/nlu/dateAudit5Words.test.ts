/**
 * The date reader's fifth audit by class (dateAudit5*.test.ts), rows written for it before they were run, each with its own « today »
 * over the school year 2026–2027 (zone C as in db/reference: hiver 6–21 February, printemps 3–18 April 2027), half in SMS style, some
 * English, the days computed by a script from « today »; intent, exact days and activity as the bot reads them (with the learned model).
 * This file: ordinal and number words (« le deux mars », « le premier avril », « le vingt et un mai »), « le lendemain », « la veille du 12 », a weekday from the rentrée (« le jeudi d'après la rentrée »), SMS spelling (« dmain », « ap demain », « jeu 18 », « lun prochain », « ds 2 jours »).
 */
import { checkReadingsAsBot } from '../support/nluRows';

jest.setTimeout(30_000);

describe('days said in words or SMS spelling', () => {
  checkReadingsAsBot([
    ['cantine le deux mars', '2027-02-15', 'book', ['2027-03-02'], 'canteen'],
    ['garderie soir le trois fevrier', '2027-01-20', 'book', ['2027-02-03'], 'evening'],
    ['etude le premier avril', '2027-03-15', 'book', ['2027-04-01'], 'study'],
    ['annuler la cantine le quinze juin', '2027-06-01', 'cancel_booking', ['2027-06-15'], 'canteen'],
    ['cantine le dix-huit janvier', '2026-12-15', 'book', ['2027-01-18'], 'canteen'],
    ['absente le vingt et un mai', '2027-05-10', 'report_absence', ['2027-05-21'], null],
    ['cantine le 14 et le lendemain', '2027-01-05', 'book', ['2027-01-14', '2027-01-15'], 'canteen'],
    ['garderie matin jeudi et le lendemain aussi', '2027-03-01', 'book', ['2027-03-04', '2027-03-05'], 'morning'],
    ['etude la veille du 12 mars', '2027-02-24', 'book', ['2027-03-11'], 'study'],
    ['cantine dmain pr Lucas', '2027-01-12', 'book', ['2027-01-13'], 'canteen'],
    ['garderie ap demain soir', '2027-02-02', 'book', ['2027-02-04'], 'evening'],
    ['cantine jeu 18', '2027-03-08', 'book', ['2027-03-18'], 'canteen'],
    ['etude mar 9 et jeu 11', '2027-03-01', 'book', ['2027-03-09', '2027-03-11'], 'study'],
    ['cantine lun prochain', '2027-05-19', 'book', ['2027-05-24'], 'canteen'],
    ['il sera abs vendredi', '2027-01-25', 'report_absence', ['2027-01-29'], null],
    ['cantine ds 2 jours', '2027-04-26', 'book', ['2027-04-28'], 'canteen'],
    ['garderie soir mardi en huit', '2027-03-03', 'book', ['2027-03-16'], 'evening'],
    ['cantine le jeudi d apres la rentree', '2027-04-06', 'book', ['2027-04-22'], 'canteen'],
    ['etude le jour de la rentree de fevrier', '2027-02-01', 'book', ['2027-02-22'], 'study'],
    ['annuler cantine vendredi qui vient', '2027-05-31', 'cancel_booking', ['2027-06-04'], 'canteen'],
    ['centre mercredi prochain svp merci', '2027-06-07', 'book', ['2027-06-09'], 'wednesday'],
    ['cantine le premier lundi apres les vacances d hiver', '2027-01-26', 'book', ['2027-02-22'], 'canteen'],
    ['garderie matin le 2eme mardi de mars', '2027-02-10', 'book', ['2027-03-09'], 'morning'],
    ['etude le dernier vendredi de janvier', '2026-12-14', 'book', ['2027-01-29'], 'study'],
  ]);
});
