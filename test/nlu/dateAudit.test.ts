/**
 * An audit of the date reader: the common French ways to say the days of a booking, a cancellation or an absence
 * (normal spelling, SMS spelling without accents, a typo or two), each row with its own « today », asserting the
 * exact set of days read. Labels follow the opened sets: a week is Monday to Sunday, a range and a recurrence keep
 * every day of the calendar (Wednesdays, week-ends and public holidays included), a school holiday runs from its
 * first day without class to the eve of the day classes resume, « X prochain » is the next such day after today.
 * Today in most rows: Monday 7 December 2026 (Noël holidays: 19 December to 3 January; February: 6 to 21 February).
 */
import { span } from '../../src/nlu/calendarMath';
import { AUDIT_DAYS, checkDates } from '../support/nluRows';

const { MON, TUE, WED, FRI, JAN, NEXT_WEEK, NOEL } = AUDIT_DAYS;

jest.setTimeout(30_000);

describe('relative days', () => {
  checkDates([
    ["cantine aujourd'hui pour Léa", MON, [MON]],
    ['cantine ojourdhui pr lea', MON, [MON]],
    ['cantine ajd pr Léa', MON, [MON]],
    ['Léa est malade aujourdhui elle reste a la maison', MON, [MON]],
    ["il ne viendra pas aujourd'hui à la cantine", MON, [MON]],
    ['garderie demain', MON, [TUE]],
    ['garderie dmain soir pr Hugo', MON, [TUE]],
    ['garderie dem1 svp', MON, [TUE]],
    ['cantine demin', MON, [TUE]],
    ['Hugo sera absent demain', MON, [TUE]],
    ['annuler la cantine après-demain', MON, [WED]],
    ['annule cantine apres dmain', MON, [WED]],
    ['cantine aprés-demain', MON, [WED]],
    ['garderie ce soir pour Hugo', MON, [MON]],
    ['garderie ce soir stp jsuis en retard', MON, [MON]],
    ['Léa sera absente cette semaine', WED, span(WED, '2026-12-13')],
    ['elle sera absente toute cette semaine', WED, span(WED, '2026-12-13')],
    ['cantine toute la semaine prochaine', WED, NEXT_WEEK],
    ['cantine la semaine prochaine', MON, NEXT_WEEK],
    ['garderie semaine pro pr Inès', MON, NEXT_WEEK],
    ['cantine la smaine prochaine', MON, NEXT_WEEK],
    ['absent tte la semaine pro', MON, NEXT_WEEK],
    ["cantine la semaine prochaine et la semaine d'après", MON, span('2026-12-14', '2026-12-27')],
    ['cantine la semaine prochaine et la suivante', MON, span('2026-12-14', '2026-12-27')],
    ['absente dans 15 jours', WED, ['2026-12-24']],
    // « 15 jours », « 8 jours » in figures are counted as said (held sets), « quinze jours », « huit jours » in words are two weeks, one week.
    ['cantine dans 8 jours', MON, ['2026-12-15']],
    ['cantine dans huit jours', MON, ['2026-12-14']],
    ['garderie dans quinze jours', MON, ['2026-12-21']],
    ['cantine dans 3 jours', MON, ['2026-12-10']],
    ['garderie dans deux semaines', MON, ['2026-12-21']],
    ['cantine mardi en huit', MON, ['2026-12-15']],
    ['cantine mardi en huit', TUE, ['2026-12-15']],
    ['garderie jeudi en 8', MON, ['2026-12-17']],
    ['centre mercredi en quinze', MON, ['2026-12-23']],
    ['garderie lundi qui vient', WED, ['2026-12-14']],
    ['cantine mardi ki vient', WED, ['2026-12-15']],
    ['centre de loisirs ce mercredi', MON, [WED]],
    ['centre de loisirs ce mercredi', TUE, [WED]],
    ['cantine ce jeudi', MON, ['2026-12-10']],
    ['centre de loisirs mercredi prochain', WED, ['2026-12-16']],
    ['centre de loisirs mercredi prochain', MON, [WED]],
    ['centre de loisirs mercredi prochain', FRI, ['2026-12-16']],
    ['centre mercredi prochin', FRI, ['2026-12-16']],
    ["centre mercredi prochain et le mercredi d'après", FRI, ['2026-12-16', '2026-12-23']],
    ['Léa absente les 3 prochains jours', MON, span(TUE, '2026-12-10')],
    ['cantine les 2 prochaines semaines', MON, span('2026-12-14', '2026-12-27')],
    ['cantine les 2 prochains lundis', MON, ['2026-12-14', '2026-12-21']],
    ['cantine les trois prochains vendredis', MON, [FRI, '2026-12-18', '2026-12-25']],
  ]);
});

