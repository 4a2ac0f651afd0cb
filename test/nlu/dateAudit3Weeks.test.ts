/**
 * The date reader's third audit by class (dateAudit3*.test.ts), rows written for it, each with its own « today » over the school year
 * 2026–2027 (week-ends, eves of holidays, months' last days), half in SMS style, the days computed by a script from « today »,
 * Ranges with exceptions and weeks (« toute la semaine pro sauf le mercredi », « du lundi au jeudi de la semaine du 15 », « la semaine
 * d'après les vacances »); repetitions bounded by a date, a holiday or a month (« tous les lundis et jeudis jusqu'au 18 décembre »).
 */
import { checkDates } from '../support/nluRows';

jest.setTimeout(30_000);

describe('ranges and weeks', () => {
  checkDates([
    ['cantine toute la semaine pro sauf le mercredi', '2026-09-16', ['2026-09-21', '2026-09-22', '2026-09-24', '2026-09-25', '2026-09-26', '2026-09-27']],
    ['garderie ttes la semaine prochaine sf vendredi', '2026-11-21', ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-28', '2026-11-29']],
    ['cantine du lundi au jeudi de la semaine du 15', '2027-03-03', ['2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18']],
    ['garderie du mardi au vendredi semaine du 8 mars', '2027-02-25', ['2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12']],
    ['absent toute la semaine du 12 avril', '2027-03-29', ['2027-04-12', '2027-04-13', '2027-04-14', '2027-04-15', '2027-04-16', '2027-04-17', '2027-04-18']],
    ['cantine la semaine du 25 janvier sauf le mercredi', '2027-01-14', ['2027-01-25', '2027-01-26', '2027-01-28', '2027-01-29', '2027-01-30', '2027-01-31']],
    ['cantine du lundi au vendredi la semaine prochaine', '2027-05-29', ['2027-05-31', '2027-06-01', '2027-06-02', '2027-06-03', '2027-06-04']],
    ['etude du lun au jeu semaine pro', '2027-01-08', ['2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14']],
    ['cantine du 7 au 18 juin sauf les mercredis', '2027-05-25', ['2027-06-07', '2027-06-08', '2027-06-10', '2027-06-11', '2027-06-12', '2027-06-13', '2027-06-14', '2027-06-15', '2027-06-17', '2027-06-18']],
    ['garderie du 1er au 12 mars sauf le 5', '2027-02-23', ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-06', '2027-03-07', '2027-03-08', '2027-03-09', '2027-03-10', '2027-03-11', '2027-03-12']],
    ['absente du 9 au 13 novembre sauf le mercredi 11', '2026-11-03', ['2026-11-09', '2026-11-10', '2026-11-12', '2026-11-13']],
    ['cantine la semaine d\'apres les vacances', '2027-01-28', ['2027-02-22', '2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26', '2027-02-27', '2027-02-28']],
    ['garderie toute la semaine de la rentree', '2026-12-10', ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08', '2027-01-09', '2027-01-10']],
    ['cantine cette semaine sauf jeudi', '2027-03-15', ['2027-03-15', '2027-03-16', '2027-03-17', '2027-03-19', '2027-03-20', '2027-03-21']],
    ['absent du 10 au 14 mai sauf jeudi', '2027-04-26', ['2027-05-10', '2027-05-11', '2027-05-12', '2027-05-14']],
    ['cantine tte la semaine pro sauf mer et ven', '2027-06-05', ['2027-06-07', '2027-06-08', '2027-06-10', '2027-06-12', '2027-06-13']],
    ['garderie la semaine du 14 sauf le lundi', '2026-12-04', ['2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18', '2026-12-19', '2026-12-20']],
    ['cantine la semaine du 7 juin du lundi au mercredi', '2027-05-18', ['2027-06-07', '2027-06-08', '2027-06-09']],
    ['cantine du lundi 10 au vendredi 14 mai sauf le mercredi', '2027-04-28', ['2027-05-10', '2027-05-11', '2027-05-13', '2027-05-14']],
    ['garderie soir du 22 au 26 fevrier, pas le 24', '2027-02-15', ['2027-02-22', '2027-02-23', '2027-02-25', '2027-02-26']],
    ['cantine la semaine prochaine, tous les jours sauf le 16', '2026-11-11', ['2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22']],
    ['etude du lundi au jeudi la semaine du 1er fevrier', '2027-01-19', ['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-04']],
    ['canteen all next week except Friday', '2027-01-30', ['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-04', '2027-02-06', '2027-02-07']],
    ['garderie du mardi au jeudi cette semaine', '2026-10-05', ['2026-10-06', '2026-10-07', '2026-10-08']],
  ]);
});

describe('bounded repetitions', () => {
  checkDates([
    ['tous les lundis et jeudis jusqu\'au 18 decembre', '2026-11-25', ['2026-11-26', '2026-11-30', '2026-12-03', '2026-12-07', '2026-12-10', '2026-12-14', '2026-12-17']],
    ['cantine chaque mercredi de janvier sauf le 13', '2026-12-16', ['2027-01-06', '2027-01-20', '2027-01-27']],
    ['garderie tous les mardis jusqu\'au 15 juin', '2027-05-20', ['2027-05-25', '2027-06-01', '2027-06-08', '2027-06-15']],
    ['etude ts les jeudis jusqu au 4 fevrier', '2027-01-09', ['2027-01-14', '2027-01-21', '2027-01-28', '2027-02-04']],
    ['cantine tous les vendredis jusqu\'aux vacances de noel', '2026-11-26', ['2026-11-27', '2026-12-04', '2026-12-11', '2026-12-18']],
    ['garderie les lundis de fevrier', '2027-01-23', ['2027-02-01', '2027-02-08', '2027-02-15', '2027-02-22']],
    ['cantine tous les mardis et vendredis de mai', '2027-04-21', ['2027-05-04', '2027-05-07', '2027-05-11', '2027-05-14', '2027-05-18', '2027-05-21', '2027-05-25', '2027-05-28']],
    ['etude chaque lundi et jeudi de juin sauf le 10', '2027-05-28', ['2027-06-03', '2027-06-07', '2027-06-14', '2027-06-17', '2027-06-21', '2027-06-24', '2027-06-28']],
    ['cantine tous les jeudis jusqu\'au 31 decembre', '2026-11-27', ['2026-12-03', '2026-12-10', '2026-12-17', '2026-12-24', '2026-12-31']],
    ['garderie ts les vendredis d\'octobre', '2026-09-25', ['2026-10-02', '2026-10-09', '2026-10-16', '2026-10-23', '2026-10-30']],
    ['centre tous les mercredis jusqu\'aux vacances d\'ete', '2027-06-01', ['2027-06-02', '2027-06-09', '2027-06-16', '2027-06-23', '2027-06-30']],
    ['cantine chaque lundi jusqu\'au 22 mars inclus', '2027-02-26', ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22']],
    ['absent tous les mardis de novembre (piscine)', '2026-10-30', ['2026-11-03', '2026-11-10', '2026-11-17', '2026-11-24']],
    ['etude le lundi et le jeudi jusqu\'aux vacances d\'hiver', '2027-01-20', ['2027-01-21', '2027-01-25', '2027-01-28', '2027-02-01', '2027-02-04']],
    ['cantine tous les mercredis de mars sauf le 17 et le 24', '2027-02-24', ['2027-03-03', '2027-03-10', '2027-03-31']],
    ['garderie chaque jeudi a partir du 7 janvier jusqu\'au 28 janvier', '2026-12-17', ['2027-01-07', '2027-01-14', '2027-01-21', '2027-01-28']],
    ['cantine tous les vendredis du mois de juin', '2027-05-31', ['2027-06-04', '2027-06-11', '2027-06-18', '2027-06-25']],
    ['tous les mardis jusqu\'a fin octobre garderie', '2026-09-28', ['2026-09-29', '2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27']],
    ['etude tous les lundis du mois prochain', '2027-04-20', ['2027-05-03', '2027-05-10', '2027-05-17', '2027-05-24', '2027-05-31']],
    ['cantine chaque jeudi jusqu\'au 17 decembre sauf le 10', '2026-11-30', ['2026-12-03', '2026-12-17']],
    ['cantine tt les lundi jusqu au 25 janv', '2027-01-02', ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25']],
    ['garderie tous les mercredis de decembre sauf le 23', '2026-11-25', ['2026-12-02', '2026-12-09', '2026-12-16', '2026-12-30']],
  ]);
});

// The rows left here by the audit (holidays named without « vacances », weeks listed, English « every … until ») are read: dateBoundsHolidayWeeks.test.ts.
