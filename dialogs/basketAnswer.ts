/**
 * What an answer at the booking basket (« Confirmer » / « Modifier » / « Abandonner ») means.
 * A « non » never drops the basket on its own:
 * - « non, plutôt le 4 décembre », « plutôt le 4 », « le 4 et le 7 »: the basket becomes those days
 *   (shown again, to confirm); « et le 4 aussi », « ajoutez le 7 »: those days are added to it;
 * - a plain « non » (or a « non » with words that name no day): the resident is asked whether to
 *   change the days or give up, and only a second « non » or « Abandonner » gives up.
 * « Abandonner » itself, or its synonyms, or a « non » with words that give up (« non laisse
 * tomber »), gives up at once.
 */
import type { Wish } from '../src/domain/reservations';
import { normalize } from '../src/domain/text';
import type { Understanding } from '../src/nlu/understand';
import { mergeWishes } from './calendarCard';
import { recognizeChoice, type ChoiceMatch, type ChoiceOption } from '../src/nlu/choice';

export type BasketAnswer =
  | { kind: 'confirm' }
  | { kind: 'modify' }
  | { kind: 'abandon' }
  /** A « non » that says neither: ask whether to change the days or give up. */
  | { kind: 'which' }
  /** New days for the basket: replacing its days, or added to them. */
  | { kind: 'days'; replace: boolean }
  | { kind: 'none' };

/** Words that add days rather than replace them (« et le 4 aussi », « ajoutez le 7 »). */
const ALSO = /\b(aussi|egalement|en plus|ajout\w*|rajout\w*|also|add|as well)\b/;
/** A « non » alone: it asks whether to change the days or give up. */
const PLAIN_NO = /^(?:non|nan|no|nope|bah non|ben non|euh non)(?: merci)?$/;

/**
 * `chosen`: the option read among those shown; `options`: those options (the third gives up and
 * means « no »); `afterNo`: the resident already said « non » once; `understood`: the answer read
 * as free text (its days).
 */
export function readBasketAnswer(text: string, chosen: ChoiceMatch | undefined, options: readonly ChoiceOption[], afterNo: boolean, understood: Understanding): BasketAnswer {
  if (chosen?.index === 0) return { kind: 'confirm' };
  const hasDays = understood.dates.length > 0;
  // « Abandonner » said as such (its label or a synonym), not a « non » read as it.
  const plain = options.map((o) => ({ label: o.label, synonyms: o.synonyms ?? [] }));
  const explicit = recognizeChoice(text, plain)?.index;
  if (chosen?.index === 2 && explicit === 2) return { kind: 'abandon' };
  // Days said with a « non », a « Modifier » or alone: the basket changes to them.
  if (hasDays) return { kind: 'days', replace: !ALSO.test(normalize(text)) };
  if (chosen?.index === 1) return { kind: 'modify' };
  // A « non » with words that give up (« non laisse tomber », « non merci », « tant pis »): given up at once.
  if (understood.intent === 'abort' && !PLAIN_NO.test(normalize(text))) return { kind: 'abandon' };
  if (chosen?.index === 2) return afterNo ? { kind: 'abandon' } : { kind: 'which' };
  return { kind: 'none' };
}

/**
 * The basket's wishes once new days are said: for the children named (else those of the basket),
 * with the basket's action (a cancellation stays one, and « annuler le 4 » cancels), replacing the
 * basket's days or added to them.
 */
export function changedWishes(current: readonly Wish[], dates: readonly string[], childIds: readonly number[], cancel: boolean, replace: boolean): Wish[] {
  const children = childIds.length ? childIds : [...new Set(current.map((w) => w.childId))];
  const action: Wish['action'] = cancel ? 'remove' : (current[0]?.action ?? 'add');
  const said = children.flatMap((childId) => dates.map((day): Wish => ({ childId, day, action })));
  return replace ? said : mergeWishes([...current], said);
}
