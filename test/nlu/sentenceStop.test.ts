/** A full stop between a reason and the request ends the reason's clause, as a comma does: the days asked are kept. */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
const read = (text: string) => understand(text, { today: '2026-12-06', holidays, fallback: false });

describe('a reason told in its own sentence before the request', () => {
  it.each([
    ['ma mère est hospitalisée. garderie soir le 11 et le 12 mai', ['2027-05-11', '2027-05-12'], 'evening'],
    ['je suis hospitalisée. garderie soir le 11 et le 12 mai', ['2027-05-11', '2027-05-12'], 'evening'],
    ['Mon mari est opéré. Cantine le 3 mars pour Léa', ['2027-03-03'], 'canteen'],
    ['elle est tombée... garderie matin le 11/05', ['2027-05-11'], 'morning'],
  ])('« %s » asks those days', (text, dates, activity) => {
    const r = read(text);
    expect(r.dates).toEqual(dates);
    expect(r.activity).toBe(activity);
  });

  it('the same reason told with a comma gives the same days', () => {
    expect(read('ma mère est hospitalisée. garderie soir le 11 et le 12 mai').dates).toEqual(read('ma mère est hospitalisée, garderie soir le 11 et le 12 mai').dates);
  });

  it('a past day in the same sentence as its past verb is still not asked', () => {
    expect(read('il a été hospitalisé le 3 mars. merci').dates).toEqual([]);
  });
});
