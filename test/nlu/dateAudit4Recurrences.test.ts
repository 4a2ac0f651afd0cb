/**
 * The date reader's fourth audit by class (dateAudit4*.test.ts), rows written for it before they were run, each with its own « today »
 * over the school year 2026–2027 (zone C as in db/reference: hiver 6–21 February, printemps 3–18 April 2027), half in SMS style, some
 * English, the days computed by a script from « today »; intent, exact days and activity as the bot reads them (with the learned model).
 * This file: a recurrence said without « tous » (« les mardis et jeudis dès la rentrée de février », « le mercredi jusqu'aux vacances », « mardi et jeudi jusqu'à fin mars »). Labels as the opened sets: a recurrence keeps every such weekday of its bounds, those in school holidays and public holidays too (« tous les lundis de février », « tous les mercredis jusqu'au 10 février »: the booking leaves out the days without the activity and says why), « jusqu'aux vacances » ends on their eve, « dès la rentrée de février » runs from the day classes resume to that month's end (dateBoundsHolidayWeeks.test.ts), and a day of the weekday asked that is today is one of them.
 */
import { understand } from '../../src/nlu/understand';
import { checkReadingsAsBot, schoolHolidays, type ReadingRow } from '../support/nluRows';

jest.setTimeout(30_000);

