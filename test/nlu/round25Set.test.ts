/** Kinds of messages a fresh labelled set showed misread, each fixed in general. */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
const read = (text: string, today = '2026-12-07') => understand(text, { today, holidays, fallback: false });

describe('SMS spellings of days and greetings', () => {
  it.each([
    ['garderie du matin dm1 pr Lina', ['2026-12-08']],
    ['Lucas malade aujd il vient pas', ['2026-12-07']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('« bsoir y a du monde? » is a greeting', () => {
    expect(read('bsoir y a du monde?').intent).toBe('greeting');
  });
});

describe('a recurrence starts on the day said as its start, even apart from it', () => {
  it.each([
    ["je commence le lundi 11 janvier. À partir de là, j'aurai besoin de l'accueil du soir tous les lundis et jeudis jusqu'à la fin du mois", ['2027-01-11', '2027-01-14', '2027-01-18', '2027-01-21', '2027-01-25', '2027-01-28']],
    ['a partir du mercredi 13 janvier cantine tous les lundis jusqu a la fin du mois', ['2027-01-18', '2027-01-25']],
  ])('« %s »', (text, dates) => {
    expect(read(text, '2027-01-05').dates).toEqual(dates);
  });

  it('« à partir de ce jour-là » after a weekday is that weekday, not a birth said before', () => {
    expect(read("ma fille, née le 4 avril 2018, commence l'école lundi. Je voudrais qu'elle mange à la cantine à partir de ce jour-là.", '2026-09-16').dates).toEqual(['2026-09-21']);
  });
});

describe('an event or a feast told is no day asked beside days asked', () => {
  it('« un mariage dans la famille le samedi 16 janvier… mercredi 13 »', () => {
    expect(read('nous avons un mariage dans la famille le samedi 16 janvier, Théo doit aller au centre de loisirs mercredi 13', '2027-01-07').dates).toEqual(['2027-01-13']);
  });

  it('« passer Noël chez nous… annuler les 21, 22 et 23 décembre »', () => {
    expect(read('mes parents viennent passer Noël chez nous, annuler le centre de loisirs les 21, 22 et 23 décembre', '2026-12-14').dates).toEqual(['2026-12-21', '2026-12-22', '2026-12-23']);
    expect(read('cantine a noel').dates).toEqual(['2026-12-25']);
  });
});

describe('intents', () => {
  it.each([
    ["nous devons aller au consulat pour renouveler nos passeports le mardi 8 décembre, les enfants ne seront ni à l'école ni à la cantine ce jour-là", 'report_absence'],
    ['Is Emma booked for the canteen on Friday?', 'list_bookings'],
    ['Merci madame. Bonne journée.', 'unknown'],
    ['I moved, how do I update my address in my account?', 'update_contact'],
    ['jdois vous faire passer une facture edf comme justif', 'upload_document'],
    ['mercredi 20 centre pr Liam stp', 'book'],
  ])('« %s »', (text, intent) => {
    expect(read(text, '2026-12-03').intent).toBe(intent);
  });

  it('« mercredi 20 centre » is the Wednesday centre', () => {
    expect(read('mercredi 20 centre pr Liam stp', '2027-01-12')).toMatchObject({ dates: ['2027-01-20'], activity: 'wednesday' });
  });
});
