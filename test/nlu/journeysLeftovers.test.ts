/** Residents' leftovers found by hand on SMS and Web Chat: what is read of a message (intent, days, activity). */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';
import { howToAsked } from '../../src/nlu/intents';
import { prepare } from '../../src/nlu/frenchText';
import { requestBesideNoAccount } from '../../src/nlu/noAccountBeside';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
const read = (text: string, today: string) => understand(text, { today, holidays, fallback: false });

type Row = [text: string, today: string, intent: string, dates: string[]];
const check = (rows: Row[]) =>
  it.each<Row>(rows)('« %s » (%s)', (text, today, intent, dates) => {
    expect(read(text, today)).toMatchObject({ intent, dates });
  });

describe('a phone or file number given beside the days: who writes, the task and its days kept', () => {
  check([
    ['tel 0612131415 garderie le 17', '2026-12-07', 'book', ['2026-12-17']],
    ['mon numéro 06 12 13 14 15, cantine le 17', '2026-12-07', 'book', ['2026-12-17']],
    ['numéro de dossier 45, absent le 15', '2026-12-07', 'report_absence', ['2026-12-15']],
    ['absent le 17, numéro de dossier 12', '2026-12-07', 'report_absence', ['2026-12-17']],
    // (No task beside the number: what it was.)
    ['quel est le numéro de la mairie', '2026-12-07', 'contact', []],
    ['mon nouveau numéro 0612131415', '2026-12-07', 'update_contact', []],
  ]);
});

describe('an earlier message recalled with its day: the day asked kept, the message\'s set aside', () => {
  check([
    ['suite à mon mail du 4, garderie le 9', '2026-12-07', 'book', ['2026-12-09']],
    ['garderie le 9 suite à mon mail du 4', '2026-12-07', 'book', ['2026-12-09']],
    ['suite à mon appel de lundi, cantine mardi', '2026-12-07', 'book', ['2026-12-08']],
    ['quelle est l\'adresse mail de la mairie ?', '2026-12-07', 'contact', []],
  ]);
});

describe('« the first week of the holidays » in English, and at the calendar the holidays after the month on screen', () => {
  const christmasWeek = ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25'];
  const februaryWeek = ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'];
  check([
    ['la première semaine des vacances', '2026-12-07', 'unknown', christmasWeek],
    ['first week of the holidays', '2026-12-07', 'unknown', christmasWeek],
    ['first week of the Christmas holidays', '2026-12-07', 'unknown', christmasWeek],
    ['the last week of the christmas break please', '2026-12-07', 'unknown', ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01']],
  ]);
  it.each([
    ['la première semaine des vacances', februaryWeek],
    ['first week of the holidays', februaryWeek],
  ])('« %s » at the calendar on February', (text, dates) => {
    expect(understand(text, { today: '2026-12-07', month: '2027-02', holidays, fallback: false }).dates).toEqual(dates);
  });
  it('« vacances de Noël » named at the calendar on February: this year\'s', () => {
    expect(understand('vacances de noël', { today: '2026-12-07', month: '2027-02', holidays, fallback: false }).dates[0]).toBe('2026-12-19');
  });
});

describe('whether one may come without an appointment, and how many bookings may be made, asked', () => {
  check([
    ["c'est possible sans rendez-vous à la mairie ?", '2026-12-07', 'opening_hours', []],
    ["la mairie c'est sans rendez-vous ?", '2026-12-07', 'opening_hours', []],
    ['la régie c\'est uniquement sur rendez-vous ?', '2026-12-07', 'opening_hours', []],
    ['combien de réservations je peux faire ?', '2026-12-07', 'help', []],
    ['y a t il une limite de réservations par mois ?', '2026-12-07', 'help', []],
    // (What is booked, counted; an appointment asked for: as before.)
    ["combien de réservations j'ai jeudi ?", '2026-12-07', 'list_bookings', ['2026-12-10']],
    ['je voudrais prendre rendez-vous', '2026-12-07', 'contact', []],
  ]);
  it('« combien de réservations je peux faire ? » is how booking goes (its help)', () => {
    expect(howToAsked(prepare('combien de réservations je peux faire ?'))).toBe('booking');
  });
});

describe('a request beside « j\'ai pas de compte », kept for after the sign-up: what it asks, the missing account set aside', () => {
  it.each([
    ['réserver la cantine jeudi pour Léa, jai pas de compte', 'book', ['2026-12-10']],
    ['pas de compte. absence de Léa demain', 'report_absence', ['2026-12-08']],
    ["book lunch on Friday for Lea, I don't have an account", 'book', ['2026-12-11']],
    ['I have no account, book lunch tomorrow', 'book', ['2026-12-08']],
  ])('« %s »', (text, intent, dates) => {
    const rest = requestBesideNoAccount(prepare(text));
    expect(rest).toBeDefined();
    expect(read(rest as string, '2026-12-07')).toMatchObject({ intent, dates });
  });
  it.each(["je n'ai pas de compte", "I don't have an account", 'créer un compte'])('« %s » alone: nothing kept', (text) => {
    expect(requestBesideNoAccount(prepare(text))).toBeUndefined();
  });
});
