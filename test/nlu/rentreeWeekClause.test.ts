/** A weekday said in another clause before « après les vacances », or « depuis la rentrée », is read from today. */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
const read = (text: string) => understand(text, { today: '2026-12-05', holidays, fallback: false });

describe('the rentrée moves only the weekdays said of it', () => {
  it.each([
    ['absente lundi, on rentre après les vacances de noel', ['2026-12-07']],
    ['depuis la rentrée il ne mange plus le lundi, annulez la cantine lundi', ['2026-12-07']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it.each([
    ['cantine lundi apres les vacances', ['2027-01-04']],
    ['resa cantine pr la rentree, le lundi apres les vacances', ['2027-01-04']],
    ['à la rentrée de janvier, cantine lundi et mardi', ['2027-01-04', '2027-01-05']],
  ])('« %s » still the week classes start again', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });
});
