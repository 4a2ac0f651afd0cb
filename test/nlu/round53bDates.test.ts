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
