/**
 * Classes the third date audit left skipped (dateAudit3Weeks.test.ts, dateAudit3Sayings.test.ts), each row with its own « today »,
 * half in SMS style, the days computed by a script from « today »: holidays named without « vacances » bounding a recurrence
 * (« jusqu'à la Toussaint », « jusqu'au pont de l'Ascension », « jusqu'à Noël »: the last school day before), English « every X and
 * Y until … », weeks listed by their days (« les semaines du 8 et du 15 ») or counted from the rentrée (« les 2 semaines après la
 * rentrée »), and a day added in a later sentence (« ajouter le 5 », « rajoutez le 15 »).
 * (The audit's rows on a day of the weekday asked now have « today » the day after: the day itself is read as one of the days, as
 * « tous les mardis jusqu'aux vacances » is.)
 */
import { checkDates } from '../support/nluRows';

jest.setTimeout(30_000);

describe('holidays named without « vacances » bound a recurrence', () => {
  checkDates([
    ['centre chaque mercredi jusqu a la toussaint', '2026-09-19', ['2026-09-23', '2026-09-30', '2026-10-07', '2026-10-14']],
    ["garderie tous les jeudis jusqu'à la Toussaint", '2027-09-20', ['2027-09-23', '2027-09-30', '2027-10-07', '2027-10-14', '2027-10-21']],
    ['cantine ts les lundis et mardis jusqu a la toussaint stp', '2026-09-29', ['2026-09-29', '2026-10-05', '2026-10-06', '2026-10-12', '2026-10-13']],
    ["cantine tous les mardis jusqu'au pont de l'ascension", '2027-04-21', ['2027-04-27', '2027-05-04']],
    ['garderie chaque lundi jusqu au pont de l ascension', '2027-04-21', ['2027-04-26', '2027-05-03']],
    ["étude tous les mardis jusqu'au pont de l'Ascension merci", '2026-05-04', ['2026-05-05', '2026-05-12']],
    ["cantine tous les vendredis jusqu'à Noël", '2026-11-20', ['2026-11-20', '2026-11-27', '2026-12-04', '2026-12-11', '2026-12-18']],
    ['garderie ts les mercredis jusqu a noel', '2027-11-22', ['2027-11-24', '2027-12-01', '2027-12-08', '2027-12-15']],
  ]);
});

describe('English « every … until »', () => {
  checkDates([
    ['canteen every Tuesday and Thursday until 11 March', '2027-02-24', ['2027-02-25', '2027-03-02', '2027-03-04', '2027-03-09', '2027-03-11']],
    ['canteen every Thursday until 11 March', '2027-02-23', ['2027-02-25', '2027-03-04', '2027-03-11']],
    ['every monday and wednesday until jan 20 pls', '2027-01-05', ['2027-01-06', '2027-01-11', '2027-01-13', '2027-01-18', '2027-01-20']],
    ['after-school club every Wednesday until Friday 26 March', '2027-03-01', ['2027-03-03', '2027-03-10', '2027-03-17', '2027-03-24']],
    ['canteen every Monday, Tuesday and Friday until the 19th', '2027-03-03', ['2027-03-05', '2027-03-08', '2027-03-09', '2027-03-12', '2027-03-15', '2027-03-16', '2027-03-19']],
  ]);
});

describe('weeks listed by their days or counted from the rentrée', () => {
  checkDates([
    ['cantine les semaines du 8 et du 15 mars', '2027-02-26', ['2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12', '2027-03-13', '2027-03-14', '2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18', '2027-03-19', '2027-03-20', '2027-03-21']],
    ['garderie semaines du 4 et du 11 octobre', '2027-09-20', ['2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07', '2027-10-08', '2027-10-09', '2027-10-10', '2027-10-11', '2027-10-12', '2027-10-13', '2027-10-14', '2027-10-15', '2027-10-16', '2027-10-17']],
    ['cantine les semaines du 29 et du 5', '2027-03-20', ['2027-03-29', '2027-03-30', '2027-03-31', '2027-04-01', '2027-04-02', '2027-04-03', '2027-04-04', '2027-04-05', '2027-04-06', '2027-04-07', '2027-04-08', '2027-04-09', '2027-04-10', '2027-04-11']],
    ['etude les semaines du 1er, du 8 et du 15 mars stp', '2027-02-24', ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07', '2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12', '2027-03-13', '2027-03-14', '2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18', '2027-03-19', '2027-03-20', '2027-03-21']],
    ['cantine les 2 semaines apres la rentree', '2027-04-10', ['2027-04-19', '2027-04-20', '2027-04-21', '2027-04-22', '2027-04-23', '2027-04-24', '2027-04-25', '2027-04-26', '2027-04-27', '2027-04-28', '2027-04-29', '2027-04-30', '2027-05-01', '2027-05-02']],
    ['garderie les deux premières semaines de la rentrée de janvier', '2026-12-01', ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08', '2027-01-09', '2027-01-10', '2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15', '2027-01-16', '2027-01-17']],
    ['cantine pendant les 3 semaines apres la rentree des vacances de toussaint', '2026-10-01', ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08', '2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22']],
    ['cantine ts les jours les 2 sem apres la rentree', '2027-03-10', ['2027-04-19', '2027-04-20', '2027-04-21', '2027-04-22', '2027-04-23', '2027-04-24', '2027-04-25', '2027-04-26', '2027-04-27', '2027-04-28', '2027-04-29', '2027-04-30', '2027-05-01', '2027-05-02']],
  ]);
});

describe('a day added in a later sentence is added', () => {
  checkDates([
    ['cantine les 3 et 4. ajouter le 5', '2027-05-27', ['2027-06-03', '2027-06-04', '2027-06-05']],
    ['garderie le 10 et le 12. rajoutez le 15 svp', '2027-03-01', ['2027-03-10', '2027-03-12', '2027-03-15']],
    ['cantine les 8 et 9 stp. ajouter le 12', '2027-10-20', ['2027-11-08', '2027-11-09', '2027-11-12']],
    ['Étude le 14. Rajouter aussi le 15, merci', '2027-01-05', ['2027-01-14', '2027-01-15']],
    ['cantine le 22 et le 23. Pouvez-vous ajouter le 24 ?', '2027-03-01', ['2027-03-22', '2027-03-23', '2027-03-24']],
  ]);
});

describe('« à partir de la rentrée de février »: from the day classes resume in that month', () => {
  checkDates([
    ['cantine tous les lundis à partir de la rentrée de février', '2027-01-20', ['2027-02-22']],
    ['garderie ts les mardis et jeudis des la rentree de fevrier', '2027-01-10', ['2027-02-23', '2027-02-25']],
    ['etude ts les mardis a partir de la rentree de fevrier', '2028-01-15', ['2028-02-29']],
    ['cantine tous les lundis à partir de la rentrée de janvier', '2026-12-10', ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25']],
  ]);
});
