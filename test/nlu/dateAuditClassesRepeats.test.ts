/**
 * The date reader's audit by class (dateAuditClasses*.test.ts), written for the audit, not taken from any set, each row with its own
 * « today » over the school year 2026–2027 (week-ends too). Repetitions: every such weekday of a month, « les 3 prochains lundis », one in two, every day of next week but one, « chaque mardi
 * jusqu'aux vacances » (a recurrence keeps every day of the calendar; « X prochain(s) » counts from the day after today).
 */
import { span } from '../../src/nlu/calendarMath';
import { checkDates } from '../support/nluRows';

jest.setTimeout(30_000);

describe('repeats', () => {
  checkDates([
    ['cantine tous les jeudis de mars', '2027-02-12', ['2027-03-04', '2027-03-11', '2027-03-18', '2027-03-25']],
    ['etude tous les jeudi de mars pr Hugo', '2026-12-09', ['2027-03-04', '2027-03-11', '2027-03-18', '2027-03-25']],
    ['cantine ts les jeudis en mars stp', '2027-02-27', ['2027-03-04', '2027-03-11', '2027-03-18', '2027-03-25']],
    ['canteen every Thursday in March', '2027-02-12', ['2027-03-04', '2027-03-11', '2027-03-18', '2027-03-25']],
    ['cantine tous les mardis de novembre', '2026-10-05', ['2026-11-03', '2026-11-10', '2026-11-17', '2026-11-24']],
    ['garderie tous les vendredis de juin', '2027-05-20', ['2027-06-04', '2027-06-11', '2027-06-18', '2027-06-25']],
    ['cantine les 3 prochains lundis', '2027-01-13', ['2027-01-18', '2027-01-25', '2027-02-01']],
    ['cantine les 3 prochains lundis', '2027-01-11', ['2027-01-18', '2027-01-25', '2027-02-01']],
    ['garderie les trois prochains mardis', '2027-05-29', ['2027-06-01', '2027-06-08', '2027-06-15']],
    ['les 2 prochains mercredis centre pr Léa', '2027-03-05', ['2027-03-10', '2027-03-17']],
    ['canteen the next 3 Mondays', '2027-01-13', ['2027-01-18', '2027-01-25', '2027-02-01']],
    ['centre un mercredi sur deux en janvier', '2026-12-07', ['2027-01-06', '2027-01-20']],
    ['centre 1 mercredi sur 2 en janvier', '2026-12-15', ['2027-01-06', '2027-01-20']],
    ['centre un mercredi sur 2 en juin', '2027-05-10', ['2027-06-02', '2027-06-16', '2027-06-30']],
    ['holiday club every other Wednesday in June', '2027-05-10', ['2027-06-02', '2027-06-16', '2027-06-30']],
    ['cantine tous les jours de la semaine prochaine sauf mercredi', '2027-03-10', ['2027-03-15', '2027-03-16', '2027-03-18', '2027-03-19', '2027-03-20', '2027-03-21']],
    ['cantine tous les jours la semaine pro sauf le mercredi', '2026-11-27', ['2026-11-30', '2026-12-01', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']],
    ['garderie ts les jours semaine prochaine sf mercredi', '2027-05-22', ['2027-05-24', '2027-05-25', '2027-05-27', '2027-05-28', '2027-05-29', '2027-05-30']],
    ['etude chaque mardi jusqu aux vacances', '2027-01-13', ['2027-01-19', '2027-01-26', '2027-02-02']],
    ['cantine chaque jeudi jusqu\'aux vacances de printemps', '2027-03-02', ['2027-03-04', '2027-03-11', '2027-03-18', '2027-03-25', '2027-04-01']],
    ['garderie chaque mardi jusqu\'aux vacances', '2026-11-20', ['2026-11-24', '2026-12-01', '2026-12-08', '2026-12-15']],
    ['etude tous les mardis jusqu aux vacs', '2026-09-16', ['2026-09-22', '2026-09-29', '2026-10-06', '2026-10-13']],
    ['canteen every Tuesday until the holidays', '2027-03-03', ['2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30']],
    ['cantine tous les lundis jusqu\'à fin janvier', '2027-01-06', ['2027-01-11', '2027-01-18', '2027-01-25']],
    ['cantine tous les jeudis de mars sauf le 18', '2027-02-12', ['2027-03-04', '2027-03-11', '2027-03-25']],
    ['cantine tous les lundis et mercredis jusqu\'aux vacances', '2027-01-26', ['2027-01-27', '2027-02-01', '2027-02-03']],
    ['garderie les 4 prochains vendredis', '2027-03-05', ['2027-03-12', '2027-03-19', '2027-03-26', '2027-04-02']],
    ['cantine tous les jeudis du mois prochain', '2027-02-10', ['2027-03-04', '2027-03-11', '2027-03-18', '2027-03-25']],
    ['cantine tous les jeudis du mois', '2027-03-01', ['2027-03-04', '2027-03-11', '2027-03-18', '2027-03-25']],
    ['canteen every Monday and Thursday in March', '2027-02-10', ['2027-03-01', '2027-03-04', '2027-03-08', '2027-03-11', '2027-03-15', '2027-03-18', '2027-03-22', '2027-03-25', '2027-03-29']],
    ['cantine toute la semaine prochaine sauf le mercredi et le vendredi', '2027-01-13', ['2027-01-18', '2027-01-19', '2027-01-21', '2027-01-23', '2027-01-24']],
    ['etude chaque mardi et jeudi jusqu aux vacances de fevrier', '2027-01-20', ['2027-01-21', '2027-01-26', '2027-01-28', '2027-02-02', '2027-02-04']],
    ['garderie un vendredi sur deux en mars', '2027-02-15', ['2027-03-05', '2027-03-19']],
    ['cantine ts les lundis jusqu aux vacs de paques', '2027-03-03', ['2027-03-08', '2027-03-15', '2027-03-22', '2027-03-29']],
    ['cantine tous les lundis et jeudis jusqu\'aux vacances de noel', '2026-12-01', ['2026-12-03', '2026-12-07', '2026-12-10', '2026-12-14', '2026-12-17']],
    ['etude chaque jeudi du mois de mars', '2027-02-15', ['2027-03-04', '2027-03-11', '2027-03-18', '2027-03-25']],
    ['garderie le mardi et le jeudi les 2 prochaines semaines', '2027-01-13', ['2027-01-19', '2027-01-21', '2027-01-26', '2027-01-28']],
    ['cantine tous les jours sauf le mercredi jusqu a la fin du mois', '2027-03-22', ['2027-03-22', '2027-03-23', '2027-03-25', '2027-03-26', '2027-03-27', '2027-03-28', '2027-03-29', '2027-03-30']],
    ['les 3 prochains mercredis au centre', '2027-03-10', ['2027-03-17', '2027-03-24', '2027-03-31']],
    ['cantine chaque vendredi jusqu au 5 fevrier', '2027-01-12', ['2027-01-15', '2027-01-22', '2027-01-29', '2027-02-05']],
    ['centre un mercredi sur deux a partir du 6 janvier jusqu aux vacances de fevrier', '2026-12-14', ['2027-01-06', '2027-01-20', '2027-02-03']],
    ['cantine tous les lundis de mars sauf le 15', '2027-02-15', ['2027-03-01', '2027-03-08', '2027-03-22', '2027-03-29']],
    ['canteen every Friday until the Christmas holidays', '2026-11-30', ['2026-12-04', '2026-12-11', '2026-12-18']],
    ['garderie ts les soirs de la semaine pro', '2027-01-15', span('2027-01-18', '2027-01-24')],
    ['cantine les lundis, mardis et jeudis de janvier', '2026-12-14', ['2027-01-04', '2027-01-05', '2027-01-07', '2027-01-11', '2027-01-12', '2027-01-14', '2027-01-18', '2027-01-19', '2027-01-21', '2027-01-25', '2027-01-26', '2027-01-28']],
    ['garderie le soir tous les jeudis jusqu a fin mars', '2027-03-01', ['2027-03-04', '2027-03-11', '2027-03-18', '2027-03-25']],
    ['cantine tous les mardis à partir du 5 jusqu au 26 janvier', '2026-12-14', ['2027-01-05', '2027-01-12', '2027-01-19', '2027-01-26']],
    ['etude 1 jeudi sur 2 a partir du 7 janvier jusqu au 4 fevrier', '2026-12-14', ['2027-01-07', '2027-01-21', '2027-02-04']],
    ['garderie les 4 prochains jeudis', '2027-03-04', ['2027-03-11', '2027-03-18', '2027-03-25', '2027-04-01']],
    ['cantine tous les mardis jusqu\'au 26 janvier inclus', '2027-01-04', ['2027-01-05', '2027-01-12', '2027-01-19', '2027-01-26']],
    ['cantine tous les jeudis en avril sauf pendant les vacances', '2027-03-10', ['2027-04-01', '2027-04-22', '2027-04-29']],
    ['cantine chaque lundi et chaque jeudi de mars', '2027-02-22', ['2027-03-01', '2027-03-04', '2027-03-08', '2027-03-11', '2027-03-15', '2027-03-18', '2027-03-22', '2027-03-25', '2027-03-29']],
    ['garderie matin les 3 prochains jours', '2027-01-15', span('2027-01-16', '2027-01-18')],
    ['canteen every Monday until the February holidays', '2027-01-13', ['2027-01-18', '2027-01-25', '2027-02-01']],
    ['cantine tous les jours du 4 au 15 janvier sauf les mercredis', '2026-12-14', ['2027-01-04', '2027-01-05', '2027-01-07', '2027-01-08', '2027-01-09', '2027-01-10', '2027-01-11', '2027-01-12', '2027-01-14', '2027-01-15']],
    ['garderie lundi mardi jeudi vendredi jusqu aux vacances', '2027-01-27', ['2027-01-28', '2027-01-29', '2027-02-01', '2027-02-02', '2027-02-04', '2027-02-05']],
    ['holiday club the next two Wednesdays', '2027-03-01', ['2027-03-03', '2027-03-10']],
    ['cantine les mardis de mars', '2027-02-22', ['2027-03-02', '2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30']],
    ['cantine tous les vendredis du 8 janvier au 5 fevrier', '2026-12-14', ['2027-01-08', '2027-01-15', '2027-01-22', '2027-01-29', '2027-02-05']],
  ]);
});
