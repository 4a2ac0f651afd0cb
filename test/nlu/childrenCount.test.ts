/** « pour les 2 » before the days (« pour les 2 lundi 14 et mardi 15 ») counts the children: no 2nd of a month is read. */
import { understand } from '../../src/nlu/understand';

const read = (text: string) => understand(text, { today: '2026-12-03', fallback: false });

it.each([
  ['réserver la cantine pour les 2 lundi 14 et mardi 15', ['2026-12-14', '2026-12-15']],
  ['cantine pour les deux jeudi 10', ['2026-12-10']],
  ['les 2 et 3 février', ['2027-02-02', '2027-02-03']],
])('« %s » → %j', (text, dates) => {
  expect(read(text).dates).toEqual(dates);
});
