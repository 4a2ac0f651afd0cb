/**
 * Days said again while the sign-in a booking asked for waits (« je dois inscrire Hugo à la garderie la semaine
 * prochaine », then « seulement lundi et mardi en fait » at « Quelle est l'adresse e-mail de votre espace ? »): the
 * booking's first message is completed with them and read whole once signed in (the recognizer reads a correction
 * inside one message). What will be booked is said back; the e-mail question is asked again. Before this, the days
 * were lost: « C'est en cours » was said, and the whole week came in the basket.
 */
import type { DialogContext } from './dialogLibrary';
import type { Understanding } from '../src/nlu/understand';
import { BOOKING_DIALOG, FLOW, type BookingOptions } from './bookingSteps';
import { SIGN_IN_DIALOG } from './signInDialog';
import { LINK_AWAITED_DIALOG } from './linkAwaitedDialog';
import { childAt } from './questionAsked';
import { normalize } from '../src/domain/text';
import { prepare } from '../src/nlu/frenchText';
import { schoolCalendarQuestion } from '../src/nlu/schoolCalendarQuestion';
import { daysSwapped, swapDays } from './daysTakenOut';
import { isKnownFirstName } from '../src/nlu/firstNames';

/** `about`: a day of the request, so that a weekday said alone is of its week. */
type Understand = (text: string, about?: string) => Understanding;

/** « quand… ? », « c'est quand… », « quels jours… », « est-ce que… »: a question opening the message. */
const ASKS = /^(?:(?:euh|bon|et|mais|non|alors|en fait)\s+)*(?:c(?: est)? quand|quand|quels?|quelles?|est ce|combien|pourquoi|comment)\b/;

/** « aussi », « en plus », « également », « plus le mercredi », « ajoutez », « too »: days added to the request. */
const ADDS = /\b(?:aussi|egalement|en plus|en outre|plus (?:le|la|les|l|du|des)|ajout\w*|rajout\w*|too|also|as well)\b/;

/** « pas », « sans », « en fait », « plutôt », « seulement »: a child taken out or said instead (not a name typed alone). */
const CHILD_CUE = /\b(?:pas|sans|sauf|plutot|en fait|finalement|seulement|juste|que|uniquement|retir\w*|enlev\w*|not|only|without|instead)\b/;

/** A first name said (« pas hugo le 15 »): no family known before the sign-in, the names French parents give. */
const namesAChild = (text: string): boolean => normalize(text).split(/[^a-z-]+/).some((word) => word.length > 1 && isKnownFirstName(word));

/**
 * The booking's request completed with `text` (days said, of the same activity or none named): the request as it now
 * reads, or undefined when no booking waits for its sign-in or the message does not add days to it.
 */
export function completeBookingAtSignIn(innerDc: DialogContext, text: string, said: Understanding, understand: Understand): (Understanding & { replayed?: boolean }) | undefined {
  // « non que le jeudi » alone reads as no task: its days are what it says. « en fait pas hugo », « retire hugo le 15 »: a child.
  const child = namesAChild(text) && !ADDS.test(normalize(text)) && (said.dates.length > 0 || CHILD_CUE.test(normalize(text)));
  if (!child && ((said.intent !== 'book' && said.intent !== 'unknown') || said.dates.length === 0)) return undefined;
  if (child && said.intent !== 'book' && said.intent !== 'unknown' && said.intent !== 'cancel_booking') return undefined;
  // « c quand les vacances de noel ? », « quels jours c'est ouvert à Noël ? »: a question, answered aside; it adds no days.
  if (schoolCalendarQuestion(prepare(text)) || ASKS.test(normalize(text))) return undefined;
  const flow = childAt(innerDc, BOOKING_DIALOG);
  // At the sign-in, or by SMS at the wait for the family file linked in the web chat (linkAwaitedDialog.ts).
  if (flow?.activeDialog?.id !== SIGN_IN_DIALOG && flow?.activeDialog?.id !== LINK_AWAITED_DIALOG) return undefined;
  const state = flow.stack.find((d) => d.id === FLOW)?.state as { options?: BookingOptions } | undefined;
  const options = state?.options;
  // A card submitted or a reference followed: no first message to complete.
  if (!options?.text || options.submit || options.cancel) return undefined;
  const first = understand(options.text);
  // « et la cantine le 17 » while the evening care was asked: another activity, left to the booking once signed in.
  if (first.intent !== 'book' || (said.activity && first.activity && said.activity !== first.activity)) return undefined;
  // « pas hugo le 15 », « en fait pas hugo », « hugo seulement le 17 »: a child's own days, which the request's words cannot
  // say; kept as said and read at the basket once signed in (BookingOptions.replay), as if said there.
  if (child) {
    options.replay = [...(options.replay ?? []), text];
    return { ...first, dates: options.days ?? first.dates, replayed: true };
  }
  // « non pas jeudi juste vendredi », « pas le 8, le 10 »: the request's days corrected as the basket does (basketAnswer.ts),
  // its weekdays those of the request's week; its words kept, the days said with them.
  const swap = first.dates.length ? swapDays(text, (part) => understand(part, first.dates[0])) : undefined;
  if (swap) {
    options.days = daysSwapped(options.days ?? first.dates, swap);
    return { ...first, dates: options.days };
  }
  const combined = `${options.text.trim().replace(/[.!?\s]+$/u, '')}. ${text.trim()}`;
  const read = understand(combined);
  if (read.intent !== 'book' || read.dates.length === 0) return undefined;
  // « et mercredi aussi », « et Léa aussi lundi », « plus la semaine d'après »: days added, never the request's own days
  // replaced; when the request read whole loses some of them, it is left as it was (the words kept for after the sign-in).
  if (ADDS.test(normalize(text)) && !first.dates.every((day) => read.dates.includes(day))) return undefined;
  delete options.days;
  options.text = combined;
  return read;
}
