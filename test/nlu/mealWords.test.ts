/**
 * The canteen named by the meal, in the words of residents with little French or in English (« école manger midi »,
 * « eat at school »), and its price asked in few words (« combien argent cantine »): the rates, not the invoices.
 */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { asksForTariffs } from '../../src/nlu/infoQuery';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
const read = (text: string, today: string) => understand(text, { today, holidays, fallback: false });

describe('the canteen named by the meal', () => {
  it.each<[string, string, string[]]>([
    ['mon fils ecole manger midi demain possible ?', '2026-12-06', ['2026-12-07']],
    ['ma fille école pour manger lundi', '2026-12-06', ['2026-12-07']],
    ['enfant manger le midi jeudi svp', '2026-12-06', ['2026-12-10']],
    ['hello, can my daughter eat at school on friday?', '2026-12-06', ['2026-12-11']],
    ['my son eats at the canteen tomorrow', '2026-12-06', ['2026-12-07']],
    ['school lunch for Tom on Tuesday please', '2026-12-06', ['2026-12-08']],
  ])('« %s » (%s) books the canteen', (text, today, dates) => {
    expect(read(text, today)).toMatchObject({ intent: 'book', dates, activity: 'canteen' });
  });
});

describe('the price asked in few words', () => {
  it.each(['combien argent cantine', "combien d'argent pour la cantine", 'prix cantine combien', 'argent garderie combien'])('« %s » asks the rates', (text) => {
    expect(asksForTariffs(text)).toBe(true);
  });
  it.each(['je dois combien pour la cantine', 'combien de repas à la cantine ce mois'])('« %s » does not', (text) => {
    expect(asksForTariffs(text)).toBe(false);
  });
});
