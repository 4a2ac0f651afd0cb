/**
 * A guard of src/nlu/intentFallback.ts found by leave-one-set-out (npm run nlu:crossval): a model that never learned
 * heldout7 line 118 (« il a quoi comme periscolaire demain mon fils ») read it as a request for the commune's contact.
 */
import { prepare } from '../../src/nlu/frenchText';
import { combine } from '../../src/nlu/intentFallback';
import type { Scorer } from '../../src/nlu/intentModel';

/** A model sure of one intent and giving every other none: it would replace any intent the rules read. */
const sureOf = (intent: string): Scorer => ({
  guess: () => ({ intent, probability: 1, probabilityOf: (i: string) => (i === intent ? 1 : 0) }),
  knows: () => true,
});

describe('a task the rules read becomes a request for a contact only where one is named', () => {
  it.each([
    ['list_bookings', 'il a quoi comme periscolaire demain mon fils'],
    ['book', 'cantine jeudi pour Léa merci'],
    ['report_absence', 'Hugo pas là lundi'],
  ])('%s: « %s »', (rules, text) => {
    expect(combine(rules as 'book', prepare(text), sureOf('contact'))).toBe(rules);
  });

  it.each(['qui dois-je appeler pour la cantine de jeudi ?', 'quel est le numéro du service périscolaire ?'])('« %s »: a contact named, the sure model is heard', (text) => {
    expect(combine('list_bookings', prepare(text), sureOf('contact'))).toBe('contact');
  });
});
