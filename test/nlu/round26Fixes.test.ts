/** The kinds of messages found misread in a round of fresh messages, each fixed in general (today Monday 7 December 2026). */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
const read = (text: string, today = '2026-12-07') => understand(text, { today, holidays, fallback: false });

describe('a day named with its month in the last weeks is just past, not next year', () => {
  it.each([
    ['Bonjour, suite a mon appel du 2 decembre je confirme: etude du soir le mardi 8 et le jeudi 10.', ['2026-12-08', '2026-12-10']],
    ['je vous ecris car le 3 decembre j ai reserve la cantine par erreur pour le mercredi 9, pouvez vous l annuler', ['2026-12-09']],
    ['on a demenage le 15 novembre, pouvez vous inscrire Sarah a la cantine lundi 14', ['2026-12-14']],
    ['Cantine demain pour Yanis (PAI signe le 12 septembre)', ['2026-12-08']],
    ['Pour info, notre rdv du 2 decembre a ete reporte. Du coup Lucie ira a la garderie du soir le 8.', ['2026-12-08']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('alone, a day named with its month is still the next one', () => {
    expect(read('cantine le 2 decembre').dates).toEqual(['2027-12-02']);
    expect(read('cantine le 5 octobre').dates).toEqual(['2027-10-05']);
  });
});

describe('more ways to say stop', () => {
  it.each([
    'fin de la demande',
    'arrete de me poser des questions',
    'arretez de me demander des trucs',
    'cessez de m envoyer des messages',
    'ne me pose plus de questions',
    'arrete tes questions',
    'jen ai marre de vos questions, stop',
    'pas la peine de continuer',
    'stop c bon jai fini',
    'stop asking me questions',
  ])('« %s » is a stop', (text) => {
    expect(read(text).intent).toBe('abort');
  });

  it.each(['je veux poser des questions', 'envoyer des messages', 'je voudrais vous poser des questions sur la cantine'])('« %s » is no stop', (text) => {
    expect(read(text).intent).not.toBe('abort');
  });
});

describe('a weekday placed by its week', () => {
  it.each([
    ['cantine dans 3 semaines le lundi', ['2026-12-28']],
    ['cantine dans 2 semaines le jeudi', ['2026-12-24']],
    ['garderie le jeudi dans 2 semaines', ['2026-12-24']],
    ['cantine mardi 15 et le mercredi de la meme semaine', ['2026-12-15', '2026-12-16']],
    ['Enzo sera absent le mardi 15 et le mercredi de la meme semaine', ['2026-12-15', '2026-12-16']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('« dans 2 semaines » alone is still that day', () => {
    expect(read('dans 2 semaines cantine').dates).toEqual(['2026-12-21']);
  });
});

describe('an event told after its day is the story', () => {
  it.each([
    ['le 8 c mon anniv, jprend la garderie du soir le 9', ['2026-12-09']],
    ['cantine le 14 (le 13 c l anniv de sa soeur)', ['2026-12-14']],
    ['vendredi 11 y a le spectacle, garderie du soir jeudi', ['2026-12-10']],
  ])('« %s »', (text, dates) => {
    expect(read(text).dates).toEqual(dates);
  });

  it('alone, the day of the event is still read', () => {
    expect(read("le 12 c'est son anniversaire, pas de cantine").dates).toEqual(['2026-12-12']);
  });
});

describe('asking what the bot can do is help', () => {
  it.each(['bonsoir, je voudrais savoir ce que vous pouvez faire', 'dites moi ce que tu sais faire ?'])('« %s »', (text) => {
    expect(read(text).intent).toBe('help');
  });

  it('about a task, it is that task', () => {
    expect(read('je voudrais savoir ce que vous pouvez faire pour la cantine de jeudi').intent).not.toBe('help');
  });
});