describe('days of the month without their month: the next such day', () => {
  checkDates([
    ['cantine le 23', MON, ['2026-12-23']],
    ['cantine le 5', MON, ['2027-01-05']],
    ['garderie le 1er', '2027-01-14', ['2027-02-01']],
    ['garderie le 14 et le 15', MON, ['2026-12-14', '2026-12-15']],
    ['cantine le 14 et 15 pr Lucas', MON, ['2026-12-14', '2026-12-15']],
    ['cantine les 14, 15 et 17', MON, ['2026-12-14', '2026-12-15', '2026-12-17']],
    ['cantine les 14,15,17', MON, ['2026-12-14', '2026-12-15', '2026-12-17']],
    ['cantine le 14 15 16', MON, ['2026-12-14', '2026-12-15', '2026-12-16']],
    ['cantine le 31', MON, ['2026-12-31']],
    ['etude le 12', '2027-01-14', ['2027-02-12']],
    ['cantine le 29', '2027-01-14', ['2027-01-29']],
    ['cantine le 30', '2027-02-10', ['2027-03-30']],
    ['cantine pour le 18 svp', MON, ['2026-12-18']],
    ['absent le 10', MON, ['2026-12-10']],
  ]);
});

describe('dates in figures', () => {
  checkDates([
    ['cantine le 14/01', MON, ['2027-01-14']],
    ['cantine le 7/06', MON, ['2027-06-07']],
    ['cantine le 07-06', MON, ['2027-06-07']],
    ['cantine le 7.6', MON, ['2027-06-07']],
    ['cantine 15/12', MON, ['2026-12-15']],
    ['cantine 15.12', MON, ['2026-12-15']],
    ['cantine 15-12-2026', MON, ['2026-12-15']],
    ['cantine 15/12/26', MON, ['2026-12-15']],
    ['garderie le 04/01/2027', MON, ['2027-01-04']],
    ['cantine le 4/1 et le 5/1', MON, ['2027-01-04', '2027-01-05']],
    ['cantine les 12 et 13/01', MON, ['2027-01-12', '2027-01-13']],
    ['cantine du 14/12 au 17/12', MON, span('2026-12-14', '2026-12-17')],
    ['garderie du 4/01 au 8/01', MON, span('2027-01-04', '2027-01-08')],
    ['cantine le 02/03', MON, ['2027-03-02']],
    ['absent le 10/12', MON, ['2026-12-10']],
    ['cantine le 7/1, le 8/1 et le 11/1', MON, ['2027-01-07', '2027-01-08', '2027-01-11']],
    ['cantine 14/12 + 15/12', MON, ['2026-12-14', '2026-12-15']],
  ]);
});

describe('days in words', () => {
  checkDates([
    ['cantine le vingt-trois', MON, ['2026-12-23']],
    ['cantine le vingt trois', MON, ['2026-12-23']],
    ['cantine le trente et un', MON, ['2026-12-31']],
    ['garderie le vingt et un', MON, ['2026-12-21']],
    ['cantine le douze et le treize', JAN, ['2027-01-12', '2027-01-13']],
    ['cantine le quinze janvier', MON, ['2027-01-15']],
    ['garderie le premier février', MON, ['2027-02-01']],
    ['cantine le deux mars', MON, ['2027-03-02']],
    ['cantine du quinze au dix-huit décembre', MON, span('2026-12-15', '2026-12-18')],
    ['cantine mardi quinze', MON, ['2026-12-15']],
    ['etude le dix-sept', MON, ['2026-12-17']],
    ['cantine le vingt-deux décembre', MON, ['2026-12-22']],
  ]);
});

