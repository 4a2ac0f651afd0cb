/**
 * The date reader's fifth audit by class (dateAudit5*.test.ts), rows written for it before they were run, each with its own « today »
 * over the school year 2026–2027 (zone C as in db/reference: hiver 6–21 February, printemps 3–18 April 2027), half in SMS style, some
 * English, the days computed by a script from « today »; intent, exact days and activity as the bot reads them (with the learned model).
 * This file: weekdays of a week named (« du mardi au vendredi de la semaine d'après », « lundi et mardi de la semaine du 15 », « toute la semaine prochaine sauf le vendredi »), ranges with or without weekdays, for bookings, cancellations and absences. Labels as the opened sets: « la semaine du 11 » is its seven days, Monday to Sunday.
 */
import { understand } from '../../src/nlu/understand';
import { checkReadingsAsBot, schoolHolidays, type ReadingRow } from '../support/nluRows';

jest.setTimeout(30_000);

describe('weeks and spans', () => {
  checkReadingsAsBot([
    ['cantine du mardi au vendredi de la semaine d apres', '2027-01-06', 'book', ['2027-01-19', '2027-01-20', '2027-01-21', '2027-01-22'], 'canteen'],
    ['garderie soir lundi et mardi de la semaine du 15', '2027-03-03', 'book', ['2027-03-15', '2027-03-16'], 'evening'],
    ['etude mardi jeudi semaine du 8 fevrier', '2027-01-25', 'book', ['2027-02-09', '2027-02-11'], 'study'],
    ['cantine toute la semaine prochaine sauf le vendredi', '2027-05-12', 'book', ['2027-05-17', '2027-05-18', '2027-05-19', '2027-05-20', '2027-05-22', '2027-05-23'], 'canteen'],
    ['annuler la cantine du 8 au 12 mars sauf le mercredi', '2027-02-24', 'cancel_booking', ['2027-03-08', '2027-03-09', '2027-03-11', '2027-03-12'], 'canteen'],
    ['garderie matin du lundi 10 au jeudi 13 mai', '2027-04-26', 'book', ['2027-05-10', '2027-05-11', '2027-05-12', '2027-05-13'], 'morning'],
    ['Léo sera absent du mercredi au vendredi cette semaine', '2027-01-11', 'report_absence', ['2027-01-13', '2027-01-14', '2027-01-15'], null],
    ['cantine du lundi au mercredi la semaine du 22 mars', '2027-03-04', 'book', ['2027-03-22', '2027-03-23', '2027-03-24'], 'canteen'],
    ['annulez l etude la semaine du 1er mars', '2027-02-22', 'cancel_booking', ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07'], 'study'],
    ['absente toute la semaine prochaine', '2026-11-18', 'report_absence', ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'], null],
    ['cantine lundi mardi et jeudi de la semaine prochaine', '2027-06-02', 'book', ['2027-06-07', '2027-06-08', '2027-06-10'], 'canteen'],
    ['garderie du soir du 3 au 5 fevrier', '2027-01-21', 'book', ['2027-02-03', '2027-02-04', '2027-02-05'], 'evening'],
    ['plus de cantine du 14 au 18 juin svp', '2027-06-01', 'cancel_booking', ['2027-06-14', '2027-06-15', '2027-06-16', '2027-06-17', '2027-06-18'], 'canteen'],
    ['il sera absent du 25 au 29 janvier', '2027-01-18', 'report_absence', ['2027-01-25', '2027-01-26', '2027-01-27', '2027-01-28', '2027-01-29'], null],
    ['etude de lundi a jeudi prochain', '2027-03-10', 'book', ['2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18'], 'study'],
    ['cantine la semaine du 11 sauf mercredi', '2027-01-04', 'book', ['2027-01-11', '2027-01-12', '2027-01-14', '2027-01-15', '2027-01-16', '2027-01-17'], 'canteen'],
    ['garderie matin semaine prochaine du mardi au jeudi', '2027-04-21', 'book', ['2027-04-27', '2027-04-28', '2027-04-29'], 'morning'],
    ['canteen from monday to wednesday next week', '2027-02-24', 'book', ['2027-03-01', '2027-03-02', '2027-03-03'], 'canteen'],
    ['annuler cantine du 1er au 4 juin', '2027-05-19', 'cancel_booking', ['2027-06-01', '2027-06-02', '2027-06-03', '2027-06-04'], 'canteen'],
    ['Inès ne viendra pas du jeudi 20 au vendredi 21 mai', '2027-05-10', 'report_absence', ['2027-05-20', '2027-05-21'], null],
    ['garderie soir du 30 novembre au 2 decembre', '2026-11-16', 'book', ['2026-11-30', '2026-12-01', '2026-12-02'], 'evening'],
    ['absent de mardi à jeudi', '2027-05-24', 'report_absence', ['2027-05-25', '2027-05-26', '2027-05-27'], null],
  ]);
});

/** Rows this audit left failing, and why (the reading as the row says is what is meant). */
const LEFT: [...ReadingRow, string][] = [
  ['cancel study the week of 15 march', '2027-03-02', 'cancel_booking', ['2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18', '2027-03-19', '2027-03-20', '2027-03-21'], 'study', 'activity: English « cancel study » reads no activity (the days are right)'],
  ['cantine les 3 premiers jours de la semaine prochaine', '2027-03-24', 'book', ['2027-03-29', '2027-03-30', '2027-03-31'], 'canteen', 'false dates: « les 3 premiers jours de la semaine prochaine » reads the whole week, the rank of days in a week is not read'],
];
describe('left for later', () => {
  it.skip.each(LEFT)('« %s » (%s)', (text, today, intent, dates, activity) => {
    expect(understand(text, { today, holidays: schoolHolidays })).toMatchObject({ intent, dates, activity });
  });
});
