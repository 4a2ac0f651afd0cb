/** A request's answers on the agents' page: stored keys and codes in words, days as DD/MM/YYYY, the unknown shown as stored. */
import path from 'node:path';
import { answerRows } from '../../src/agents/requestAnswers';
import { Texts } from '../../src/i18n';
import { ROOT } from '../support/harness';

const t = Texts.create(path.join(ROOT, 'locales')).for('fr');

it('words a civil-status act\'s answers', () => {
  const rows = answerRows(t, 'civil_status_act', { kind: 'birth', format: 'extract_with_parents', relation: 'ascendant', place: 'Villennes-sur-Seine', lastName: 'LEROY', eventDay: '2018-03-14', parents: null });
  expect(rows).toEqual([
    ['Acte', 'Acte de naissance'],
    ['Forme', 'Extrait avec filiation'],
    ["Lien avec la personne de l'acte", 'Son parent ou grand-parent'],
    ['Lieu', 'Villennes-sur-Seine'],
    ['Nom', 'LEROY'],
    ["Date de l'événement", '14/03/2018'],
    ['Parents', '—'],
  ]);
});

it('names the phone given instead of an e-mail', () => {
  expect(answerRows(t, 'civil_status_act', { lastName: 'MARTIN', phone: '0612345678' })).toEqual([
    ['Nom', 'MARTIN'],
    ['Téléphone', '0612345678'],
  ]);
});

it('words another démarche\'s answers and its papers brought to the counter, and keeps what it cannot word', () => {
  const rows = answerRows(t, 'family_booklet', { reason: 'lost', marriageDay: '2012-06-15', children: 2, papersAtCounter: ['identity'], extra: { a: 1 }, mystery: 'x' });
  expect(rows).toEqual([
    ['Motif', 'Perte, vol ou destruction'],
    ['Date du mariage', '15/06/2012'],
    ['Enfants', '2'],
    ['Pièces apportées au guichet', "Pièce d'identité"],
    ['extra', '{"a":1}'],
    ['mystery', 'x'],
  ]);
});
