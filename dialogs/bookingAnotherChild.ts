/**
 * At the activity question of a request that named its children (« le centre de loisirs pour Léa en février »), a whole
 * request for another child of the family (« annuler la cantine de hugo jeudi »): read as that request, from its start.
 * It was read as the activity's answer for Léa, its days in the month of hers (« Léa, 4 février : non retenu »).
 * Where no child was named yet (« réserver », then « garderie du soir pour léa lundi »), a request naming one is read from
 * its start too: the child was dropped, and the activity's only child booked in her place.
 */
import type { BookableActivity } from '../src/domain/reservations';
import { normalize } from '../src/domain/text';
import type { DialogDeps } from './dialogContext';
import type { BookingOptions } from './bookingSteps';

/**
 * A booking or a cancellation said at the activity question for a child of the family other than those the request named
 * (« annuler la cantine de hugo jeudi » once Léa's holidays were asked): that request, from its start; undefined otherwise.
 */
export function anotherChildsRequest(deps: DialogDeps, text: string, all: readonly BookableActivity[], options: BookingOptions): BookingOptions | undefined {
  const named = options.childNames ?? [];
  const names = [...new Set(all.flatMap((b) => b.children.map((c) => c.firstName)))];
  const said = normalize(text);
  const others = names.filter((n) => !named.includes(n) && new RegExp(`\\b${normalize(n)}\\b`).test(said));
  if (!others.length) return undefined;
  const understood = deps.understand(text, names);
  // No child named before: a whole request only (an activity or days said with the child), not « Léa » alone.
  if (!named.length && !understood.activity && !understood.dates.length) return undefined;
  const intent = understood.intent;
  // « annuler », then « la cantine de léa jeudi »: still a cancellation (the request's own words are read for a named child's).
  const cancel = intent === 'cancel_booking' || (!named.length && options.cancel === true);
  return intent === 'book' || intent === 'cancel_booking' ? { text, cancel } : undefined;
}
