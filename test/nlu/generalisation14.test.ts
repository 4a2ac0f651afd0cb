/**
 * Round 14 (test/nlu/heldout14.jsonl: numbers that are not days; heldout15.jsonl: days written out in a holiday,
 * stopping, questions about bookings, help): each kind of misreading fixed in general, asserted on other phrasings
 * than the sets', with the near messages that must not change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));

/** A Wednesday, before the winter holidays (6 to 21 February 2027). */
const TODAY = '2027-01-20';
const read = (text: string, today = TODAY) => understand(text, { today, holidays, fallback: false });
const expectDates = (cases: Array<[string, string[]]>, today = TODAY) =>
  it.each(cases)('« %s » gives %j', (text, dates) => {
    expect(read(text, today).dates).toEqual(dates);
  });

describe('a count is not a day, whatever follows it', () => {
  expectDates([
    ['pas de cantine pour les 2, on mange chez mamie', []],
    ['la garderie des 3 lundi svp', ['2027-01-25']],
    ['absents les 2 vendredi', ['2027-01-22']],
    ['cantine pour les 2 et leur cousin jeudi', ['2027-01-21']],
    // near: lists of days stay days
    ['cantine les 2, 3 et 4 février', ['2027-02-02', '2027-02-03', '2027-02-04']],
    ['cantine les 2 et 3 février', ['2027-02-02', '2027-02-03']],
  ]);
});

describe('beside a price, a decimal is an amount', () => {
  expectDates([
    ['le repas coûte 3,45 ou 4,10 selon le quotient ?', []],
    ['tarif garderie 2,10 ou 1,80 ?', []],
    // near: a day written with a dot, and a day beside an amount
    ['cantine le 4.02 svp', ['2027-02-04']],
    ['cantine le 4.02, la facture de 45,60 € est payée', ['2027-02-04']],
  ]);
});

describe('days written out in a named holiday are those days, in that holiday', () => {
  expectDates([
    ['centre pendant les vacances de printemps le 6, 7 et 8 avril', ['2027-04-06', '2027-04-07', '2027-04-08']],
    ['vacances d hiver : centre seulement 15 16 février', ['2027-02-15', '2027-02-16']],
    // near: the days before the holidays are not moved into them
    ['avant les vacances de février, cantine le 25 et le 26', ['2027-01-25', '2027-01-26']],
  ]);
});

describe('said early in January: the holiday’s month for days without one, « jan »', () => {
  expectDates(
    [
      ['vacances de février du 8 au 12 au centre pour Mia', ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12']],
      ['centre de loisirs merc 20 jan pr Amel', ['2027-01-20']],
    ],
    '2027-01-11',
  );
});

describe('a holiday said with « après » or « avant » is when, not its days', () => {
  expectDates([
    ['après les vacances d hiver je voudrais inscrire Hugo à l étude', []],
    ['on part une semaine avant les vacances de printemps, Lea sera absente', []],
    // near: « pendant » gives them
    ['centre de loisirs pendant les vacances d hiver', [...Array(16)].map((_, i) => `2027-02-${String(6 + i).padStart(2, '0')}`)],
  ]);
});

describe('a day already so, a week pointing back, a correction in SMS, a day told in the past', () => {
  expectDates([
    ['Léa mange déjà à la cantine le jeudi 28, pouvez-vous ajouter le vendredi 29 ?', ['2027-01-29']],
    ['cantine le 2 et le 4 mars, mon mari est en déplacement cette semaine-là', ['2027-03-02', '2027-03-04']],
    ['cantine le 8 et 9 mars, nn le 9 et 11', ['2027-03-09', '2027-03-11']],
    ['Yanis a été absent lundi et mardi, gastro', ['2027-01-18', '2027-01-19']],
    ['je vous ai envoyé un mail lundi, toujours pas de réponse', []],
    ['comme je vous l ai dit au téléphone mardi, plus de cantine à partir du 1er mars', ['2027-03-01']],
    ['centre aéré 15 février à 17 février', ['2027-02-15', '2027-02-16', '2027-02-17']],
    // near: a day still asked
    ['Léa mange à la cantine le jeudi 28 et le vendredi 29', ['2027-01-28', '2027-01-29']],
    ['il sera absent lundi et mardi', ['2027-01-25', '2027-01-26']],
  ]);
});

describe('the centre on holiday days, the holiday club', () => {
  it.each([
    ['vacs d hiver mais juste le 8 et le 9 février pr Yanis au centre', 'holidays'],
    ['please book the holiday club from 8 to 10 February', 'holidays'],
    ['Lea au centre mercredi 27', 'wednesday'],
  ])('« %s » is %s', (text, activity) => {
    expect(read(text).activity).toBe(activity);
  });
});

describe('taking back what was said is stopping', () => {
  it.each(['non oublie ce que j ai dit', 'oubliez ma question', 'oublie ce que je viens de dire'])('« %s » is abort', (text) => {
    expect(understand(text, { today: TODAY, fallback: false, model: false }).intent).toBe('abort');
  });
  it('« j ai oublié mon mot de passe » stays forgot_password', () => {
    expect(understand('j ai oublié mon mot de passe', { today: TODAY, fallback: false, model: false }).intent).toBe('forgot_password');
  });
});

describe('living now at a street address is a change of address', () => {
  const intentOf = (text: string) => understand(text, { today: TODAY, fallback: false, model: false }).intent;
  it.each([
    ['j habite au 4 rue des Écoles maintenant', 'update_contact'],
    ['nous habitons désormais au 18 bis avenue Foch', 'update_contact'],
    ['we moved to 3 rue Pasteur', 'update_contact'],
    // near: an address said beside a booking, a certificate
    ['j habite au 12 rue des lilas, cantine lundi pour Lea', 'book'],
    ['certificat de vie commune, on habite ensemble au 30 rue Gambetta depuis 2 ans', 'cohabitation_certificate'],
  ])('« %s » is %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
});

describe('the day the family leaves or comes back is the story when other days are asked', () => {
  expectDates([
    ['nous partons en vacances le 12 février, pouvez-vous inscrire Samuel au centre du 8 au 10 février ?', ['2027-02-08', '2027-02-09', '2027-02-10']],
    ['nous partons demain et rentrerons le dimanche 31 janvier, absence de Lea du 21 au 29 janvier', ['2027-01-21', '2027-01-22', '2027-01-23', '2027-01-24', '2027-01-25', '2027-01-26', '2027-01-27', '2027-01-28', '2027-01-29']],
    // near: said alone, it is the day
    ['nous partons le 12 février, Lea sera absente', ['2027-02-12']],
  ]);
});

describe('« la semaine d’après » said alone is the one after next week', () => {
  expectDates([
    ['cantine la semaine d apres du lundi au vendredi', ['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-04', '2027-02-05']],
    // near: « la semaine prochaine » is next week
    ['cantine la semaine prochaine du lundi au vendredi', ['2027-01-25', '2027-01-26', '2027-01-27', '2027-01-28', '2027-01-29']],
  ]);
});