describe('recurrences without « tous »', () => {
  checkReadingsAsBot([
    ['centre le mercredi jusqu\'aux vacances', '2026-11-23', 'book', ['2026-11-25', '2026-12-02', '2026-12-09', '2026-12-16'], 'wednesday'],
    ['etude mardi et jeudi jusqu\'à fin mars', '2027-03-01', 'book', ['2027-03-02', '2027-03-04', '2027-03-09', '2027-03-11', '2027-03-16', '2027-03-18', '2027-03-23', '2027-03-25', '2027-03-30'], 'study'],
    ['garderie soir les lundis jusqu\'au 15 mars', '2027-01-27', 'book', ['2027-02-01', '2027-02-08', '2027-02-15', '2027-02-22', '2027-03-01', '2027-03-08', '2027-03-15'], 'evening'],
    ['cantine les vendredis de février', '2027-01-20', 'book', ['2027-02-05', '2027-02-12', '2027-02-19', '2027-02-26'], 'canteen'],
    ['centre les mercredis d avril pr Lina', '2027-03-20', 'book', ['2027-04-07', '2027-04-14', '2027-04-21', '2027-04-28'], 'wednesday'],
    ['etude les mardis jusqu a fin fevrier', '2027-01-25', 'book', ['2027-01-26', '2027-02-02', '2027-02-09', '2027-02-16', '2027-02-23'], 'study'],
    ['garderie matin le lundi et le jeudi jusqu\'aux vacances de printemps', '2027-03-09', 'book', ['2027-03-11', '2027-03-15', '2027-03-18', '2027-03-22', '2027-03-25', '2027-03-29', '2027-04-01'], 'morning'],
    ['cantine mardi et vendredi jusqu aux vacs', '2026-11-30', 'book', ['2026-12-01', '2026-12-04', '2026-12-08', '2026-12-11', '2026-12-15', '2026-12-18'], 'canteen'],
    ['canteen on tuesdays and thursdays until the holidays', '2027-01-18', 'book', ['2027-01-19', '2027-01-21', '2027-01-26', '2027-01-28', '2027-02-02', '2027-02-04'], 'canteen'],
    ['etude le mardi jusqu\'au 20 avril', '2027-03-24', 'book', ['2027-03-30', '2027-04-06', '2027-04-13', '2027-04-20'], 'study'],
    ['centre les mercredis de décembre', '2026-11-20', 'book', ['2026-12-02', '2026-12-09', '2026-12-16', '2026-12-23', '2026-12-30'], 'wednesday'],
    ['garderie soir les lundis et mardis jusqu\'à fin janvier', '2026-12-16', 'book', ['2026-12-21', '2026-12-22', '2026-12-28', '2026-12-29', '2027-01-04', '2027-01-05', '2027-01-11', '2027-01-12', '2027-01-18', '2027-01-19', '2027-01-25', '2027-01-26'], 'evening'],
    ['cantine le jeudi et le vendredi en mars', '2027-02-25', 'book', ['2027-03-04', '2027-03-05', '2027-03-11', '2027-03-12', '2027-03-18', '2027-03-19', '2027-03-25', '2027-03-26'], 'canteen'],
    ['etude mardis jeudis jusqu aux vacances d hiver pr Theo', '2027-01-13', 'book', ['2027-01-14', '2027-01-19', '2027-01-21', '2027-01-26', '2027-01-28', '2027-02-02', '2027-02-04'], 'study'],
    ['cantine le lundi à partir du 4 janvier jusqu\'au 25', '2026-12-10', 'book', ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25'], 'canteen'],
    ['centre mercredi jusqu\'à fin juin', '2027-06-01', 'book', ['2027-06-02', '2027-06-09', '2027-06-16', '2027-06-23', '2027-06-30'], 'wednesday'],
    ['garderie du soir les vendredis jusqu\'à la toussaint', '2026-09-22', 'book', ['2026-09-25', '2026-10-02', '2026-10-09', '2026-10-16'], 'evening'],
    ['cantine les mardis du mois de mai', '2027-04-22', 'book', ['2027-05-04', '2027-05-11', '2027-05-18', '2027-05-25'], 'canteen'],
    ['etude le lundi et le jeudi du 1er au 19 fevrier', '2027-01-25', 'book', ['2027-02-01', '2027-02-04', '2027-02-08', '2027-02-11', '2027-02-15', '2027-02-18'], 'study'],
    ['accueil du matin mardi jeudi jusqu\'au 12 février', '2027-01-27', 'book', ['2027-01-28', '2027-02-02', '2027-02-04', '2027-02-09', '2027-02-11'], 'morning'],
    ['les mercredis jusqu\'aux vacances de printemps au centre', '2027-03-05', 'book', ['2027-03-10', '2027-03-17', '2027-03-24', '2027-03-31'], 'wednesday'],
    ['cantine lundis et jeudis jusqu aux grandes vacances', '2027-06-08', 'book', ['2027-06-10', '2027-06-14', '2027-06-17', '2027-06-21', '2027-06-24', '2027-06-28', '2027-07-01'], 'canteen'],
    ['centre de loisirs on wednesdays in february', '2027-01-15', 'book', ['2027-02-03', '2027-02-10', '2027-02-17', '2027-02-24'], 'wednesday'],
    ['garderie du soir le mardi jusqu\'à fin décembre', '2026-11-26', 'book', ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29'], 'evening'],
    ['cantine vendredis jusqu au 5 mars pr Tom', '2027-01-28', 'book', ['2027-01-29', '2027-02-05', '2027-02-12', '2027-02-19', '2027-02-26', '2027-03-05'], 'canteen'],
    ['etude les lundis dès la rentrée de janvier', '2026-12-10', 'book', ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25'], 'study'],
    ['centre le mercredi pendant les vacances de février', '2027-01-20', 'book', ['2027-02-10', '2027-02-17'], 'holidays'],
    ['cantine les jeudis de mars sauf le 11', '2027-02-24', 'book', ['2027-03-04', '2027-03-18', '2027-03-25'], 'canteen'],
    ['garderie soir lundi et mardi jusqu\'au 22 décembre', '2026-12-02', 'book', ['2026-12-07', '2026-12-08', '2026-12-14', '2026-12-15', '2026-12-21', '2026-12-22'], 'evening'],
    ['etude le jeudi jusqu\'à la fin du mois', '2027-05-03', 'book', ['2027-05-06', '2027-05-13', '2027-05-20', '2027-05-27'], 'study'],
    ['canteen mondays and fridays until 12 march', '2027-02-23', 'book', ['2027-02-26', '2027-03-01', '2027-03-05', '2027-03-08', '2027-03-12'], 'canteen'],
    ['cantine les lundis de mai', '2027-04-20', 'book', ['2027-05-03', '2027-05-10', '2027-05-17', '2027-05-24', '2027-05-31'], 'canteen'],
    ['garderie matin le vendredi jusqu aux vacances de noel', '2026-11-18', 'book', ['2026-11-20', '2026-11-27', '2026-12-04', '2026-12-11', '2026-12-18'], 'morning'],
    ['cantine mar jeu jusqu a fin mai', '2027-05-17', 'book', ['2027-05-18', '2027-05-20', '2027-05-25', '2027-05-27'], 'canteen'],
    ['annuler la cantine les mardis de janvier', '2026-12-14', 'cancel_booking', ['2027-01-05', '2027-01-12', '2027-01-19', '2027-01-26'], 'canteen'],
    ['plus de garderie le jeudi jusqu aux vacances svp', '2027-03-15', 'cancel_booking', ['2027-03-18', '2027-03-25', '2027-04-01'], null],
    ['etude lundi mardi jeudi jusqu\'au 30 avril', '2027-03-31', 'book', ['2027-04-01', '2027-04-05', '2027-04-06', '2027-04-08', '2027-04-12', '2027-04-13', '2027-04-15', '2027-04-19', '2027-04-20', '2027-04-22', '2027-04-26', '2027-04-27', '2027-04-29'], 'study'],
    ['breakfast club on mondays until the end of march', '2027-03-02', 'book', ['2027-03-08', '2027-03-15', '2027-03-22', '2027-03-29'], 'morning'],
  ]);
});

/** Rows this audit left failing, and why (the reading as the row says is what is meant). */
const LEFT: [...ReadingRow, string][] = [
  ['cantine les mardis et jeudis dès la rentrée de février', '2027-01-10', 'book', ['2027-02-23', '2027-02-25'], 'canteen', 'without « tous », « les mardis et jeudis dès la rentrée de février » gives no day (with « tous » it runs from the day classes resume to the month\'s end); the recurrence start by a holiday\'s end is only looked for after « tous les »'],
  ['cantine mardi et jeudi dès la rentrée d\'avril', '2027-03-30', 'book', ['2027-04-20', '2027-04-22', '2027-04-27', '2027-04-29'], 'canteen', '« mardi et jeudi dès la rentrée » without « les » is read as the week of the rentrée only, not a recurrence to the month\'s end'],
];
describe('left for later', () => {
  it.skip.each(LEFT)('« %s » (%s)', (text, today, intent, dates, activity) => {
    expect(understand(text, { today, holidays: schoolHolidays })).toMatchObject({ intent, dates, activity });
  });
});
