/** The kinds of messages the last round showed misread, each fixed in general (today Saturday 5 December 2026). */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
const read = (text: string, today = '2026-12-05') => understand(text, { today, holidays, fallback: false });

describe('only the weekdays said of the rentrée are moved to its week', () => {
  it.each([
    ['je veux réserver la cantine lundi et après les vacances le mercredi', ['2026-12-07', '2027-01-06']],
    ['garderie mardi, puis après les vacances de Noël le jeudi', ['2026-12-08', '2027-01-07']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('weekdays said after it, or in its clause, are still its week’s', () => {
    expect(read('cantine mardi et jeudi de la semaine de la rentrée').dates).toEqual(['2027-01-05', '2027-01-07']);
    expect(read('absente lundi, on rentre après les vacances').dates).toEqual(['2026-12-07']);
  });
});

describe('a week named inside the holidays is that week only', () => {
  it.each([
    ['pendant les vacances de Noël semaine du 21', '2026-12-21', '2026-12-27'],
    ['centre de loisirs pendant les vacances de février, la semaine du 15', '2027-02-15', '2027-02-21'],
  ])('« %s »', (text, first, last) => {
    const { dates } = read(text);
    expect([dates[0], dates.at(-1), dates.length]).toEqual([first, last, 7]);
  });
});

describe('a refused wish (« je ne veux pas qu’il mange… ») is no booking', () => {
  it.each(["je voudrais pas qu'il mange à la cantine demain", 'je ne veux pas que Léa aille à la garderie lundi'])('« %s »', (text) => {
    expect(['report_absence', 'cancel_booking']).toContain(read(text).intent);
  });

  it('the wish itself still books', () => {
    expect(read("je veux qu'il mange à la cantine demain").intent).toBe('book');
  });
});

describe('a period told before days asked by a request is the story, however close', () => {
  it.each([
    ['on part au ski du 6 au 13, annulez la cantine du 5', ['2026-12-05']],
    ['on part du 14 au 18, annulez le 11', ['2026-12-11']],
  ])('« %s »', (text, dates) => {
    expect(read(text)).toMatchObject({ intent: 'cancel_booking', dates });
  });
});

describe('« le jour d’après », « le lendemain » in a list count from the day said before', () => {
  it.each([
    ["absente après demain et le jour d'après", ['2026-12-07', '2026-12-08']],
    ['absente demain et le lendemain', ['2026-12-06', '2026-12-07']],
    ['absente le 8 et le jour suivant', ['2026-12-08', '2026-12-09']],
    ['il manquera la cantine le 10 et la veille', ['2026-12-09', '2026-12-10']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });
});
