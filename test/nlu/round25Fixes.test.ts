/** The kinds of messages found misread in a round of fresh messages, each fixed in general (today Monday 7 December 2026). */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
const read = (text: string, today = '2026-12-07') => understand(text, { today, holidays, fallback: false });

describe('a month named alone is the month of the days said without one', () => {
  it.each([
    ['en janvier : cantine le 7 et le 8', ['2027-01-07', '2027-01-08']],
    ['pour janvier je voudrais la garderie le 12', ['2027-01-12']],
    ['cantine le 12 et le 14 en janvier', ['2027-01-12', '2027-01-14']],
    ['en fevrier absent le 3', ['2027-02-03']],
    ['cantine le 3 janvier, et en fevrier le 5', ['2027-01-03', '2027-02-05']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('days said before it, parted by a comma, keep their own month', () => {
    expect(read('cantine le 12 et le 14, en janvier le 5').dates).toEqual(['2026-12-12', '2026-12-14', '2027-01-05']);
    expect(read('cantine le 14 et le 15').dates).toEqual(['2026-12-14', '2026-12-15']);
  });
});

describe('a year in two digits is of the last century when it is not near', () => {
  it.each([
    ['acte de naissance pour moi ne le 12/3/88', ['1988-03-12']],
    ['acte de mariage, mariés le 14/06/05', ['2005-06-14']],
    ['absent le 10/12/26', ['2026-12-10']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });
});

describe('a street named after a date is no day', () => {
  it.each([
    ['nouvelle adresse : 12 rue du 8 mai 1945 78955 carrieres', []],
    ['j habite 3 bis avenue du 14 juillet, je veux changer mon adresse', []],
    ["j'habite rue du 11 novembre, cantine jeudi", ['2026-12-10']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('« une place du 21 décembre au 24 » is still days', () => {
    expect(read('une place du 21 decembre au 24 decembre au centre').dates).toHaveLength(4);
  });
});

describe('« en 8 », « en quinze » after a weekday', () => {
  it.each([
    ['etude jeudi en 8', ['2026-12-17']],
    ['cantine lundi en quinze', ['2026-12-28']],
    ['cantine lundi en 15', ['2026-12-28']],
  ])('« %s »', (text, dates) => {
    expect(read(text, '2026-12-09').dates).toEqual(dates);
  });
});

describe('English weekdays joined by « and » are one list', () => {
  it('« on Tuesday and Thursday next week »', () => {
    expect(read('Hello, could you book the after-school club for Sarah on Tuesday and Thursday next week?').dates).toEqual(['2026-12-15', '2026-12-17']);
  });
});

describe('digits that are no day', () => {
  it.each(['mon tel 06-12-34-56-78', 'j ai paye 45.50 le 3'])('« %s »', (text) => {
    expect(read(text).dates).toEqual([]);
  });
});

describe('« jusqu’à Noël » is until its holidays; « les 2 prochains lundis » are two Mondays', () => {
  it.each([
    ['cantine chaque lundi jusqu a noel', ['2026-12-07', '2026-12-14']],
    ['cantine du 14 jusqu a noel', ['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18']],
    ['cantine les 2 prochains lundis', ['2026-12-14', '2026-12-21']],
    ['les trois mercredis qui viennent au centre', ['2026-12-09', '2026-12-16', '2026-12-23']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('Noël alone is still its day', () => {
    expect(read('cantine a noel').dates).toEqual(['2026-12-25']);
  });
});

describe('days joined by an arrow, or sharing the month written after them, are a range', () => {
  it.each(['cantine 11>15 janvier', 'cantine 11-15/01', 'cantine 11 -> 15/01'])('« %s »', (text) => {
    expect(read(text).dates).toEqual(['2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15']);
  });
});

describe('one day written out beats the holidays named with it', () => {
  it.each([
    ['centre vacances de noel le 22', ['2026-12-22']],
    ['centre vacances de noel mardi 22', ['2026-12-22']],
    ['centre de loisirs les vacances de noel mais seulement le 21 22 23', ['2026-12-21', '2026-12-22', '2026-12-23']],
  ])('« %s »', (text, dates) => {
    expect(read(text)).toMatchObject({ dates, activity: 'holidays' });
  });

  it('the holidays alone are all their days', () => {
    expect(read('centre de loisirs pendant les vacances de noel pour les 2').dates).toHaveLength(16);
  });
});

describe('« la semaine d’après » follows the day written out before it', () => {
  it.each([
    ['cantine jeudi 10 et la semaine d apres le jeudi aussi', ['2026-12-10', '2026-12-17']],
    ['cantine le 14 decembre et la semaine d apres', ['2026-12-14', '2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('said alone, it is the week after next', () => {
    expect(read('cantine la semaine d apres').dates[0]).toBe('2026-12-21');
  });
});
