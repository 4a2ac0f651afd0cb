/**
 * At a basket, a cancellation for another child of the activity, of days not in it: « non en fait annule plutôt le 14
 * pour Léa » at Hugo's basket to book the 21st. It was « Pas dans votre panier : le 14 », the basket kept, and « 1 »
 * next booked Hugo's 21st. Those days are cancelled for that child: instead of the basket's (« plutôt », « en fait »,
 * « finalement », « non »), else beside them, as one basket to confirm.
 */
import type { Wish } from '../src/domain/reservationTypes';
import { prepare } from '../src/nlu/frenchText';
import { saysWrongChild } from '../src/nlu/wrongChild';
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

/**
 * « c'est pas le bon enfant », « c'est pour l'autre » at a basket, no child named: the one other child of the activity
 * (the basket's days moved to it), or none ([]) when that is not one child (which one is asked); undefined when not said.
 */
export function otherChildMeant(said: string, current: readonly Wish[], children: ReadonlyArray<{ id: number }>): number[] | undefined {
  if (!saysWrongChild(prepare(said))) return undefined;
  const inBasket = new Set(current.map((w) => w.childId));
  const others = children.filter((c) => !inBasket.has(c.id)).map((c) => c.id);
  return others.length === 1 ? others : [];
}
