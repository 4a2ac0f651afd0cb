/** The kinds of messages set 32 showed misread in round 31, each fixed in general (variants beyond the set). */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
const read = (text: string, today: string) => understand(text, { today, holidays, fallback: false });

type Row = [text: string, today: string, intent: string, dates: string[], activity: string | null];

describe('a day taken back after a question or a comma (« jeudi 18 et vendredi 19 ? Non, pas vendredi, seulement jeudi »): the day kept alone', () => {
  it.each<Row>([
    ['Pouvez-vous mettre Arthur à la garderie du soir jeudi 18 et vendredi 19 ? Non, pas vendredi, seulement jeudi.', '2027-03-12', 'book', ['2027-03-18'], 'evening'],
    ['garderie du soir jeudi 18 et vendredi 19 ? Non, pas vendredi', '2027-03-12', 'book', ['2027-03-18'], 'evening'],
    ['cantine le 22 et le 23 ? non pas le 23, juste le 22', '2027-03-12', 'book', ['2027-03-22'], 'canteen'],
    ['cantine lundi et mardi, non, pas mardi, uniquement lundi svp', '2027-03-12', 'book', ['2027-03-15'], 'canteen'],
  ])('« %s » (%s)', (text, today, intent, dates, activity) => {
    expect(read(text, today)).toMatchObject({ intent, dates, activity });
  });
});
