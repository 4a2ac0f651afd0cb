/**
 * The date reader's audit (dateAudit.test.ts), days that span or choose: ranges, weekday lists and every such weekday of a
 * month, days set aside, named periods, a day corrected inside the message, and times of day beside the days (never days).
 * Labels follow the opened sets: a week is Monday to Sunday, a range and a recurrence keep every day of the calendar,
 * a school holiday runs from its first day without class to the eve of the day classes resume.
 * Today in most rows: Monday 7 December 2026 (Noël holidays: 19 December to 3 January).
 */
import { span } from '../../src/nlu/calendarMath';
import { understand } from '../../src/nlu/understand';
import { AUDIT_DAYS, checkDates, schoolHolidays, without } from '../support/nluRows';

const { MON, TUE, WED, FRI, JAN, NEXT_WEEK, NOEL } = AUDIT_DAYS;

jest.setTimeout(30_000);

describe('ranges', () => {
  checkDates([
    ['annuler cantine du 14 au 18', MON, span('2026-12-14', '2026-12-18')],
    ['cantine du 14 au 18 décembre', MON, span('2026-12-14', '2026-12-18')],
    ['cantine du lundi 14 au vendredi 18', MON, span('2026-12-14', '2026-12-18')],
    ["garderie à partir du 14 jusqu'au 18", MON, span('2026-12-14', '2026-12-18')],
    ['garderie a partir du 14 jusqu au 18', MON, span('2026-12-14', '2026-12-18')],
    ["garderie du 14 jusqu'au 18", MON, span('2026-12-14', '2026-12-18')],
    ['cantine entre le 14 et le 17', MON, span('2026-12-14', '2026-12-17')],
    ['absente du 14 au 16 inclus', MON, span('2026-12-14', '2026-12-16')],
    ["cantine tous les jours d'ici vendredi", MON, span(MON, FRI)],
    ['garderie de demain à vendredi', MON, span(TUE, FRI)],
    ["garderie à partir de demain jusqu'à vendredi", MON, span(TUE, FRI)],
    ["garderie jusqu'à vendredi à partir de demain", MON, span(TUE, FRI)],
    ["cantine tous les jours jusqu'à la fin du mois", MON, span(MON, '2026-12-31')],
    ["absent jusqu'à la fin de la semaine", WED, span(WED, FRI)],
    ['absent jusqu a la fin de la semaine prochaine', MON, span(MON, '2026-12-18')],
    ['absent le reste de la semaine', WED, span(WED, FRI)],
    ["cantine d'aujourd'hui à vendredi", MON, span(MON, FRI)],
    ["cantine dès demain et jusqu'au 18", MON, span(TUE, '2026-12-18')],
    ["cantine tous les jours jusqu'aux vacances", MON, span(MON, '2026-12-18')],
    ['cantine jusqu aux vacs de noel', MON, span(MON, '2026-12-18')],
    ['cantine du lundi au jeudi', FRI, span('2026-12-14', '2026-12-17')],
    ['cantine de lundi à jeudi', FRI, span('2026-12-14', '2026-12-17')],
    ['absent de lundi à mercredi', FRI, span('2026-12-14', '2026-12-16')],
    ['absente du lun au mer', FRI, span('2026-12-14', '2026-12-16')],
    ['cantine du 4 au 15 janvier', MON, span('2027-01-04', '2027-01-15')],
    ['centre du 21 décembre au 3 janvier', MON, span('2026-12-21', '2027-01-03')],
    ['centre du 28/12 au 02/01', MON, span('2026-12-28', '2027-01-02')],
    ["cantine à partir du 4 janvier et jusqu'au 8", MON, span('2027-01-04', '2027-01-08')],
    ['cantine toute la semaine du 14', MON, NEXT_WEEK],
    ['cantine la semaine du 14 décembre', MON, NEXT_WEEK],
  ]);
});

