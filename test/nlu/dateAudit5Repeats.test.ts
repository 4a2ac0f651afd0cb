/**
 * The date reader's fifth audit by class (dateAudit5*.test.ts), rows written for it before they were run, each with its own « today »
 * over the school year 2026–2027 (zone C as in db/reference: hiver 6–21 February, printemps 3–18 April 2027), half in SMS style, some
 * English, the days computed by a script from « today »; intent, exact days and activity as the bot reads them (with the learned model).
 * This file: « les 3 prochains lundis », « un mercredi sur deux en mars », « tous les jours sauf le mercredi la semaine prochaine », « le 1er et le 3e lundi de mars », « pendant les vacances de printemps sauf le vendredi », « chaque lundi de février », « ts les jeudis jusqu'au 17 déc ». Labels as the opened sets: a recurrence keeps every such weekday of its bounds (holidays too), the holidays are every day from their first Saturday to the Sunday before classes resume.
 */
import { checkReadingsAsBot } from '../support/nluRows';

jest.setTimeout(30_000);

describe('recurrences and counts of weekdays', () => {
  checkReadingsAsBot([
    ['cantine les 3 prochains lundis', '2027-01-13', 'book', ['2027-01-18', '2027-01-25', '2027-02-01'], 'canteen'],
    ['etude les 4 prochains jeudis', '2027-03-01', 'book', ['2027-03-04', '2027-03-11', '2027-03-18', '2027-03-25'], 'study'],
    ['garderie soir les deux prochains vendredis', '2027-05-03', 'book', ['2027-05-07', '2027-05-14'], 'evening'],
    ['centre un mercredi sur deux en mars', '2027-02-15', 'book', ['2027-03-03', '2027-03-17', '2027-03-31'], 'wednesday'],
    ['cantine un lundi sur deux jusqu a fin janvier a partir du 4', '2026-12-10', 'book', ['2027-01-04', '2027-01-18'], 'canteen'],
    ['cantine tous les jours sauf le mercredi la semaine prochaine', '2027-01-20', 'book', ['2027-01-25', '2027-01-26', '2027-01-28', '2027-01-29', '2027-01-30', '2027-01-31'], 'canteen'],
    ['garderie matin tous les jours sauf le vendredi en mai', '2027-04-22', 'book', ['2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04', '2027-05-05', '2027-05-06', '2027-05-08', '2027-05-09', '2027-05-10', '2027-05-11', '2027-05-12', '2027-05-13', '2027-05-15', '2027-05-16', '2027-05-17', '2027-05-18', '2027-05-19', '2027-05-20', '2027-05-22', '2027-05-23', '2027-05-24', '2027-05-25', '2027-05-26', '2027-05-27', '2027-05-29', '2027-05-30', '2027-05-31'], 'morning'],
    ['cantine le 1er et le 3e lundi de mars', '2027-02-10', 'book', ['2027-03-01', '2027-03-15'], 'canteen'],
    ['etude le premier et le dernier jeudi de juin', '2027-05-20', 'book', ['2027-06-03', '2027-06-24'], 'study'],
    ['centre pendant les vacances de printemps sauf le vendredi', '2027-03-10', 'book', ['2027-04-03', '2027-04-04', '2027-04-05', '2027-04-06', '2027-04-07', '2027-04-08', '2027-04-10', '2027-04-11', '2027-04-12', '2027-04-13', '2027-04-14', '2027-04-15', '2027-04-17', '2027-04-18'], 'holidays'],
    ['centre aux vacances d hiver sauf les mercredis', '2027-01-12', 'book', ['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-11', '2027-02-12', '2027-02-13', '2027-02-14', '2027-02-15', '2027-02-16', '2027-02-18', '2027-02-19', '2027-02-20', '2027-02-21'], 'holidays'],
    ['cantine chaque lundi de fevrier', '2027-01-18', 'book', ['2027-02-01', '2027-02-08', '2027-02-15', '2027-02-22'], 'canteen'],
    ['garderie du soir chaque mardi et jeudi jusqu au 11 mars', '2027-02-24', 'book', ['2027-02-25', '2027-03-02', '2027-03-04', '2027-03-09', '2027-03-11'], 'evening'],
    ['tous les mardis de mars sauf le dernier cantine', '2027-02-17', 'book', ['2027-03-02', '2027-03-09', '2027-03-16', '2027-03-23'], 'canteen'],
    ['annuler la cantine tous les vendredis jusqu aux vacances', '2027-05-26', 'cancel_booking', ['2027-05-28', '2027-06-04', '2027-06-11', '2027-06-18', '2027-06-25', '2027-07-02'], 'canteen'],
    ['etude tous les lundis du 1er au 22 mars', '2027-02-23', 'book', ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22'], 'study'],
    ['centre tous les mercredis sauf le 10 et le 24 en novembre', '2026-10-20', 'book', ['2026-11-04', '2026-11-11', '2026-11-18', '2026-11-25'], 'wednesday'],
    ['cantine les mardis et vendredis du mois de juin', '2027-05-25', 'book', ['2027-06-01', '2027-06-04', '2027-06-08', '2027-06-11', '2027-06-15', '2027-06-18', '2027-06-22', '2027-06-25', '2027-06-29'], 'canteen'],
    ['il sera absent tous les jeudis de janvier', '2026-12-15', 'report_absence', ['2027-01-07', '2027-01-14', '2027-01-21', '2027-01-28'], null],
    ['garderie matin tous les jours la semaine prochaine sauf lundi', '2027-03-03', 'book', ['2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12', '2027-03-13', '2027-03-14'], 'morning'],
    ['canteen every monday in march except the 15th', '2027-02-18', 'book', ['2027-03-01', '2027-03-08', '2027-03-22', '2027-03-29'], 'canteen'],
    ['centre les 2 premiers mercredis de juin', '2027-05-20', 'book', ['2027-06-02', '2027-06-09'], 'wednesday'],
    ['cantine ts les jeudis jusqu au 17 dec', '2026-11-25', 'book', ['2026-11-26', '2026-12-03', '2026-12-10', '2026-12-17'], 'canteen'],
    ['plus d etude les mardis en mai svp', '2027-04-27', 'cancel_booking', ['2027-05-04', '2027-05-11', '2027-05-18', '2027-05-25'], 'study'],
  ]);
});
