/**
 * The date reader's fourth audit by class (dateAudit4*.test.ts), rows written for it before they were run, each with its own « today »
 * over the school year 2026–2027 (zone C as in db/reference: hiver 6–21 February, printemps 3–18 April 2027), half in SMS style, some
 * English, the days computed by a script from « today »; intent, exact days and activity as the bot reads them (with the learned model).
 * This file: an absence on a bare weekday, told in the past (« il était absent jeudi » on a Friday: yesterday; on a Thursday: a week ago) or the future (« il sera absent jeudi » on a Friday: next week's), « depuis mardi » (that day alone; with « il revient jeudi », every day until the eve of the return), mixed (« absent lundi et sera absent vendredi »).
 */
import { understand } from '../../src/nlu/understand';
import { checkReadingsAsBot, schoolHolidays, type ReadingRow } from '../support/nluRows';

jest.setTimeout(30_000);

describe('absences on a weekday past or to come', () => {
  checkReadingsAsBot([
    ['il etait absent jeudi', '2026-12-11', 'report_absence', ['2026-12-10'], null],
    ['il sera absent jeudi', '2026-12-11', 'report_absence', ['2026-12-17'], null],
    ['Lucas est absent depuis mardi', '2026-12-11', 'report_absence', ['2026-12-08'], null],
    ['lea a ete absente mardi, gastro', '2027-01-14', 'report_absence', ['2027-01-12'], null],
    ['Tom etait malade lundi et mardi, il n est pas venu a l ecole', '2027-03-17', 'report_absence', ['2027-03-15', '2027-03-16'], null],
    ['elle sera absente lundi', '2027-01-23', 'report_absence', ['2027-01-25'], null],
    ['il n est pas venu a l ecole mercredi, il avait de la fievre', '2026-11-20', 'report_absence', ['2026-11-18'], null],
    ['il etait absent vendredi', '2027-02-01', 'report_absence', ['2027-01-29'], null],
    ['absent vendredi pr Noam', '2027-02-01', 'report_absence', ['2027-02-05'], null],
    ['mon fils a manqué l école jeudi (rdv médecin)', '2027-05-24', 'report_absence', ['2027-05-20'], null],
    ['he was absent on thursday, he had a cold', '2027-03-19', 'report_absence', ['2027-03-18'], null],
    ['she will be off school on tuesday', '2026-10-07', 'report_absence', ['2026-10-13'], null],
    ['Jade absente depuis lundi, elle revient jeudi', '2027-01-20', 'report_absence', ['2027-01-18', '2027-01-19', '2027-01-20'], null],
    ['pas a l ecole mardi dernier, certificat a suivre', '2027-04-22', 'report_absence', ['2027-04-20'], null],
    ['elle n\'ira pas à l\'école jeudi', '2026-12-04', 'report_absence', ['2026-12-10'], null],
    ['il a ete absent jeudi et vendredi derniers', '2027-03-01', 'report_absence', ['2027-02-25', '2027-02-26'], null],
    ['Noah absent depuis jeudi (varicelle)', '2027-01-25', 'report_absence', ['2027-01-21'], null],
    ['ma fille etait absente mardi, faut il un certificat ?', '2026-10-08', 'report_absence', ['2026-10-06'], null],
    ['Ines sera absente mercredi et jeudi, on part chez sa grand mere', '2027-06-11', 'report_absence', ['2027-06-16', '2027-06-17'], null],
    ['il était malade vendredi, je n\'ai pas pu prévenir', '2026-10-05', 'report_absence', ['2026-10-02'], null],
    ['il est absent depuis lundi, toujours malade', '2027-05-13', 'report_absence', ['2027-05-10'], null],
    ['Eva etait pas la mardi ni mercredi', '2027-02-04', 'report_absence', ['2027-02-02', '2027-02-03'], null],
    ['my son missed school on monday, sorry for not telling you', '2026-11-18', 'report_absence', ['2026-11-16'], null],
    ['absent lundi prochain pr Rayan', '2027-03-10', 'report_absence', ['2027-03-15'], null],
    ['lina sera absente jeudi pr un mariage', '2027-05-28', 'report_absence', ['2027-06-03'], null],
    ['il a ete absent mercredi a la cantine', '2027-01-15', 'report_absence', ['2027-01-13'], 'canteen'],
    ['il sera absent a la cantine mardi', '2027-01-15', 'report_absence', ['2027-01-19'], 'canteen'],
    ['absente depuis mercredi, gastro', '2027-03-26', 'report_absence', ['2027-03-24'], null],
    ['jules etait absent hier et avant hier', '2026-11-12', 'report_absence', ['2026-11-10', '2026-11-11'], null],
    ['le petit sera pas la vendredi', '2027-04-26', 'report_absence', ['2027-04-30'], null],
    ['nael pas venu lundi, il etait malade', '2027-06-02', 'report_absence', ['2027-05-31'], null],
    ['Bonjour, ma fille a été absente vendredi et lundi, elle revient demain.', '2027-05-25', 'report_absence', ['2027-05-21', '2027-05-24'], null],
    ['she was sick on tuesday and wednesday', '2026-11-27', 'report_absence', ['2026-11-24', '2026-11-25'], null],
    ['Léo était absent jeudi dernier', '2027-06-17', 'report_absence', ['2027-06-10'], null],
    ['elle sera absente jeudi prochain', '2027-06-17', 'report_absence', ['2027-06-24'], null],
    ['absent depuis vendredi, il revient mercredi', '2026-10-12', 'report_absence', ['2026-10-09', '2026-10-10', '2026-10-11', '2026-10-12', '2026-10-13'], null],
    ['Adam est malade depuis mardi, il reprend lundi', '2027-02-25', 'report_absence', ['2027-02-23', '2027-02-24', '2027-02-25', '2027-02-26', '2027-02-27', '2027-02-28'], null],
  ]);
});

/** Rows this audit left failing, and why (the reading as the row says is what is meant). */
const LEFT: [...ReadingRow, string][] = [
  ['Bonjour, Sacha était absent lundi et sera encore absent vendredi. Cordialement', '2026-11-25', 'report_absence', ['2026-11-23', '2026-11-27'], null, 'a past absence beside one to come: the past clause is dropped as told (« Days told in the past tense are not days asked ») when a day to come is asked; an absence told and one announced are not told apart yet'],
  ['Bonjour, Malo a été absent jeudi pour une otite, je vous transmets le certificat.', '2026-12-14', 'report_absence', ['2026-12-10'], null, 'intent: « je vous transmets le certificat » reads as upload_document and drops the day; the days are right once the intent is report_absence'],
  ['il sera absent mardi et il etait deja absent lundi', '2027-01-28', 'report_absence', ['2027-01-25', '2027-02-02'], null, 'as « était absent lundi et sera encore absent vendredi »: the past Monday is dropped beside the Tuesday to come'],
];
describe('left for later', () => {
  it.skip.each(LEFT)('« %s » (%s)', (text, today, intent, dates, activity) => {
    expect(understand(text, { today, holidays: schoolHolidays })).toMatchObject({ intent, dates, activity });
  });
});
