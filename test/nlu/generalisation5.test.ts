/**
 * Round 5 of the held-out work (test/nlu/heldout5.jsonl): each kind of misreading fixed in general,
 * asserted on other phrasings of the same kind than the set's, with the near messages that must not change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
/** A Wednesday. */
const TODAY = '2026-11-25';
const read = (text: string, today = TODAY) => understand(text, { today, holidays, fallback: false });

describe('days told in the past tense are not days asked', () => {
  it.each([
    'ma fille avait de la fièvre du 3 au 5 novembre, la facture compte les repas',
    'il a eu la varicelle le 12 novembre, pourquoi la cantine est facturée ?',
    'Hugo a été absent du 16 au 18 novembre, pouvez-vous vérifier la facture ?',
    'nous avons payé la facture le 20 novembre',
    'elle est restée à la maison le 19 novembre',
    'ma fille s’est blessée ce matin à la récré',
  ])('« %s » gives no day', (text) => {
    expect(read(text).dates).toEqual([]);
  });

  it.each([
    ['il était malade hier', ['2026-11-24']],
    ['il a vomi cette nuit il reste à la maison demain', ['2026-11-26']],
    ['elle a eu de la fièvre, elle ne viendra pas jeudi', ['2026-11-26']],
    ['j’avais réservé la cantine le 3 décembre, pouvez-vous l’annuler ?', ['2026-12-03']],
    ['la cantine a bien été réservée pour le 3 décembre ?', ['2026-12-03']],
    ['il ne mangera pas à la cantine le 3 décembre', ['2026-12-03']],
  ])('« %s » keeps its days', (text, expected) => {
    expect(read(text).dates).toEqual(expected);
  });
});
