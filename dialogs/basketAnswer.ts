/**
 * What an answer at the booking basket (« Confirmer » / « Modifier » / « Abandonner ») means.
 * A « non » never drops the basket on its own:
 * - « non, plutôt le 4 décembre », « plutôt le 4 », « le 4 et le 7 »: the basket becomes those days
 *   (shown again, to confirm); « et le 4 aussi », « ajoutez le 7 », « finalement si le 18 »: those days are added to it;
 *   « pas le 15 », « sauf le 15 », « sans le 15 », « enlever le 15 » (and « annuler le 15 » in a basket
 *   of days to book): those days leave it; in a basket of cancellations, « garde le 23 », « laisse le 25 »
 *   (do not cancel them) too;
 * - a plain « non » (or a « non » with words that name no day): the resident is asked whether to
 *   change the days or give up, and only a second « non » or « Abandonner » gives up.
 * « Abandonner » itself, or its synonyms, or a « non » with words that give up (« non laisse
 * tomber »), gives up at once.
 */
import type { Wish } from '../src/domain/reservations';
import { normalize } from '../src/domain/text';
import type { Understanding } from '../src/nlu/understand';
import { mergeWishes } from './calendarCard';
import { nthWeek, weekOrdinal } from '../src/nlu/weekOrdinal';
import { recognizeChoice, type ChoiceMatch, type ChoiceOption } from '../src/nlu/choice';
import { addThenDrop, dayForDay, KEEP, swapDays, WITHOUT, withoutNames } from './daysTakenOut';

export type DaysMode = 'replace' | 'add' | 'drop';

export type BasketAnswer =
  | { kind: 'confirm' }
  | { kind: 'modify' }
  | { kind: 'abandon' }
  /** A « non » that says neither: ask whether to change the days or give up. */
  | { kind: 'which' }
  /** Days said for the basket: its days become them, are added to them, or leave it. */
  | { kind: 'days'; mode: DaysMode }
  | { kind: 'none' };

/**
 * Words that add days rather than replace them (« et le 4 aussi », « ajoutez le 7 », « and the 19th too », « zut j'ai oublié Hugo »), or put a day
 * taken out back (« finalement si le 18 », « en fait si le 18 », « remets le 18 », « put the 18th back »).
 */
const ALSO =
  /\b(aussi|egalement|en plus|ajout\w*|rajout\w*|remet\w*|remettr\w*|oublie|also|add|as well|too|back|forgot)\b|(?:^|\b(?:finalement|en fait|enfait|ah|oh|bon|mais|non|euh|et)\s+)si\b/;
/** An answer opening on « et » (« et le 12 », « et Hugo le 14 », « and the 12th »): more days, not others (not « et plutôt le 12 »). */
const AND_MORE = /^(?:et|and)\s+(?!(?:plutot|rather|non|no|pas|si)\b)/;
/** « sauf », « sans », « except », « but not »: alone before days, the date reader takes those days out of nothing. */
const EXCEPT = /\b(?:sauf|sans|except[ée]?(?: for)?|hormis|apart from|excluding|but not)\b/i;
/** A « non » alone (« ah non », « euh non »): it asks whether to change the days or give up. */
const PLAIN_NO = /^(?:(?:ah|oh|bah|ben|euh) )?(?:non|nan|no|nope)(?: merci)?$/;

/**
 * `chosen`: the option read among those shown; `options`: those options (the third gives up and
 * means « no »); `afterNo`: the resident already said « non » once; `understood`: the answer read
 * as free text (its days).
 */
export function readBasketAnswer(text: string, chosen: ChoiceMatch | undefined, options: readonly ChoiceOption[], afterNo: boolean, understood: Understanding, cancelling = false): BasketAnswer {
  // « le jeudi 4 c'était plutôt le vendredi 5 »: days, though the whole (« c'était ») may read as told in the past.
  const hasDays = understood.dates.length > 0 || dayForDay(text) !== undefined;
  // « oui mais pas le 8 »: a change of the days, not a confirmation.
  if (chosen?.index === 0 && !(chosen.rest && hasDays)) return { kind: 'confirm' };
  // « Abandonner » said as such (its label or a synonym), not a « non » read as it.
  const plain = options.map((o) => ({ label: o.label, synonyms: o.synonyms ?? [] }));
  const explicit = recognizeChoice(text, plain)?.index;
  // « je vais abandonner l'idée du mardi, mettez jeudi »: days said with it change the basket (below), they do not give it up.
  if (chosen?.index === 2 && explicit === 2 && !hasDays) return { kind: 'abandon' };
  // Days said with a « non », a « Modifier » or alone: the basket changes to them.
  if (hasDays) {
    const said = withoutNames(normalize(text), understood.children ?? (understood.child ? [understood.child] : []));
    const without = WITHOUT.test(said) || (cancelling && KEEP.test(said)) || addThenDrop(text) !== undefined || dayForDay(text) !== undefined;
    return { kind: 'days', mode: without ? 'drop' : ALSO.test(said) || AND_MORE.test(said) ? 'add' : 'replace' };
  }
  if (chosen?.index === 1) return { kind: 'modify' };
  // A « non » with words that give up (« non laisse tomber », « non merci », « tant pis »): given up at once.
  if (understood.intent === 'abort' && !PLAIN_NO.test(normalize(text))) return { kind: 'abandon' };
  if (chosen?.index === 2) return afterNo ? { kind: 'abandon' } : { kind: 'which' };
  return { kind: 'none' };
}

