/**
 * A booking's reference said (« annuler la réservation CSP-RES-2026-000004 », « où en est ma réservation
 * RES-2026-4 »): given at a booking's confirmation, never a démarche's reference. Its commune prefix may be
 * left out (the commune's own then).
 */
import { prepare } from './frenchText';

const REFERENCE = /\b(?:([a-z]{2,5})[\s-]*)?res[\s-]*(20\d{2})[\s-]*(\d{1,6})\b/i;
/** Words that cancel what the reference booked. */
const CANCEL = /\b(?:annul\w*|supprim\w*|enlev\w*|retir\w*|desinscri\w*|cancel\w*)\b/;

export interface SaidBookingReference {
  /** The commune prefix said, upper case (undefined: not said). */
  prefix?: string;
  /** The rest: RES-2026-000004. */
  rest: string;
}

export function bookingReferenceIn(text: string): SaidBookingReference | undefined {
  const m = REFERENCE.exec(text);
  if (!m) return undefined;
  return { ...(m[1] ? { prefix: m[1].toUpperCase() } : {}), rest: `RES-${m[2]}-${(m[3] as string).padStart(6, '0')}` };
}

/** « annuler la réservation … », « supprimez … »: the reference's days to cancel (else: what it booked, shown). */
export const cancelsReference = (text: string): boolean => CANCEL.test(prepare(text));
