/**
 * The date reader's audit by class (dateAuditClasses*.test.ts), written for the audit, not taken from any set, each row with its own
 * « today » over the school year 2026–2027 (week-ends too). School holidays of zone C: a whole holiday, its 1st/2nd/last week (Monday to Friday), the whole holiday but one week
 * (the first week takes the week-end before it), the last day before them, the day classes resume; French, SMS spelling, English.
 */
import { span } from '../../src/nlu/calendarMath';
import { checkDates } from '../support/nluRows';

jest.setTimeout(30_000);

describe('holidays', () => {
  checkDates([
    ['centre de loisirs pendant les vacances de la Toussaint', '2026-09-14', span('2026-10-17', '2026-11-01')],
    ['centre aere tte les vacs de la toussaint pr Hugo', '2026-10-02', span('2026-10-17', '2026-11-01')],
    ['centre toutes les vacances de noel pr Léa', '2026-11-20', span('2026-12-19', '2027-01-03')],
    ['centre aéré vacs d hiver', '2027-01-16', span('2027-02-06', '2027-02-21')],
    ['centre de loisir pendant les vacances de fevrier svp', '2027-01-10', span('2027-02-06', '2027-02-21')],
    ['centre pendant les vacances de Pâques pour Hugo', '2027-03-01', span('2027-04-03', '2027-04-18')],
    ['centre de loisirs pdt les vacs de paques', '2027-02-25', span('2027-04-03', '2027-04-18')],
    ['inscrire Léa au centre pendant les vacances de paque', '2027-03-13', span('2027-04-03', '2027-04-18')],
    ['holiday club during the Easter holidays', '2027-03-01', span('2027-04-03', '2027-04-18')],
    ['holiday club for the whole Christmas holidays', '2026-11-23', span('2026-12-19', '2027-01-03')],
    ['centre la 1ère semaine des vacances de février', '2027-01-11', span('2027-02-08', '2027-02-12')],
    ['centre la premiere semaine des vacs de fevrier', '2027-01-20', span('2027-02-08', '2027-02-12')],
    ['centre la 2ème semaine des vacances de février', '2027-01-11', span('2027-02-15', '2027-02-19')],
    ['centre de loisirs deuxieme semaine des vacances d hiver', '2027-01-27', span('2027-02-15', '2027-02-19')],
    ['centre la 2e semaine des vacances de paques', '2027-03-03', span('2027-04-12', '2027-04-16')],
    ['centre 1ere semaine vacs de la toussaint', '2026-10-01', span('2026-10-19', '2026-10-23')],
    ['centre la 2eme semaine des vacances de noel', '2026-12-01', span('2026-12-28', '2027-01-01')],
    ['centre toutes les vacances de pâques sauf la 1ère semaine', '2027-03-01', span('2027-04-12', '2027-04-18')],
    ['centre de loisirs tt les vacs de fevrier sauf la premiere semaine', '2027-01-12', span('2027-02-15', '2027-02-21')],
    ['cantine le dernier jour avant les vacances', '2027-01-20', ['2027-02-05']],
    ['garderie soir le dernier jour avant les vacs de printemps', '2027-03-10', ['2027-04-02']],
    ['absent le dernier jour d\'école avant la toussaint', '2026-10-05', ['2026-10-16']],
    ['cantine le dernier jour avant les vacances de paques', '2027-03-16', ['2027-04-02']],
    ['cantine le jour de la rentrée', '2027-02-10', ['2027-02-22']],
    ['cantine le jour de la rentree', '2026-10-20', ['2026-11-02']],
    ['garderie matin le jour de la rentrée', '2026-12-24', ['2027-01-04']],
    ['cantine le jour de la rentree des vacances de printemps', '2027-01-15', ['2027-04-19']],
    ['absente le jour de la rentrée des vacs de fevrier', '2027-01-28', ['2027-02-22']],
    ['canteen on the first day back after the Christmas holidays', '2026-12-10', ['2027-01-04']],
    ['centre aéré toute la 1ère semaine des vacs de pâques', '2027-03-15', span('2027-04-05', '2027-04-09')],
    ['centre vacances de noël sauf le 24 et le 25', '2026-11-20', ['2026-12-19', '2026-12-20', '2026-12-21', '2026-12-22', '2026-12-23', '2026-12-26', '2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']],
    ['centre toutes les vacances sauf la 1ère semaine', '2027-03-10', span('2027-04-12', '2027-04-18')],
    ['centre la dernière semaine des vacances d\'hiver', '2027-01-11', span('2027-02-15', '2027-02-19')],
    ['cantine le jour de la rentrée', '2027-01-03', ['2027-01-04']],
    ['cantine la veille des vacances de noel', '2026-12-07', ['2026-12-18']],
    ['canteen on the last day before the holidays', '2027-03-10', ['2027-04-02']],
    ['holiday club the first week of the February holidays', '2027-01-11', span('2027-02-08', '2027-02-12')],
    ['centre de loisirs pendant les vacances de paques sauf le vendredi 9', '2027-03-01', ['2027-04-03', '2027-04-04', '2027-04-05', '2027-04-06', '2027-04-07', '2027-04-08', '2027-04-10', '2027-04-11', '2027-04-12', '2027-04-13', '2027-04-14', '2027-04-15', '2027-04-16', '2027-04-17', '2027-04-18']],
    ['cantine le jour de la rentree apres paques', '2027-03-20', ['2027-04-19']],
    ['centre aere ttes les vacances de la toussaint sauf la derniere semaine', '2026-09-20', span('2026-10-17', '2026-10-25')],
    ['cantine le dernier jour avant noel', '2026-12-12', ['2026-12-18']],
    ['garderie le dernier jour d ecole avant les vacances d ete', '2027-06-10', ['2027-07-02']],
    ['centre de loisirs vacances de paques 2eme semaine', '2027-03-20', span('2027-04-12', '2027-04-16')],
    ['centre vacances de fevrier, la 1ere semaine seulement', '2027-01-23', span('2027-02-08', '2027-02-12')],
    ['centre aere vacances de noel sauf la semaine du 28', '2026-11-20', span('2026-12-19', '2026-12-27')],
    ['cantine le lendemain de la rentree des vacances d hiver', '2027-01-20', ['2027-02-23']],
    ['holiday club during the Christmas holidays except the first week', '2026-11-20', span('2026-12-28', '2027-01-03')],
    ['centre pendant toutes les vacances de la toussaint sauf le 1er novembre', '2026-09-20', span('2026-10-17', '2026-10-31')],
    ['centre les vacances de fevrier sauf les mercredis', '2027-01-20', ['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-11', '2027-02-12', '2027-02-13', '2027-02-14', '2027-02-15', '2027-02-16', '2027-02-18', '2027-02-19', '2027-02-20', '2027-02-21']],
    ['cantine le jour de la rentrée', '2027-04-10', ['2027-04-19']],
    ['centre 2e semaine des vacances', '2027-01-20', span('2027-02-15', '2027-02-19')],
    ['les vacances de février pour le centre, première semaine', '2027-01-23', span('2027-02-08', '2027-02-12')],
    ['centre aere vacs toussaint semaine 2', '2026-10-03', span('2026-10-26', '2026-10-30')],
    ['centre de loisirs 1ere sem des vacs de noel', '2026-11-28', span('2026-12-21', '2026-12-25')],
    ['holiday club 2nd week of the Easter holidays', '2027-03-01', span('2027-04-12', '2027-04-16')],
    ['cantine le dernier jour avant les vacs', '2027-01-31', ['2027-02-05']],
    ['garderie soir la veille des vacances de printemps', '2027-03-01', ['2027-04-02']],
    ['cantine jour de rentree vacs de paques', '2027-04-05', ['2027-04-19']],
    ['centre toute la periode des vacances d hiver', '2027-01-15', span('2027-02-06', '2027-02-21')],
    ['centre les vacances de noel sauf du 24 au 26', '2026-11-28', ['2026-12-19', '2026-12-20', '2026-12-21', '2026-12-22', '2026-12-23', '2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']],
  ]);
});
