/** The ways of telling days that sets 53 and 54 showed giving wrong days in round 53 (second pass), each fixed in general. */
import { checkReadings } from '../support/nluRows';
import { daysOfMonth } from '../../src/nlu/monthNamed';

describe('« forget the 4th », « oubliez le 4 », « ah non c\'est la rentrée, pas le 4 »: a day taken back, with or without why', () => {
  checkReadings([
    ['Hi! Holiday club for Aria on the 21st, 22nd and 23rd of December, and the 4th of January? oh no, school starts that day, forget the 4th.', '2026-12-17', 'book', ['2026-12-21', '2026-12-22', '2026-12-23'], 'holidays'],
    ['Holiday club on the 21st, 22nd and 23rd of December, and the 4th of January, forget the 4th', '2026-12-17', 'book', ['2026-12-21', '2026-12-22', '2026-12-23'], 'holidays'],
    ['Canteen Wednesday 5 and Thursday 6 May for Tom, forget Thursday.', '2027-04-20', 'book', ['2027-05-05'], 'canteen'],
    ['centre aere le 21, 22 et 23 decembre, et le 4 janvier ? oh non c est la rentree, oubliez le 4.', '2026-12-17', 'book', ['2026-12-21', '2026-12-22', '2026-12-23'], 'holidays'],
    ['centre aere le 21, 22 et 23 decembre, et le 4 janvier. non c est la rentree donc pas le 4.', '2026-12-17', 'book', ['2026-12-21', '2026-12-22', '2026-12-23'], 'holidays'],
  ]);
});

describe('« juillet tt le mois pr Kenzo sauf le 14 »: a month taken whole, less the days set aside after the child', () => {
  const july = daysOfMonth('2027-07');
  checkReadings([
    ['centre aere juillet tt le mois pr Kenzo sauf le 14', '2027-06-14', 'book', july.filter((d) => d !== '2027-07-14'), 'holidays'],
    ['centre aere juillet tout le mois sauf le 14 et le 15', '2027-06-14', 'book', july.filter((d) => !['2027-07-14', '2027-07-15'].includes(d)), 'holidays'],
    ['centre aere aout tout le mois pr Lina sauf les samedis et dimanches', '2027-06-14', 'book', daysOfMonth('2027-08').filter((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())), 'holidays'],
    // what is set aside cannot be read: no day rather than the whole month
    ['centre aere aout tout le mois sauf quand il est chez son pere', '2027-06-14', 'book', [], 'holidays'],
    // unchanged: the month whole, nothing set aside
    ['centre aere juillet tout le mois pr Kenzo', '2027-06-14', 'book', july, 'holidays'],
  ]);
});

describe('« convoquée le jeudi 10 juin… résultat le lundi 14. Absente le jeudi seulement »: the dated day of the weekday asked alone', () => {
  checkReadings([
    ['Bonjour, ma fille Hawa a été convoquée pour des examens à l\'hôpital le jeudi 10 juin à 8 h, et le résultat sera donné le lundi 14. Elle sera absente le jeudi seulement.', '2027-05-31', 'report_absence', ['2027-06-10'], null],
    ['Tom a son vaccin le mardi 9 mars et le rappel le vendredi 12. Il sera absent uniquement le mardi.', '2027-03-01', 'report_absence', ['2027-03-09'], null],
    ['rdv orthodontiste mercredi 13 janv puis controle lundi 18, absente que le lundi pr Ines', '2027-01-04', 'report_absence', ['2027-01-18'], null],
    ['cantine lundi 11 et mardi 12 pr Lou, le lundi seulement', '2027-01-04', 'book', ['2027-01-11'], 'canteen'],
    // unchanged: the day itself said with « seulement »
    ['Lou absent le lundi 11 seulement', '2027-01-04', 'report_absence', ['2027-01-11'], null],
  ]);
});
