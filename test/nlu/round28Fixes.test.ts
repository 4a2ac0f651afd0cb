/** The kinds of messages a reviewer found misread, each fixed in general (today Monday 7 December 2026 unless said). */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
const read = (text: string, today = '2026-12-07') => understand(text, { today, holidays, fallback: false });

describe('a day more than nine months ahead asked with days to come stays ahead', () => {
  it.each([
    ['je voudrais reserver la cantine le 8 janvier, le 3 mars et le 15 septembre', ['2027-01-08', '2027-03-03', '2027-09-15']],
    ['annuler la cantine de Lucas le 10 decembre et le 15 septembre', ['2026-12-10', '2027-09-15']],
    ['Lucas sera absent le 14 decembre et le 15 septembre', ['2026-12-14', '2027-09-15']],
    ['cantine le 15 septembre et le 8 janvier', ['2027-01-08', '2027-09-15']],
    ['cantine le 8 janvier a midi et le 15 septembre', ['2027-01-08', '2027-09-15']],
    ['garderie le 9 janvier; reserver aussi le 20 septembre', ['2027-01-09', '2027-09-20']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('« à midi » is no passé composé: the day of the clause stays', () => {
    expect(read('je reserve la cantine a midi le 2 decembre').dates).toEqual(['2027-12-02']);
  });

  it.each([
    ['Lucas a mange a midi le 2 decembre, je voudrais la cantine le 8', ['2026-12-08']],
    ['Bonjour, suite a mon appel du 2 decembre je confirme: etude du soir le mardi 8 et le jeudi 10.', ['2026-12-08', '2026-12-10']],
    ['Cantine demain pour Yanis (PAI signe le 12 septembre)', ['2026-12-08']],
  ])('the story is still no day asked: « %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });
});

describe('a paper’s end day, without its month too, is no day asked', () => {
  it.each(['ma carte expire le 3', 'ma carte d identite expire le 3, je voudrais un rendez-vous', 'mon passeport expire le mardi 15', 'passeport valable jusqu au 12'])('« %s »', (text) => {
    expect(read(text).dates).toEqual([]);
  });

  it('a day asked beside it stays', () => {
    expect(read('mon passeport expire le 3 et je voudrais la cantine le 8').dates).toEqual(['2026-12-08']);
  });
});

describe('days typed month first, then a first name that ends like a plural', () => {
  it.each([
    ['cantine janvier 12 et 13 lucas', ['2027-01-12', '2027-01-13']],
    ['cantine janvier 12, 13 et 14 lucas', ['2027-01-12', '2027-01-13', '2027-01-14']],
    ['cantine janvier 12 lucas', ['2027-01-12']],
    ['etude fevrier 1 2 et 4 jules', ['2027-02-01', '2027-02-02', '2027-02-04']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('a plural after the number is still a count', () => {
    expect(read('cantine en mars 4 mercredis').dates).not.toContain('2027-03-04');
  });
});

describe('a start said first, then a weekday recurrence up to the holidays', () => {
  const mondays = ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01'];
  it.each([
    ['a partir du 4 janvier cantine tous les lundis jusqu aux vacances', mondays],
    ['des le 4 janvier, garderie du soir chaque lundi jusqu aux vacances', mondays],
    ['a partir du 4 janvier, cantine le lundi jusqu aux vacances', mondays],
    ['a partir du 4 janvier cantine les lundis et jeudis jusqu aux vacances', [...mondays, '2027-01-07', '2027-01-14', '2027-01-21', '2027-01-28', '2027-02-04'].sort()],
    ['cantine tous les lundis du 4 janvier aux vacances', mondays],
    ['cantine le lundi jusqu au 29 janvier', ['2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25']],
  ])('« %s »', (text, dates) => {
    expect([...read(text).dates].sort()).toEqual(dates);
  });
});

describe('a stop said with its moment', () => {
  it.each([
    'on en reste la pour aujourd hui',
    'restons en la pour aujourd hui',
    'je vais arreter pour aujourd hui',
    'bon on arrete la pour aujourd hui merci',
    'ca suffit pour aujourd hui',
    'on s arrete la pour ce soir',
    'on en reste la pour le moment',
  ])('« %s » is a stop, no day', (text) => {
    expect(read(text)).toMatchObject({ intent: 'abort', dates: [] });
  });

  it.each([
    ['annule pour aujourd hui', 'cancel_booking'],
    ['on arrete la cantine pour aujourd hui', 'cancel_booking'],
    ['il reste a la maison aujourd hui', 'report_absence'],
  ])('« %s » is still a request for the day', (text, intent) => {
    expect(read(text)).toMatchObject({ intent, dates: ['2026-12-07'] });
  });
});
