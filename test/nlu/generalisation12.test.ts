/**
 * Round 12 of the held-out work (test/nlu/heldout12.jsonl): each kind of misreading fixed in general,
 * asserted on other phrasings of the same kind than the set's, with the near messages that must not change.
 * Intents by the rules alone (no learned model), so each case fails without its rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));

/** A Tuesday. */
const TODAY = '2026-12-01';
const datesOf = (text: string) => understand(text, { today: TODAY, holidays, fallback: false }).dates;

const expectDates = (cases: Array<[string, string[]]>) =>
  it.each(cases)('« %s » gives %j', (text, dates) => {
    expect(datesOf(text)).toEqual(dates);
  });

describe('the same weekday said again, « suivant », « d’après », « prochain », is a week after the first', () => {
  expectDates([
    ['étude ce jeudi et le jeudi suivant pour Tom', ['2026-12-03', '2026-12-10']],
    ['cantine vendredi et vendredi d’après', ['2026-12-04', '2026-12-11']],
    ['garderie ce mercredi et mercredi prochain', ['2026-12-02', '2026-12-09']],
    // near: said once, « jeudi prochain » is the next Thursday; two weekdays are each the next one
    ['cantine jeudi prochain', ['2026-12-03']],
    ['cantine le mardi et le jeudi', ['2026-12-03', '2026-12-08']],
  ]);
});

describe('« et pas le 9 », « et non le lundi 14 » take a day away', () => {
  expectDates([
    ['garderie du soir du 7 au 11 décembre, et pas le 9', ['2026-12-07', '2026-12-08', '2026-12-10', '2026-12-11']],
    ['cantine du 14 au 17 décembre, le 16 il a une sortie donc pas le 16', ['2026-12-14', '2026-12-15', '2026-12-17']],
    ['étude le jeudi 10, et non le vendredi 11', ['2026-12-10']],
    // near: « pas le 9 » alone, in an absence, is the day
    ['Léa ne mangera pas le 9', ['2026-12-09']],
  ]);
});

describe('a weekday and its day followed by « comme », « donc », « parce que »… is that date', () => {
  expectDates([
    ['cantine le jeudi 10 comme convenu', ['2026-12-10']],
    ['garderie le mardi 15 parce que je travaille', ['2026-12-15']],
  ]);
});

describe('« comme je vous l’ai écrit hier » tells when a message was sent, not a day asked', () => {
  expectDates([
    ['inscrire Jade à la cantine le 14, comme je vous l’ai écrit hier', ['2026-12-14']],
    ['cantine le mardi 15, et non le lundi 14 comme je l’ai demandé ce matin', ['2026-12-15']],
  ]);
});

describe('a shorter period said after a week, with a request between, is what is asked', () => {
  expectDates([
    ['La semaine du 14 décembre je suis en formation. Pourriez-vous inscrire Tom à l’étude du 14 au 17 décembre ?', ['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17']],
    // near: a week said after the days it holds is their context, as before (the days are kept)
    ['je suis en chômage partiel à partir de la semaine prochaine, pouvez-vous annuler la garderie du 7 au 18 décembre ?', ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13', '2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18']],
  ]);
});

describe('in an absence, the day the child comes back is not a day missed', () => {
  expectDates([
    ['Adam absent jeudi et vendredi, il reprend lundi', ['2026-12-03', '2026-12-04']],
    ['Lina sera absente le 3 et le 4 décembre, elle revient le 7', ['2026-12-03', '2026-12-04']],
    // near: asked to book, « il reprend lundi » is the day wanted
    ['il reprend l’école lundi, pouvez-vous l’inscrire à la cantine lundi ?', ['2026-12-07']],
  ]);
});

describe('« le sam », « ce ven » at the end of a question are weekdays', () => {
  expectDates([
    ['la mairie ferme à quelle heure le sam ?', ['2026-12-05']],
    ['vous êtes ouverts ce ven', ['2026-12-04']],
  ]);
});
