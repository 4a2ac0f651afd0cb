/**
 * A booking put aside (« retour », « menu », another task asked: topicSwitch.ts, mainInterruptions.ts), then a new
 * booking asked from the menu (« réserver la garderie le 14 »): the days kept aside come back. When the new basket is
 * planned, the days of a booking put aside for the same activity and the same children (its basket, or the days ticked
 * on its calendar) join it, said so, and that booking is no longer kept aside (its days are here now). One of another
 * activity or other children, or days to book kept while days are cancelled now (and the reverse), stays aside and is offered
 * back once the new booking ends (pausedTasks.ts offerResume).
 */
import type { DialogContext } from './dialogLibrary';
import type { Wish } from '../src/domain/reservations';
import type { Account } from '../src/domain/types';
import { mergeWishes } from './calendarCard';
import type { DialogDeps } from './dialogContext';
import { pausedAbove, type KeptTask } from './pausedStore';
import { findIn, findLastIn } from './questionAsked';
import { BOOKING_DIALOG, type BookingOptions } from './bookingSteps';

/** The options of the booking's question where it was put aside (the innermost of its steps). */
const keptOptions = (task: KeptTask): BookingOptions | undefined =>
  findLastIn(task.stack, (k, v) => k === 'options' && typeof v === 'object' && v !== null && typeof (v as BookingOptions).activityId === 'number') as BookingOptions | undefined;

const isBooking = (task: KeptTask) => findIn(task.stack, (k, v) => k === 'id' && v === BOOKING_DIALOG) !== undefined;

/** The days the booking put aside holds: its basket's (read again), else the days wished on its calendar. */
async function keptWishes(deps: DialogDeps, account: Account, options: BookingOptions): Promise<Wish[]> {
  if (typeof options.basketId !== 'number') return options.wishes ?? [];
  try {
    return (await deps.service.reservations.openBasket(account, options.basketId)).wishes;
  } catch {
    return options.wishes ?? [];
  }
}

/**
 * The wishes of the new basket with the days kept aside for the same activity and children (undefined: none taken
 * back). A booking put aside that does not match is offered back when this one ends.
 */
export async function withKeptDays(deps: DialogDeps, dc: DialogContext, account: Account, activityId: number, wishes: Wish[]): Promise<Wish[] | undefined> {
  const list = pausedAbove(dc);
  if (!list?.length || wishes.length === 0) return undefined;
  const children = new Set(wishes.map((w) => w.childId));
  let merged: Wish[] | undefined;
  for (const task of [...list].reverse().filter(isBooking)) {
    const options = keptOptions(task);
    const kept = options ? await keptWishes(deps, account, options) : [];
    // A cancellation (« annuler la cantine de Léa le 7 ») takes back no days to book kept aside, nor a booking days to cancel:
    // the basket would book what the resident did not ask for now (offered back instead).
    const sameWay = wishes.every((w) => w.action === 'remove') === kept.every((w) => w.action === 'remove');
    const matches = options?.activityId === activityId && kept.length > 0 && sameWay && kept.every((w) => children.has(w.childId));
    if (!matches) {
      // Another activity or child: offered back once this booking ends (not lost behind an offer made before).
      if (kept.length > 0) task.offered = false;
      continue;
    }
    merged = mergeWishes(kept, merged ?? wishes);
    list.splice(list.indexOf(task), 1);
  }
  return merged;
}
