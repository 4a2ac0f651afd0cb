/**
 * A time of an activity asked (« mon fils peut rester à la garderie jusqu'à quelle heure ») is its hours, and a diet said as
 * what the child does not eat (« mon fils mange pas de porc ») asks nothing of a day: neither is a booking nor an absence.
 * With a booking's verb or a day, the task stays. Today is Monday 7 December 2026.
 */
import { checkIntents, row } from '../support/intentTable';

describe("an activity's time asked", () => {
  checkIntents([
    row('je travail tard le soir mon fils peut rester a la garderie jusqu a quelle heure', 'opening_hours'),
    row("ma fille peut rester à l'étude jusqu'à quelle heure ?", 'opening_hours'),
    row("l'accueil du matin commence à quelle heure", 'opening_hours'),
    row('a quelle heure je dois venir chercher ma fille a la garderie', 'opening_hours'),
    row('le centre de loisirs ouvre a partir de quelle heure le mercredi', 'opening_hours'),
    // A booking's verb with it: the booking (or its deadline, asked in the booking).
    row('je voudrais inscrire mon fils à la garderie du soir mardi, elle finit à quelle heure ?', 'book', ['2026-12-08']),
  ]);
});

describe('a diet told', () => {
  checkIntents([
    row('mon fils mange pas de porc', 'unknown'),
    row('ma fille ne mange pas de viande', 'unknown'),
    row('mes enfants mangent pas de porc', 'unknown'),
    // A day with it: the absence.
    row('il mange pas a la cantine demain', 'report_absence', ['2026-12-08']),
  ]);
});