describe('SMS spellings and typos', () => {
  checkDates([
    ['cantine lindi', MON, ['2026-12-14']],
    ['cantine vendedi', MON, [FRI]],
    ['cantine mercedi', MON, [WED]],
    ['cantine le 14 decmbre', MON, ['2026-12-14']],
    ['cantine le 5 janvie', MON, ['2027-01-05']],
    ['cantine le 5 janv', MON, ['2027-01-05']],
    ['cantine le 5 fevier', MON, ['2027-02-05']],
    ['cantine du 4 au 8 janv', MON, span('2027-01-04', '2027-01-08')],
    ['cantine du 4/1 au 8/1', MON, span('2027-01-04', '2027-01-08')],
    ['cantine le 1/2', MON, ['2027-02-01']],
    ['cantine ts les merc de janvier', MON, ['2027-01-06', '2027-01-13', '2027-01-20', '2027-01-27']],
    ['cantine tout les mardi de janvier', MON, ['2027-01-05', '2027-01-12', '2027-01-19', '2027-01-26']],
    ['garderie smaine pro', MON, NEXT_WEEK],
    ['garderie semaine prochene', MON, NEXT_WEEK],
    ['absent ojd', MON, [MON]],
    ["absent ajourd'hui", MON, [MON]],
    ['absente dem et apres dem', MON, [TUE, WED]],
    ['absente 2main', MON, [TUE]],
    ['garderie se soir', MON, [MON]],
    ['garderie ce soire', MON, [MON]],
    ['cantine mardi en 8', MON, ['2026-12-15']],
    ['cantine lun 14 mar 15 jeu 17', MON, ['2026-12-14', '2026-12-15', '2026-12-17']],
    ['cantine le 14 12', MON, ['2026-12-14']],
    ['cantine 2026-12-14', MON, ['2026-12-14']],
    ['cantine le 14 dec.', MON, ['2026-12-14']],
    ['centre vacs fevrier', MON, span('2027-02-06', '2027-02-21')],
    ['centre la 2eme semaine des vacs de fevrier', MON, span('2027-02-15', '2027-02-19')],
  ]);
});

describe('in English', () => {
  checkDates([
    ['canteen next Tuesday', FRI, ['2026-12-15']],
    ['canteen on the 15th', MON, ['2026-12-15']],
    ['canteen from Monday to Thursday', FRI, span('2026-12-14', '2026-12-17')],
    ['canteen tomorrow', MON, [TUE]],
    ['canteen today', MON, [MON]],
    ['canteen the day after tomorrow', MON, [WED]],
    ['please book the canteen on 15 December', MON, ['2026-12-15']],
    ['please book the canteen on December 15th', MON, ['2026-12-15']],
    ['book after-school club next week', MON, NEXT_WEEK],
    ['cancel canteen from the 14th to the 18th', MON, span('2026-12-14', '2026-12-18')],
    ['my son will be absent on Thursday and Friday', MON, ['2026-12-10', FRI]],
    ['canteen every Monday in January', MON, ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25']],
    ['canteen on the 5th of January', MON, ['2027-01-05']],
    ['canteen Tuesday 15th', MON, ['2026-12-15']],
    ['morning club this Friday', MON, [FRI]],
    ['cancel breakfast club next Monday', FRI, ['2026-12-14']],
    ['canteen during the Christmas holidays', MON, NOEL],
    ['canteen in two weeks', MON, ['2026-12-21']],
    ['canteen in 3 days', MON, ['2026-12-10']],
    ['canteen on Monday and Tuesday next week', MON, ['2026-12-14', '2026-12-15']],
    ['canteen from 4 to 8 January', MON, span('2027-01-04', '2027-01-08')],
    ['canteen every other Tuesday in January', MON, ['2027-01-05', '2027-01-19']],
    ['please cancel after-school care for the rest of the week', MON, span(MON, FRI)],
    ['canteen from the 14th until the 18th', MON, span('2026-12-14', '2026-12-18')],
    ['canteen Monday through Friday next week', MON, span('2026-12-14', '2026-12-18')],
    ['canteen on Wednesday the 9th', MON, [WED]],
    ['he will be off school until Friday', MON, span(MON, FRI)],
  ]);
});
