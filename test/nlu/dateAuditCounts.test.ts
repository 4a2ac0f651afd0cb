/**
 * Days written without « le » nor month after the activity (SMS), and days counted from a start (« pendant 3 jours »): calendar
 * days, as the sets count them (« absente 5 jours à partir d'aujourd'hui » runs into the Saturday).
 */
import { checkDates } from '../support/nluRows';

describe('bare day numbers after the activity are days of this month (or the next, when gone)', () => {
  checkDates([
    ['cantine 14 15 17 18', '2026-12-03', ['2026-12-14', '2026-12-15', '2026-12-17', '2026-12-18']],
    ['annule cantine 14 15 pr Tom', '2026-12-03', ['2026-12-14', '2026-12-15']],
    ['garderie soir 7, 8 et 10 pr Léa', '2026-12-03', ['2026-12-07', '2026-12-08', '2026-12-10']],
    ['etude 2 4 svp', '2026-12-10', ['2027-01-02', '2027-01-04']],
    ['accueil matin 21 22', '2027-03-09', ['2027-03-21', '2027-03-22']],
    // unchanged: a count, an hour, a month after them
    ['cantine 2 enfants', '2026-12-03', []],
    ['garderie 16 30', '2026-12-03', []],
    ['cantine 14 15 janvier', '2026-12-03', ['2027-01-14', '2027-01-15']],
  ]);
});

describe('a count of days from the day said: that many calendar days', () => {
  checkDates([
    ['absent from tomorrow for 3 days', '2026-12-03', ['2026-12-04', '2026-12-05', '2026-12-06']],
    ['Tom will be absent starting Monday for two days', '2026-12-03', ['2026-12-07', '2026-12-08']],
    ['absente à partir de demain pour 3 jours', '2026-12-03', ['2026-12-04', '2026-12-05', '2026-12-06']],
    ['il sera absent demain pendant 3 jours', '2026-12-03', ['2026-12-04', '2026-12-05', '2026-12-06']],
    ['Léa absente lundi pour trois jours', '2026-12-03', ['2026-12-07', '2026-12-08', '2026-12-09']],
    // unchanged: the days listed after the count
    ['réserver la cantine pour 3 jours : lundi, mardi, jeudi', '2026-12-03', ['2026-12-07', '2026-12-08', '2026-12-10']],
  ]);
});