describe('weekday lists and every such weekday of a month', () => {
  checkDates([
    ['cantine tous les lundis de mars', MON, ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22', '2027-03-29']],
    ['cantine ts les lundis de mars', MON, ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22', '2027-03-29']],
    ['cantine tt les lundi de mars', MON, ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22', '2027-03-29']],
    ['cantine chaque lundi de mars', MON, ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22', '2027-03-29']],
    ['cantine tous les mardis et jeudis de janvier', MON, ['2027-01-05', '2027-01-07', '2027-01-12', '2027-01-14', '2027-01-19', '2027-01-21', '2027-01-26', '2027-01-28']],
    ['cantine le lundi et le jeudi en janvier', MON, ['2027-01-04', '2027-01-07', '2027-01-11', '2027-01-14', '2027-01-18', '2027-01-21', '2027-01-25', '2027-01-28']],
    ['etude les lundis et jeudis de février', JAN, ['2027-02-01', '2027-02-04', '2027-02-08', '2027-02-11', '2027-02-15', '2027-02-18', '2027-02-22', '2027-02-25']],
    ['cantine un mardi sur deux en janvier', MON, ['2027-01-05', '2027-01-19']],
    ['centre un mercredi sur deux en mars', MON, ['2027-03-03', '2027-03-17', '2027-03-31']],
    ["garderie tous les vendredis jusqu'aux vacances", MON, [FRI, '2026-12-18']],
    ["cantine tous les jeudis jusqu'au 15 janvier", MON, ['2026-12-10', '2026-12-17', '2026-12-24', '2026-12-31', '2027-01-07', '2027-01-14']],
    ["centre tous les mercredis jusqu'aux vacances de février", JAN, ['2027-01-06', '2027-01-13', '2027-01-20', '2027-01-27', '2027-02-03']],
    ['tous les lundis et mardis du 4 au 22 janvier', MON, ['2027-01-04', '2027-01-05', '2027-01-11', '2027-01-12', '2027-01-18', '2027-01-19']],
    ['cantine lundi mardi jeudi vendredi', FRI, ['2026-12-14', '2026-12-15', '2026-12-17', '2026-12-18']],
    ['cantine lun mar jeu ven', FRI, ['2026-12-14', '2026-12-15', '2026-12-17', '2026-12-18']],
    ['cantine lu ma je ve', FRI, ['2026-12-14', '2026-12-15', '2026-12-17', '2026-12-18']],
    ['cantine lundi, mardi, jeudi et vendredi prochains', WED, ['2026-12-14', '2026-12-15', '2026-12-17', '2026-12-18']],
    ['le premier et le troisième mercredi de mars', MON, ['2027-03-03', '2027-03-17']],
  ]);
});

describe('days set aside', () => {
  const week = span('2027-01-04', '2027-01-08');
  checkDates([
    ['cantine du 4 au 8 janvier sauf le 6', MON, without(week, '2027-01-06')],
    ['cantine du 4 au 8 janvier sans le 6', MON, without(week, '2027-01-06')],
    ['cantine du 4 au 8 janvier à part le 6', MON, without(week, '2027-01-06')],
    ['cantine du 4 au 8 janvier excepté le 6', MON, without(week, '2027-01-06')],
    ['cantine du 4 au 8 janvier hormis le 6', MON, without(week, '2027-01-06')],
    ['cantine du 4 au 8 janvier mais pas le 6', MON, without(week, '2027-01-06')],
    ['cantine du 4 au 8 janvier hors mercredi', MON, without(week, '2027-01-06')],
    ['cantine du 4 au 8 janvier a lexception du mercredi', MON, without(week, '2027-01-06')],
    ['cantine la semaine prochaine sauf mercredi', MON, without(NEXT_WEEK, '2026-12-16')],
    ['cantine semaine pro sf mercredi', MON, without(NEXT_WEEK, '2026-12-16')],
    ['cantine la semaine prochaine sans le mercredi', MON, without(NEXT_WEEK, '2026-12-16')],
    ['cantine la semaine prochaine à part le mercredi', MON, without(NEXT_WEEK, '2026-12-16')],
    ['cantine la semaine prochaine excepté mercredi', MON, without(NEXT_WEEK, '2026-12-16')],
    ['cantine la semaine prochaine hormis le mercredi', MON, without(NEXT_WEEK, '2026-12-16')],
    ['cantine du lundi au vendredi sauf mercredi', FRI, ['2026-12-14', '2026-12-15', '2026-12-17', '2026-12-18']],
    ['garderie du 14 au 18 sauf le 16', MON, without(span('2026-12-14', '2026-12-18'), '2026-12-16')],
    ['cantine du 14 au 18 mis à part le 16', MON, without(span('2026-12-14', '2026-12-18'), '2026-12-16')],
    ["cantine du 14 au 18 à l'exception du mercredi 16", MON, without(span('2026-12-14', '2026-12-18'), '2026-12-16')],
    ['annuler la cantine du 14 au 18 mais garder le 16', MON, without(span('2026-12-14', '2026-12-18'), '2026-12-16')],
    ['cantine tous les mercredis de janvier sauf le 13', MON, ['2027-01-06', '2027-01-20', '2027-01-27']],
    ['cantine tous les lundis de mars sauf le premier', MON, ['2027-03-08', '2027-03-15', '2027-03-22', '2027-03-29']],
    ['cantine tous les vendredis de janvier sauf le dernier', MON, ['2027-01-01', '2027-01-08', '2027-01-15', '2027-01-22']],
  ]);
});

describe('named periods', () => {
  checkDates([
    ['centre de loisirs vacances de noel', MON, NOEL],
    ['centre pendant les vacs de noel', MON, NOEL],
    ["centre vacances d'hiver", MON, span('2027-02-06', '2027-02-21')],
    ['centre vacances de fevrier', MON, span('2027-02-06', '2027-02-21')],
    ['centre vacances de printemps', MON, span('2027-04-03', '2027-04-18')],
    ['centre vacances de pâques', MON, span('2027-04-03', '2027-04-18')],
    ['centre vacances de la toussaint', '2026-09-15', span('2026-10-17', '2026-11-01')],
    ["centre vacances d'été", '2027-05-10', span('2027-07-03', '2027-08-31')],
    ['centre les grandes vacances', '2027-05-10', span('2027-07-03', '2027-08-31')],
    ["centre pendant le pont de l'ascension", '2027-04-26', span('2027-05-07', '2027-05-09')],
    ["la mairie est-elle ouverte le jour de l'ascension ?", '2027-04-26', ['2027-05-06']],
    ['la mairie est ouverte le lundi de Pentecôte ?', '2027-05-03', ['2027-05-17']],
    ['garderie le lendemain du lundi de Pentecôte', '2027-05-03', ['2027-05-18']],
    ['cantine le mardi après la Pentecôte', '2027-05-03', ['2027-05-18']],
    ['cantine le jour de la rentrée', MON, ['2027-01-04']],
    ['cantine le jour de la rentree de janvier', MON, ['2027-01-04']],
    ['garderie la semaine de la rentrée', '2027-02-10', span('2027-02-22', '2027-02-28')],
    ['étude le lundi de la rentrée', '2027-04-07', ['2027-04-19']],
    ['cantine le jour de la reprise', MON, ['2027-01-04']],
    ['cantine le lundi après les vacances', MON, ['2027-01-04']],
    ['cantine le dernier jour avant les vacances', MON, ['2026-12-18']],
    ['garderie le vendredi avant les vacances de noel', MON, ['2026-12-18']],
    ['centre les prochaines vacances', MON, NOEL],
    ['cantine le lendemain de la rentrée', MON, ['2027-01-05']],
    ["cantine le dernier jour d'école avant Noël", MON, ['2026-12-18']],
    ['centre le premier mercredi des vacances', MON, ['2026-12-23']],
    ['centre le 1er lundi des vacances de février', MON, ['2027-02-08']],
    ['centre le dernier vendredi des vacances de noel', MON, ['2027-01-01']],
    ['centre les mercredis des vacances de février', MON, ['2027-02-10', '2027-02-17']],
    ['cantine le premier lundi de janvier', MON, ['2027-01-04']],
    ['cantine le 1er lundi de janvier', MON, ['2027-01-04']],
    ['cantine le dernier vendredi de janvier', MON, ['2027-01-29']],
    ['centre le premier mercredi de mars', MON, ['2027-03-03']],
    ['cantine le dernier jeudi de mars', MON, ['2027-03-25']],
    ['etude le deuxième mardi de février', MON, ['2027-02-09']],
  ]);
});

describe('a day corrected inside the message: the day meant', () => {
  checkDates([
    ['cantine lundi non pas lundi, mardi', FRI, ['2026-12-15']],
    ['cantine lundi euh non mardi', FRI, ['2026-12-15']],
    ['cantine le 12 enfin le 13', JAN, ['2027-01-13']],
    ['cantine le 14 non le 15', MON, ['2026-12-15']],
    ['cantine le 14 pardon le 15', MON, ['2026-12-15']],
    ['cantine le 14 euh le 15', MON, ['2026-12-15']],
    ['cantine le 14 je voulais dire le 15', MON, ['2026-12-15']],
    ['cantine le 15 au lieu du 14', MON, ['2026-12-15']],
    ['non pas le 14 mais le 15 pour la cantine', MON, ['2026-12-15']],
    ['garderie le 14, euh non, le 15', MON, ['2026-12-15']],
    ['cantine mardi pardon jeudi', MON, ['2026-12-10']],
    ['cantine jeudi oups vendredi', MON, [FRI]],
    ['annuler cantine jeudi, je me suis trompé, vendredi', MON, [FRI]],
    ['cantine jeudi je voulais dire vendredi', MON, [FRI]],
    ['cantine mardi ou plutôt mercredi', MON, [WED]],
    ['cantine mardi... non jeudi', MON, ['2026-12-10']],
    ['cantine mardi, enfin non mercredi', MON, [WED]],
  ]);
});

describe('times of day beside the days: not days', () => {
  checkDates([
    ['garderie demain à 16h30', MON, [TUE]],
    ['garderie vers midi demain', MON, [TUE]],
    ['garderie 8h-18h mardi', MON, [TUE]],
    ['garderie de 7h à 8h30 jeudi', MON, ['2026-12-10']],
    ["garderie le 15 jusqu'à 19h", MON, ['2026-12-15']],
    ['garderie le 15 jusqu a 18h30', MON, ['2026-12-15']],
    ["garderie jusqu'à 18h30 jeudi", MON, ['2026-12-10']],
    ['accueil matin 7h15 jeudi', MON, ['2026-12-10']],
    ['accueil du matin à 7 h 15 le 15', MON, ['2026-12-15']],
    ['garderie le 15 de 16h30 à 18h', MON, ['2026-12-15']],
    ['garderie 16h30-18h30 le 15', MON, ['2026-12-15']],
    ['garderie le 15 à 18 heures', MON, ['2026-12-15']],
    ['je finis à 18h le 15, garderie svp', MON, ['2026-12-15']],
    ['garderie le 15 entre 16h et 18h', MON, ['2026-12-15']],
    ['garderie de 7h30 à 8h20 le 14 et le 15', MON, ['2026-12-14', '2026-12-15']],
    ["garderie jusqu'à 19h le 15", MON, ['2026-12-15']],
    ["garderie mardi jusqu'à 18h45", MON, [TUE]],
    ['accueil du matin dès 7h le 15', MON, ['2026-12-15']],
    ['accueil du matin à partir de 7h le 15', MON, ['2026-12-15']],
    ['garderie le 15 à 18h00', MON, ['2026-12-15']],
    ['garderie le 10 dès 7h30', MON, ['2026-12-10']],
    ['garderie le 10 à partir de 16 h 30', MON, ['2026-12-10']],
  ]);
  it('an hour after « à partir de » is no start of days whose end is to be asked', () => {
    expect(understand('garderie le 10 a partir de 16h30', { today: MON, holidays: schoolHolidays }).openStart).toBeUndefined();
    expect(understand('garderie le 10 dès 7h30', { today: MON, holidays: schoolHolidays }).openStart).toBeUndefined();
    expect(understand('cantine à partir du 10', { today: MON, holidays: schoolHolidays }).openStart).toBe(true);
  });
});