/**
 * The basket's wishes once days are said: for the children named (else those of the basket), with the
 * basket's action (a cancellation stays one, and « annuler le 4 » cancels), replacing the basket's days,
 * added to them, or taken out of them (« pas le 15 »; « annuler le 15 » in a basket of days to book).
 */
export function changedWishes(current: readonly Wish[], dates: readonly string[], childIds: readonly number[], cancel: boolean, mode: DaysMode): Wish[] {
  const children = childIds.length ? childIds : [...new Set(current.map((w) => w.childId))];
  const basketAction = current[0]?.action ?? 'add';
  if (mode === 'drop' || (cancel && basketAction === 'add')) return current.filter((w) => !(children.includes(w.childId) && dates.includes(w.day)));
  const action: Wish['action'] = cancel ? 'remove' : basketAction;
  const said = children.flatMap((childId) => dates.map((day): Wish => ({ childId, day, action })));
  return mode === 'replace' ? said : mergeWishes([...current], said);
}

/**
 * « pas le 11, et ajoutez Hugo aussi »: days taken out and a child not in the basket named, both at once —
 * the days leave the basket, and the child named has the days left too. Undefined when it is not that.
 */
export function droppedAndAdded(current: readonly Wish[], dates: readonly string[], childIds: readonly number[], mode: DaysMode): Wish[] | undefined {
  const own = [...new Set(current.map((w) => w.childId))];
  const added = childIds.filter((id) => !own.includes(id));
  if (mode !== 'drop' || added.length === 0) return undefined;
  const inBasket = childIds.filter((id) => own.includes(id));
  const kept = changedWishes(current, dates, inBasket, false, 'drop');
  const days = [...new Map(kept.map((w) => [w.day, w.action])).entries()];
  return mergeWishes(kept, added.flatMap((childId) => days.map(([day, action]): Wish => ({ childId, day, action }))));
}

/**
 * « non, pour les deux », « c'est pour Hugo », « pour Hugo aussi »: the basket's days for the children said
 * (with « aussi », added to its own); undefined when none is said or they are the basket's already.
 */
export function childrenChanged(text: string, current: readonly Wish[], childIds: readonly number[]): Wish[] | undefined {
  const own = [...new Set(current.map((w) => w.childId))];
  const wanted = ALSO.test(normalize(text)) ? [...new Set([...own, ...childIds])] : [...new Set(childIds)];
  if (wanted.length === 0 || (wanted.length === own.length && wanted.every((id) => own.includes(id)))) return undefined;
  const days = [...new Map(current.map((w) => [w.day, w.action])).entries()];
  return wanted.flatMap((childId) => days.map(([day, action]): Wish => ({ childId, day, action })));
}

/** « enlève la 2e semaine », « juste la première semaine » said of the days chosen (a basket's): the days of that week of theirs. */
export function withWeekOf(understood: Understanding, text: string, wishes: readonly Wish[]): Understanding {
  const week = understood.dates.length === 0 ? weekOrdinal(normalize(text)) : undefined;
  if (week === undefined) return understood;
  const dates = nthWeek([...new Set(wishes.map((w) => w.day))], week);
  return dates.length ? { ...understood, dates } : understood;
}

/** « mais » before the days taken out (« oui mais pas le 8 »): the date reader then takes them out of nothing. */
const BUT = /\bmais\s+(?=pas\b|sans\b|sauf\b)/gi;

/** The answer read as free text; « sauf le 15 », « sans le 15 », « mais pas le 15 » read as « pas le 15 » (the days to take out), its intent kept. */
export function readWithExceptions(text: string, read: (text: string) => Understanding): Understanding {
  const understood = read(text);
  if (understood.dates.length > 0) return understood;
  const asPas = EXCEPT.test(text) || new RegExp(BUT.source, 'i').test(text) ? read(text.replace(BUT, '').replace(new RegExp(EXCEPT.source, 'gi'), 'pas')) : understood;
  if (asPas.dates.length > 0) return { ...asPas, intent: understood.intent };
  // « pas le 7 et pas le 8 »: the days after each « pas » (those to take out).
  if (!/\bpas\b/i.test(text)) return understood;
  return { ...read(text.replace(/\b(?:mais\s+)?pas\s+(?=(?:le|la|les|du|l)\b|\d|lundi|mardi|mercredi|jeudi|vendredi)/gi, '')), intent: understood.intent };
}

/** « pas le lundi, le mardi » (see swapDays): the days taken out leave the basket, those said instead join it; undefined otherwise. */
export function swapped(current: readonly Wish[], text: string, childIds: readonly number[], mode: DaysMode, read: (text: string) => Understanding): Wish[] | undefined {
  const swap = mode === 'drop' ? swapDays(text, read) : undefined;
  if (!swap) return undefined;
  if (swap.only) return changedWishes(current, swap.into, childIds, false, 'replace');
  return changedWishes(changedWishes(current, swap.out, childIds, false, 'drop'), swap.into, childIds.length ? childIds : [...new Set(current.map((w) => w.childId))], false, 'add');
}
