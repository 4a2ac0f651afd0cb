/** The kinds of messages found misread in a round of fresh messages (set 29), each fixed in general. */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
/** Today Monday 7 December 2026 unless said. */
const read = (text: string, today = '2026-12-07') => understand(text, { today, holidays, fallback: false });

describe('« d’ici vendredi » after every day, or asked what is booked, is until then; a start said after the end is where the days start', () => {
  it.each([
    ['garderie du soir tous les jours d ici jeudi pour Emma', ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10']],
    ['qu est ce qui est reserve pour Hugo d ici mercredi ?', ['2026-12-07', '2026-12-08', '2026-12-09']],
    ['etude jusqu a jeudi a partir de demain', ['2026-12-08', '2026-12-09', '2026-12-10']],
    ['cantine chaque jour d ici vendredi, a partir de mercredi', ['2026-12-09', '2026-12-10', '2026-12-11']],
    ['Book lunch until Thursday starting tomorrow please', ['2026-12-08', '2026-12-09', '2026-12-10']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it.each([
    'a partir du 11 janvier la cantine jusqu au 15',
    'des le 11 janvier cantine jusqu au 15',
    'cantine jusqu au 15 janvier a partir du 11',
    'cantine jusqu au 15 a partir du 11 janvier',
  ])('« %s »: the start and the end share the month said once', (text) => {
    expect(read(text).dates).toEqual(['2027-01-11', '2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15']);
  });

  it.each(['book lunch for lea starting the 14th until the 18th', 'lunch until the 18th starting the 14th'])('« %s »: from the 14th to the 18th', (text) => {
    expect(read(text).dates).toEqual(['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18']);
  });

  it('« book lunch starting the 14th »: from the 14th, the end asked', () => {
    expect(read('book lunch starting the 14th')).toMatchObject({ dates: ['2026-12-14'], openStart: true });
  });

  it('« d’ici vendredi » alone is still a deadline, not days', () => {
    expect(read('je dois payer la facture d ici vendredi').dates).toEqual(['2026-12-11']);
  });
});

describe('a day taken back by « non » right after it: the day meant, read on its own', () => {
  it.each([
    ['etude le 9 non le 10 pour Zoe', ['2026-12-10']],
    ['annuler garderie mardi 15 non lundi 14', ['2026-12-14']],
    ['cantine le 20 janvier non le 21', ['2027-01-21']],
    ['after-school care on Jan 12, no sorry, Jan 13', ['2027-01-13']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('the last of a list taken back is left to the earlier rule; « non merci » takes nothing back', () => {
    expect(read('cantine le 14 et le 15, non le 16').dates).toEqual(['2026-12-16']);
    expect(read('cantine lundi non merci').dates).toEqual(['2026-12-14']);
  });

  it('a day taken back twice: the last one is meant (« le 15 non le 16 non le 17 »)', () => {
    expect(read('garderie le 15 non le 16 non le 17').dates).toEqual(['2026-12-17']);
    expect(read('cantine mardi 15 non mercredi 16, non jeudi 17 pour Hugo').dates).toEqual(['2026-12-17']);
  });
});

describe('English: « not the 13th » is a day set aside', () => {
  it('« on the 21st, not the 14th »', () => {
    expect(read('Cancel lunch for Sam on December 21st, not the 14th.').dates).toEqual(['2026-12-21']);
  });
});

describe('a day of what was said or done before is the story, not a day asked', () => {
  it.each([
    ['suite a mon coup de fil du 3, je confirme la cantine mardi 8 pour Lou', ['2026-12-08']],
    ['comme dit dans mon mail du 1er decembre, annulez l etude du jeudi 10', ['2026-12-10']],
    ['merci d annuler la garderie du soir le 14/12, erreur lors de ma reservation du 2', ['2026-12-14']],
    ['j ai depose le formulaire a l accueil le 30 novembre, toujours pas de reponse', []],
    ['je me suis inscrit sur le site le 1er decembre, comment avoir la cle enfance ?', []],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('a booking’s own day stays; alone, a day named with its month is still the next one', () => {
    expect(read('annuler ma reservation du 14 decembre').dates).toEqual(['2026-12-14']);
    expect(read('cantine le 1er decembre').dates).toEqual(['2027-12-01']);
  });
});

describe('a move told is the story; a start said further before the end is where the days start', () => {
  it('« le voisin déménage le 10 … à partir du lundi 14 … jusqu’au vendredi 18 »', () => {
    expect(read('notre nounou demenage le 10 decembre. A partir du lundi 14, il faudra la garderie du soir tous les jours jusqu au vendredi 18.').dates).toEqual(['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18']);
  });
});

describe('intents', () => {
  it.each([
    ['Stop sending paper invoices, I want them by email', 'e_invoice'],
    ['no paper bills anymore please', 'e_invoice'],
    ['I want to send a paper', 'upload_document'],
    ['une amie m a donne ce numero, qu est ce que je peux faire ici ?', 'help'],
    ['quel est le numero de la mairie ?', 'contact'],
  ])('« %s » is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('when to stop talking is no day asked; weekdays followed by their days are those days', () => {
  it('« on arrête pour aujourd’hui »', () => {
    expect(read('bon je vais arreter la pour aujourd hui, merci').dates).toEqual([]);
    expect(read('annuler la cantine pour aujourd hui').dates).toEqual(['2026-12-07']);
  });

  it.each([
    ['plus d etude a partir de janvier, annulez les jeudis 7 et 14 janvier', ['2027-01-07', '2027-01-14']],
    ['garderie les lundis 14 et 21', ['2026-12-14', '2026-12-21']],
    ['etude les mardis 8, 15', ['2026-12-08', '2026-12-15']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });
});

describe('the first day, or the first such weekday, of the rentrée (today Thursday 17 December 2026; classes resume Monday 4 January)', () => {
  it.each([
    ['garderie le premier jour de la rentree pour Tom', ['2027-01-04']],
    ['qu est ce qui est reserve le jour de la rentree ?', ['2027-01-04']],
    ['etude le 1er mardi de la rentree', ['2027-01-05']],
    ['cantine le premier jeudi apres les vacances', ['2027-01-07']],
  ])('« %s »', (text, dates) => {
    expect(read(text, '2026-12-17').dates).toEqual(dates);
  });

  it('« le 1er » alone is still the first of the month', () => {
    expect(read('cantine le 1er', '2026-12-17').dates).toEqual(['2027-01-01']);
  });
});

describe('a cancellation asked first, an appointment told after it, is a cancellation', () => {
  it.each([
    ['Pouvez-vous annuler l etude de Noe le jeudi 10 ? Il a rendez-vous chez le dentiste a 17h.', 'cancel_booking'],
    ['rdv chez le dentiste jeudi, il faut annuler l etude de Noe', 'report_absence'],
    ['Pouvez-vous annuler la cantine demain ? Il est malade, il a rendez-vous chez le medecin.', 'report_absence'],
  ])('« %s » is %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('a paper’s end is no day asked', () => {
  it.each([
    ['mon passeport expire le 15 janvier, comment le refaire ?', []],
    ['carte d identite valable jusqu au 2 fevrier, je peux avoir un rdv le 14 decembre ?', ['2026-12-14']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });
});

describe('a work planning told, then a booking asked; « the centre » alone on a school Wednesday', () => {
  it('« mon planning de mars vient de sortir, j’aurais besoin de l’étude … » is a booking', () => {
    expect(read('mon planning de janvier vient de sortir. J aurais besoin de la garderie du soir pour Eva le mardi 5 janvier.').intent).toBe('book');
    expect(read('je veux sortir ma fille de la cantine').intent).toBe('cancel_booking');
    expect(read('le planning de Tom pour janvier').intent).toBe('list_bookings');
  });

  it('« centre le 13 janvier » is the Wednesday centre; in the holidays, the holidays’ one', () => {
    expect(read('centre le 13 janvier pour Noa').activity).toBe('wednesday');
    expect(read('centre le 23 decembre pour Noa').activity).toBe('holidays');
    expect(read('centre le 14 janvier pour Noa').activity).toBeNull();
  });
});
