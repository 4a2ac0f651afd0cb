/**
 * Round 2 of the held-out work (test/nlu/heldout2.jsonl): each kind of misreading fixed in general,
 * asserted on the intent, the days and the activity, with the near messages that must not change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { detectCommand } from '../../src/nlu/commands';
import { elsewhereDemarche } from '../../src/nlu/elsewhereDemarches';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { correctWord } from '../../src/nlu/typos';
import { understand } from '../../src/nlu/understand';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
const TODAY = '2026-09-05';
const read = (text: string, today = TODAY) => understand(text, { today, holidays, fallback: false });
const days = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = new Date(`${from}T12:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
};
const TOUSSAINT = days('2026-10-17', '2026-11-01');
const NOEL = days('2026-12-19', '2027-01-03');

describe('doubled letters, French’s commonest misspelling', () => {
  it.each([
    ['anullez', 'annulez'],
    ['anulez', 'annulez'],
    ['resservation', 'reservation'],
    ['addresse', 'adresse'],
    ['suprimer', 'supprimer'],
  ])('« %s » is « %s »', (typed, word) => {
    expect(correctWord(typed)).toBe(word);
  });

  it('leaves English words that only look like one alone (« family », « reserve »)', () => {
    expect(correctWord('family')).toBe('family');
    expect(read('where is my family key').intent).toBe('family_key');
  });

  it('reads « anullez la cantine demain » as a cancellation of that day', () => {
    expect(read('anullez la cantine demain svp')).toMatchObject({ intent: 'cancel_booking', dates: ['2026-09-06'], activity: 'canteen' });
  });
});

describe('asking what is booked', () => {
  it.each(['qu’est-ce qui est réservé pour la semaine prochaine ?', 'planning de la semaine', 'le planning de Léa', 'qu’est-ce qu’il y a de prévu jeudi ?', 'my bookings'])(
    '« %s » lists bookings',
    (text) => {
      expect(read(text).intent).toBe('list_bookings');
    },
  );

  it('keeps « réserver la cantine jeudi » a booking', () => {
    expect(read('réserver la cantine jeudi').intent).toBe('book');
  });
});

describe('short English messages', () => {
  it.each([
    ['my bookings', 'list_bookings'],
    ['my invoices', 'list_invoices'],
    ['pay invoice', 'pay_invoice'],
  ])('« %s » is %s with one English word', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });

  it('a long French message with one English word stays French', () => {
    expect(read('je veux voir my factures de la cantine du mois dernier').intent).toBe('list_invoices');
  });
});

describe('the family key sent by the mairie', () => {
  it.each(['la mairie m’a envoyé un code, je le mets où ?', 'l’école m’a donné un code', 'la mairie nous a transmis un code'])('« %s » is the family key', (text) => {
    expect(read(text).intent).toBe('family_key');
  });

  it('a code sent by e-mail or SMS is not the family key', () => {
    expect(read('la mairie m’a envoyé un code par mail').intent).not.toBe('family_key');
  });
});

describe('what the service is', () => {
  it.each(['c’est quoi ce service ?', 'qu’est-ce que c’est que ce site ?', 'vous êtes qui ?', 'à quoi sert ce chat ?'])('« %s » asks for help', (text) => {
    expect(read(text).intent).toBe('help');
  });

  it('« c’est quoi ce service de garderie ? » is about the activity, not the bot', () => {
    expect(read('c’est quoi ce service de garderie ?').intent).not.toBe('help');
  });
});

describe('« j’annule tout »: a stop, in a task as at the menu', () => {
  it.each(['j’annule tout', 'on annule tout', 'j’annule'])('« %s » is abort, and the stop command', (text) => {
    expect(read(text).intent).toBe('abort');
  });

  it.each(['j’annule tout', 'on arrête tout'])('« %s » is the stop command', (text) => {
    expect(detectCommand(text)).toBe('cancel');
  });

  it('naming what it cancels makes it a cancellation', () => {
    expect(read('j’annule toutes mes réservations de cantine').intent).toBe('cancel_booking');
    expect(detectCommand('j’annule toutes mes réservations de cantine')).toBeUndefined();
  });
});

describe('holidays said by their feast', () => {
  it.each([
    ['retirer ma fille du centre de loisirs pendant la Toussaint', 'cancel_booking', TOUSSAINT],
    ['centre de loisirs durant les fêtes', 'book', NOEL],
    ['inscrire Léo au centre pendant Noël', 'book', NOEL],
  ])('« %s »: the school holidays, the holiday activity', (text, intent, dates) => {
    expect(read(text)).toMatchObject({ intent, dates, activity: 'holidays' });
  });

  it('« à Noël », « le jour de la Toussaint » are still the feast days', () => {
    expect(read('la mairie est ouverte à Noël ?').dates).toEqual(['2026-12-25']);
    expect(read('garderie le 1er novembre').dates).toEqual(['2026-11-01']);
  });
});

describe('« au centre »', () => {
  it('« vacances … au centre » is a holiday booking of those days', () => {
    expect(read('vacances du 7 au 16 juillet pour mon fils au centre', '2027-06-01')).toMatchObject({
      intent: 'book',
      dates: days('2027-07-07', '2027-07-16'),
      activity: 'holidays',
    });
  });

  it('« elle ira au centre mercredi » is the Wednesday centre', () => {
    expect(read('elle ira au centre mercredi 9 septembre')).toMatchObject({ intent: 'book', dates: ['2026-09-09'], activity: 'wednesday' });
  });

  it('« au centre ville », « du centre social » are no activity', () => {
    expect(read('je vais au centre ville lundi').activity).toBeNull();
    expect(read('vacances au centre social').activity).toBeNull();
  });

  it('days mostly in the holidays make the centre de loisirs the holiday activity', () => {
    expect(read('inscrire les enfants au centre de loisirs tout le mois de juillet', '2027-05-18').activity).toBe('holidays');
    expect(read('centre de loisirs du 30 juin au 4 juillet', '2027-05-18').activity).toBe('wednesday');
  });
});

describe('marriage, a démarche of the mairie’s état civil', () => {
  it.each(['comment se marier à la mairie ?', 'on veut se marier, c’est quoi les démarches', 'dossier de mariage', 'publication des bans', 'nous voulons nous marier en juin'])(
    '« %s » is the marriage, made elsewhere than in the chat',
    (text) => {
      expect(elsewhereDemarche(text)).toBe('marriage');
      expect(read(text).intent).toBe('elsewhere_demarche');
    },
  );

  it.each([
    ['copie d’acte de mariage', 'civil_status_act'],
    ['nous ne sommes pas mariés, il nous faut un certificat de vie commune', 'cohabitation_certificate'],
  ])('« %s » stays %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});
