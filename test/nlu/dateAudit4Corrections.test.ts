/**
 * The date reader's fourth audit by class (dateAudit4*.test.ts), rows written for it before they were run, each with its own « today »
 * over the school year 2026–2027 (zone C as in db/reference: hiver 6–21 February, printemps 3–18 April 2027), half in SMS style, some
 * English, the days computed by a script from « today »; intent, exact days and activity as the bot reads them (with the learned model).
 * This file: a day taken back casually (« nan », « nn », « nope », « non non », « oups », English « no sorry », « actually »), in the same sentence or a later one: the day kept is the one said last; « nan pas mardi » takes one day of a list away, « nan lundi ET mardi » says both.
 */
import { checkReadingsAsBot } from '../support/nluRows';

jest.setTimeout(30_000);

describe('casual corrections', () => {
  checkReadingsAsBot([
    ['cantine jeudi pour lea stp. nan en fait vendredi', '2026-12-07', 'book', ['2026-12-11'], 'canteen'],
    ['garderie soir mardi. nn mercredi', '2027-01-11', 'book', ['2027-01-13'], 'evening'],
    ['etude lundi nope mardi', '2027-03-04', 'book', ['2027-03-09'], 'study'],
    ['cantine le 14 non non le 15', '2027-01-05', 'book', ['2027-01-15'], 'canteen'],
    ['annule la cantine jeudi... nan vendredi pardon', '2026-11-16', 'cancel_booking', ['2026-11-20'], 'canteen'],
    ['absent demain, nan apres demain', '2027-02-23', 'report_absence', ['2027-02-25'], null],
    ['canteen on thursday, no sorry friday', '2027-05-24', 'book', ['2027-05-28'], 'canteen'],
    ['book the breakfast club monday. nope, tuesday', '2027-03-18', 'book', ['2027-03-23'], 'morning'],
    ['resa cantine pr Noa lundi. En fait nan, mardi.', '2026-10-01', 'book', ['2026-10-06'], 'canteen'],
    ['cantine vendredi pour Ines. oups non jeudi', '2027-06-07', 'book', ['2027-06-10'], 'canteen'],
    ['jveux annuler la garderie du 3, nan du 4 dsl', '2027-05-25', 'cancel_booking', ['2027-06-04'], null],
    ['cantine le 18 nn le 17 mdr', '2027-03-08', 'book', ['2027-03-17'], 'canteen'],
    ['etude mardi et jeudi. nan juste jeudi', '2027-01-18', 'book', ['2027-01-21'], 'study'],
    ['Bonjour, je voudrais la cantine jeudi pour Léa. Non en fait ce sera vendredi.', '2026-12-07', 'book', ['2026-12-11'], 'canteen'],
    ['centre mercredi 9 stp. nan le 16 plutot', '2026-11-30', 'book', ['2026-12-16'], 'wednesday'],
    ['garderie matin lundi 7h30. nan mardi 7h30', '2026-11-26', 'book', ['2026-12-01'], 'morning'],
    ['cantine jeudi, enfin non, vendredi', '2027-04-26', 'book', ['2027-04-30'], 'canteen'],
    ['absente lundi. nan lundi ET mardi', '2027-02-25', 'report_absence', ['2027-03-01', '2027-03-02'], null],
    ['etude le 12. nope, le 19', '2027-01-04', 'book', ['2027-01-19'], 'study'],
    ['canteen tuesday. actually no, wednesday', '2026-11-19', 'book', ['2026-11-25'], 'canteen'],
    ['cancel canteen friday, sorry I meant thursday', '2027-03-22', 'cancel_booking', ['2027-03-25'], 'canteen'],
    ['cantine le 4 pr Lou. nan le 11 dsl je me suis trompee', '2027-02-24', 'book', ['2027-03-11'], 'canteen'],
    ['garderie soir le 8 et le 9. nan pas le 9', '2027-03-01', 'book', ['2027-03-08'], 'evening'],
    ['cantine mardi pr Sam. Nan mercredi c mieux', '2027-05-20', 'book', ['2027-05-26'], 'canteen'],
    ['annuler etude jeudi pr Adam, nan vendredi', '2026-10-05', 'cancel_booking', ['2026-10-09'], 'study'],
    ['absent le 10, non le 11 pardon', '2027-05-03', 'report_absence', ['2027-05-11'], null],
    ['garderie demain nan apres-demain', '2027-01-26', 'book', ['2027-01-28'], null],
    ['cantine jeudi pr Jade stp... nan vendredi en fait', '2027-01-30', 'book', ['2027-02-05'], 'canteen'],
    ['cantine jeudi. Nan. Vendredi.', '2026-11-09', 'book', ['2026-11-13'], 'canteen'],
    ['etude lundi 16h30. nan mardi', '2027-06-02', 'book', ['2027-06-08'], 'study'],
    ['Bonjour, garderie du soir mardi pour Ethan. Oups non, mercredi !', '2027-03-25', 'book', ['2027-03-31'], 'evening'],
    ['cantine jeudi svp. Ah non pardon vendredi.', '2026-09-28', 'book', ['2026-10-02'], 'canteen'],
    ['need canteen on monday for Mia. nope, tuesday', '2027-01-13', 'book', ['2027-01-19'], 'canteen'],
    ['book study tuesday. no wait, thursday', '2027-02-26', 'book', ['2027-03-04'], 'study'],
    ['cantine lundi pr Eva. nn c mardi', '2027-05-27', 'book', ['2027-06-01'], 'canteen'],
    ['garderie matin jeudi. non non vendredi', '2026-11-30', 'book', ['2026-12-04'], 'morning'],
    ['absent mardi nope mercredi', '2027-03-12', 'report_absence', ['2027-03-17'], null],
    ['annule cantine le 21. nan le 22, le 21 il mange', '2027-01-11', 'cancel_booking', ['2027-01-22'], 'canteen'],
    ['cantine lundi mardi jeudi. nan pas mardi', '2027-04-22', 'book', ['2027-04-26', '2027-04-29'], 'canteen'],
    ['cantine vendredi nan jeudi', '2026-12-02', 'book', ['2026-12-03'], 'canteen'],
    ['he will be off on monday, sorry no, tuesday', '2027-06-10', 'report_absence', ['2027-06-15'], null],
  ]);
});
