/** The kinds of messages test/nlu/heldout19.jsonl (and probes around it) showed misread, each fixed in general. */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

const TODAY = '2026-12-05'; // a Saturday
const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
const read = (text: string, today = TODAY) => understand(text, { today, holidays });

describe('the sign-in code is not the family key', () => {
  it.each([
    'jai pas reçu le code',
    "je n'ai toujours pas reçu de code",
    'le code de connexion marche pas',
    'code de validation pas arrivé',
    'le code 482913 ne fonctionne pas',
    "j'attends le code depuis 10 minutes",
  ])('« %s »', (text) => {
    expect(read(text).intent).toBe('sign_in');
  });

  it.each(["je n'ai pas reçu mon code famille", 'jai pas recu le code par courrier', 'ma cle enfance marche pas'])('« %s »: the family key named', (text) => {
    expect(read(text).intent).toBe('family_key');
  });
});

describe('how a booking task goes, naming nothing of it, is help', () => {
  it.each(['comment on fait pour réserver', 'comment on fait pour annuler une reservation ?', 'comment je fais pour inscrire ?', 'et comment faire pour modifier une réservation'])('« %s »', (text) => {
    expect(read(text).intent).toBe('help');
  });

  it.each([
    ['comment faire pour inscrire ma fille à la cantine ?', 'book'],
    ['comment je fais pour annuler la cantine de vendredi ?', 'cancel_booking'],
  ])('« %s »: the task named is asked', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('a weekday with « le » in a question about opening hours is a habit, not a day', () => {
  it.each(['vous êtes ouvert le samedi ?', "a quelle heure ferme l'etat civil le mercredi", 'permanence du samedi matin c quelle heure', 'la mairie est ouverte les samedis ?'])('« %s »', (text) => {
    const r = read(text);
    expect(r.intent).toBe('opening_hours');
    expect(r.dates).toEqual([]);
  });

  it.each([
    ['la mairie est ouverte le samedi 12 ?', ['2026-12-12']],
    ['vous êtes ouverts samedi prochain ?', ['2026-12-12']],
    ['vous etes ouverts le lundi de paques ?', ['2027-03-29']],
    ['la mairie est ouverte le 24 decembre ?', ['2026-12-24']],
  ])('« %s »: one day named', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('a booking keeps its weekday: « cantine le mardi 8 et le jeudi »', () => {
    expect(read('cantine le mardi 8 et le jeudi').dates).toEqual(['2026-12-08', '2026-12-10']);
  });
});

describe('« depuis le 2 »: the day of the month alone after « depuis » is the last one', () => {
  it.each([
    ['mon chat est perdu depuis le 2', ['2026-12-02']],
    ['elle est malade depuis le 3', ['2026-12-03']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('« depuis le 2 ans » is not read as a day of the month', () => {
    expect(read('inscrit depuis 2 ans').dates).toEqual([]);
  });
});

describe('the learned model does not read a lost pet as a lost password', () => {
  it.each(['mon chat est perdu depuis le 2', "j'ai perdu mes lunettes a la mairie"])('« %s »', (text) => {
    expect(read(text).intent).not.toBe('forgot_password');
  });
});

describe('the care named by its hour', () => {
  it.each([
    ["garderie jusqu'a 18h30 mardi svp", 'evening'],
    ['garderie a partir de 7h30 lundi', 'morning'],
    ['la garderie ouvre à 7h30 ?', null],
    ["la garderie est ouverte jusqu'a 18h30 ?", null],
  ])('« %s »', (text, activity) => {
    expect(read(text).activity).toBe(activity);
  });
});

describe('« quel jour ? » is about bookings only when it speaks of the family or an activity', () => {
  it.each([
    ['les poubelles passent quel jour ?', 'unknown'],
    ['mes enfants manger cantine quels jours ?', 'list_bookings'],
  ])('« %s »', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});
