/** Messages of the « Conversation » issue read by the recognizer: days counted ahead in short forms, greetings, corrections. */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';
import { closingAtQuestion } from '../../src/nlu/closing';
import { recognizeYesNo } from '../../src/nlu/yesNo';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
const read = (text: string, today: string) => understand(text, { today, holidays, fallback: false });

type Row = [text: string, today: string, intent: string, dates: string[], activity: string | null];
const check = (rows: Row[]) =>
  it.each<Row>(rows)('« %s » (%s)', (text, today, intent, dates, activity) => {
    expect(read(text, today)).toMatchObject({ intent, dates, activity });
  });

describe('« dans 15j », « d\'ici 15 jours »: the day counted ahead, as « dans 15 jours »', () => {
  check([
    ['dans 15 jours', '2026-12-07', 'unknown', ['2026-12-22'], null],
    ['dans 15j', '2026-12-07', 'unknown', ['2026-12-22'], null],
    ['réserver la cantine dans 15 j', '2026-12-07', 'book', ['2026-12-22'], 'canteen'],
    ["d'ici 15 jours", '2026-12-07', 'unknown', ['2026-12-22'], null],
    ["la garderie du soir d'ici 10j pour Léa", '2026-12-07', 'book', ['2026-12-17'], 'evening'],
    ["d'ici 2 semaines", '2026-12-07', 'unknown', ['2026-12-21'], null],
  ]);
});

describe('« salam aleykoum la mairie »: a greeting to someone, the request after it read', () => {
  check([
    ['salam aleykoum la mairie', '2026-12-07', 'greeting', [], null],
    ['salam alikoum madame', '2026-12-07', 'greeting', [], null],
    ['assalamou alaykoum la commune', '2026-12-07', 'greeting', [], null],
    ['salam aleykoum la mairie, je veux annuler la cantine demain', '2026-12-07', 'cancel_booking', ['2026-12-08'], 'canteen'],
    ['salam alikoum madame inscrire Léa à la cantine lundi', '2026-12-07', 'book', ['2026-12-14'], 'canteen'],
  ]);
});

describe('« mdr ok », « ok mdr », « lol d\'accord »: the laugh beside the answer changes nothing', () => {
  it.each([
    ['mdr ok', 'yes'],
    ['ok mdr', 'yes'],
    ["lol d'accord", 'yes'],
    ['oui ptdr', 'yes'],
    ['mdrrr non', 'no'],
  ])('« %s » is a %s, with nothing after it', (text, answer) => {
    expect(recognizeYesNo(text)).toEqual({ answer, rest: '' });
  });
  it.each(['mdr ok', 'ok mdr', "lol d'accord", 'haha ok'])('« %s » at a question is heard, as « ok »', (text) => {
    expect(closingAtQuestion(text)).toBe('ack');
  });
  check([['réserver la cantine demain pour Léa mdr', '2026-12-07', 'book', ['2026-12-08'], 'canteen']]);
});

describe('« c\'était » correcting a day: the day meant taken, read ahead, not dropped as a story in the past', () => {
  check([
    ["la cantine c'était le 14 pas le 15", '2026-12-07', 'book', ['2026-12-14'], 'canteen'],
    ["c'était le 14", '2026-12-07', 'unknown', ['2026-12-14'], null],
    ["c'était pas le 15 c'était le 16", '2026-12-07', 'unknown', ['2026-12-16'], null],
    ["c'est pas le 15 c'est le 16", '2026-12-07', 'unknown', ['2026-12-16'], null],
    ["ce n'était pas le 15 mais le 16", '2026-12-07', 'unknown', ['2026-12-16'], null],
    // unchanged: a story in the past keeps only the days before today
    ['il était malade hier', '2026-12-07', 'report_absence', ['2026-12-06'], null],
    // « c'était » after the day, telling what it was: a story in the past, not a day to come
    ["vendredi c'était la fête de l'école, elle était absente", '2026-12-07', 'report_absence', ['2026-12-04'], null],
    ["le 3 c'était la sortie scolaire, il n'a pas mangé à la cantine", '2026-12-07', 'book', [], 'canteen'],
    ["lundi c'était la grève, il n'a pas mangé, je dois payer ?", '2026-12-07', 'pay_invoice', [], null],
  ]);
  it.each<[string, string[]]>([
    ["non c'était jeudi", ['2026-12-10']],
    ["c'est pas jeudi c'est vendredi", ['2026-12-11']],
    ["ce n'était pas jeudi, c'était vendredi", ['2026-12-11']],
  ])('« %s »: the day meant', (text, dates) => {
    expect(read(text, '2026-12-07').dates).toEqual(dates);
  });
});
