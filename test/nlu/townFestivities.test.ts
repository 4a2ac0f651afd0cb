/**
 * The town's festivities told with their day (« on ira voir le feu d'artifice du 14 juillet », « la brocante du 3 mai »): talk,
 * never a booking nor an absence; another day said beside them is read in their month (« …, pas de garderie le 15 »: 15 July).
 * Asked about (« c'est à quelle heure le feu d'artifice du 14 juillet ? »): an hours question. Today: Sunday 6 December 2026.
 */
import { understand } from '../../src/nlu/understand';

const read = (text: string) => understand(text, { today: '2026-12-06', fallback: false });

it.each(["le feu d'artifice du 14 juillet", "on ira voir le feu d'artifice du 14 juillet", 'on va à la brocante du 3 mai', 'on ira au bal du 13 juillet'])('« %s »: talk, no task', (text) => {
  expect(read(text).intent).toBe('unknown');
});

it("« c'est à quelle heure le feu d'artifice du 14 juillet ? »: an hours question", () => {
  expect(read("c'est à quelle heure le feu d'artifice du 14 juillet ?").intent).toBe('opening_hours');
});

it.each([
  ["on va au feu d'artifice du 14 juillet, pas de garderie le 15", ['2027-07-15']],
  ["après le feu d'artifice du 14 juillet, annuler la cantine le 15", ['2027-07-15']],
])('« %s »: the day asked beside it, %j', (text, dates) => {
  expect(read(text).dates).toEqual(dates);
});
