/** The ways of telling days that sets 53 and 54 showed misread in round 53, each fixed in general (variants beyond the sets). */
import { checkReadings } from '../support/nluRows';

describe('« (pas le 24 svp) », « , pas le 3 (mercredi) »: a day set aside after the child or with its weekday in brackets is not asked', () => {
  checkReadings([
    ['cantine lundi 11 mardi 12 pr Lou (pas le 13 svp)', '2027-01-08', 'book', ['2027-01-11', '2027-01-12'], 'canteen'],
    ['centre aere 21 22 23 dec pr Maelys pas le 24 svp', '2026-12-09', 'book', ['2026-12-21', '2026-12-22', '2026-12-23'], 'holidays'],
    ['garderie soir 11 12 14 janvier pr Nael, pas le 13 mercredi', '2027-01-08', 'book', ['2027-01-11', '2027-01-12', '2027-01-14'], 'evening'],
    ['etude mardi 9 et jeudi 11 pr Ines, pas le 10 (mercredi)', '2027-03-01', 'book', ['2027-03-09', '2027-03-11'], 'study'],
    // unchanged: in an absence, the day the child does not come is a day of absence
    ['absent lundi 11 pr Lou, il ne vient pas le 12', '2027-01-08', 'report_absence', ['2027-01-11', '2027-01-12'], null],
  ]);
});

describe('« 21 22 23 dec + 28 29 »: days joined by « + » are one list', () => {
  checkReadings([
    ['centre aere 21 22 23 dec + 28 29 pr Maelys', '2026-12-09', 'book', ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-28', '2026-12-29'], 'holidays'],
    ['cantine 11 12 janvier + 14 pr Lou', '2027-01-06', 'book', ['2027-01-11', '2027-01-12', '2027-01-14'], 'canteen'],
    ['garderie soir lundi 8 + mardi 9 mars', '2027-03-01', 'book', ['2027-03-08', '2027-03-09'], 'evening'],
    // unchanged: a sum is no day
    ['cantine lundi 8 mars pr Lou + Sam, 2 + 1 repas', '2027-03-01', 'book', ['2027-03-08'], 'canteen'],
  ]);
});

describe('« centre aere juillet du 5 au 9 », « julho, semana 12 a 16 »: a range said after its month is in that month', () => {
  checkReadings([
    ['centre aere juillet du 5 au 9 pr Anya, elle a 6 ans', '2027-05-18', 'book', ['2027-07-05', '2027-07-06', '2027-07-07', '2027-07-08', '2027-07-09'], 'holidays'],
    ['cantine juin, du 7 au 11 pr Tom', '2027-05-18', 'book', ['2027-06-07', '2027-06-08', '2027-06-09', '2027-06-10', '2027-06-11'], 'canteen'],
    ['centre de loisirs aout du 16 au 20 pr Lina', '2027-06-01', 'book', ['2027-08-16', '2027-08-17', '2027-08-18', '2027-08-19', '2027-08-20'], 'holidays'],
    ['Olá, filha Ana centre de loisirs agosto, semana 9 a 13. Obrigada.', '2027-06-21', 'book', ['2027-08-09', '2027-08-10', '2027-08-11', '2027-08-12', '2027-08-13'], 'holidays'],
    ['Hola, hijo Pablo centre de loisirs julio, semana del 19 al 23', '2027-06-21', 'book', ['2027-07-19', '2027-07-20', '2027-07-21', '2027-07-22', '2027-07-23'], 'holidays'],
    // unchanged: « en juillet du 5 au 9 », a range with its own month
    ['centre aere en juillet du 5 au 9', '2027-05-18', 'book', ['2027-07-05', '2027-07-06', '2027-07-07', '2027-07-08', '2027-07-09'], 'holidays'],
  ]);
});

describe('« non pas lundi, mets l\'étude jeudi »: the day set aside, then the day meant with the verb that asks it', () => {
  checkReadings([
    ['non pas lundi, mets l etude jeudi pr Kais', '2027-02-02', 'book', ['2027-02-04'], 'study'],
    ['pas lundi, mets la cantine mercredi', '2027-02-02', 'book', ['2027-02-03'], 'canteen'],
    ['non pas mardi, inscris le a la garderie du soir vendredi', '2027-02-02', 'book', ['2027-02-05'], 'evening'],
    ['non pas le 12, reserve le centre le 19 pr Sami', '2027-02-02', 'book', ['2027-02-19'], 'holidays'],
    // unchanged: a day set aside, nothing in its place
    ['cantine lundi pr Lou, pas mardi', '2027-02-02', 'book', ['2027-02-08'], 'canteen'],
  ]);
});

describe('« le 4 janvier… pardon, le 4 c\'est la rentrée : alors le 30 », « lundi 29 ? Non, fermé. Mardi 30 »: the day corrected after a month or a reason is not asked', () => {
  checkReadings([
    ['Je souhaite inscrire Ismaël aux activités vacances le 4 janvier… pardon, le 4 c\'est la rentrée : alors le mercredi 30 et le jeudi 31 décembre.', '2026-12-15', 'book', ['2026-12-30', '2026-12-31'], 'holidays'],
    ['centre aere le 22 fevrier pardon, le 22 c est la reprise, plutot le 18 et le 19', '2027-02-01', 'book', ['2027-02-18', '2027-02-19'], 'holidays'],
    ['garderie matin lundi 29 ? non c est ferie , mardi 30 alors', '2027-03-25', 'book', ['2027-03-30'], 'morning'],
    ['cantine jeudi 13 mai ? non, ferie. vendredi 14 svp', '2027-05-06', 'book', ['2027-05-14'], 'canteen'],
    ['centre mercredi 21 ? non complet, mercredi 28 pr Lou', '2027-04-12', 'book', ['2027-04-28'], 'wednesday'],
  ]);
});
