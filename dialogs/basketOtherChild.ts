/**
 * At a basket, a cancellation for another child of the activity, of days not in it: « non en fait annule plutôt le 14
 * pour Léa » at Hugo's basket to book the 21st. It was « Pas dans votre panier : le 14 », the basket kept, and « 1 »
 * next booked Hugo's 21st. Those days are cancelled for that child: instead of the basket's (« plutôt », « en fait »,
 * « finalement », « non »), else beside them, as one basket to confirm.
 */
import type { Wish } from '../src/domain/reservationTypes';
import { prepare } from '../src/nlu/frenchText';
import { mergeWishes } from './calendarCard';

const INSTEAD = /\b(?:plutot|en fait|finalement|au lieu|non|nan|instead|actually)\b/;

/** The basket's new wishes and children, or undefined when no other child of the activity is named. */
export function otherChildCancel(said: string, current: readonly Wish[], named: readonly number[], days: readonly string[]): { wishes: Wish[]; childIds: number[] } | undefined {
  const inBasket = new Set(current.map((w) => w.childId));
  const others = named.filter((id) => !inBasket.has(id));
  if (!others.length || !days.length) return undefined;
  const cancels: Wish[] = days.flatMap((day) => others.map((childId) => ({ childId, day, action: 'remove' as const })));
  if (INSTEAD.test(prepare(said))) return { wishes: cancels, childIds: others };
  return { wishes: mergeWishes(current, cancels), childIds: [...new Set([...inBasket, ...others])] };
}
