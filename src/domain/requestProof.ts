/**
 * A request made without an e-mail (a civil-status act sent by post, a démarche) is followed from any
 * conversation with its reference and two details the resident gave in it: a name written in the request
 * (the person of the act, the recipient, the partner) and a date of it (of birth, of the event, of the
 * marriage). A request that holds no date cannot be followed this way (the service answers by phone).
 */
import type { RequestRepository } from './ports';
import { normalizeReference, referenceNumberIn } from './requests';
import { normalize } from './text';
import type { Commune } from './types';

const NAME_FIELDS = ['lastName', 'partnerLastName', 'recipient', 'host'] as const;
const DAY_FIELDS = ['eventDay', 'birthDay', 'partnerBirthDay', 'marriageDay'] as const;

/** The days ('YYYY-MM-DD') written in a request's answers. */
export const requestDays = (data: Record<string, unknown>): string[] =>
  DAY_FIELDS.map((f) => data[f]).filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));

/** Whether the name typed is one written in the request: all its words, case and accents aside (« dupont », « Marie Dupont » for DUPONT). */
export function namesTheRequest(data: Record<string, unknown>, typed: string): boolean {
  const said = new Set(normalize(typed).split(' ').filter((w) => w.length > 0));
  if (said.size === 0) return false;
  return NAME_FIELDS.some((f) => {
    const value = data[f];
    if (typeof value !== 'string' || value.trim() === '') return false;
    const words = normalize(value).split(' ').filter((w) => w.length > 0);
    return words.length > 0 && words.every((w) => said.has(w));
  });
}

/** Whether a name and a day (read from the resident's answers) prove the request: both written in it. */
export const provesRequest = (data: Record<string, unknown>, name: string, day: string | undefined): boolean =>
  day !== undefined && requestDays(data).includes(day) && namesTheRequest(data, name);

/**
 * The request of this commune made without an e-mail that the reference typed and the details prove, or undefined.
 * The number alone (« 000123 »): this commune's reference of `year` or the year before with that number.
 */
export async function findProvenRequest(requests: Pick<RequestRepository, 'findByReference'>, commune: Commune, typed: string, proof: { name: string; day: string | undefined }, year: number) {
  const whole = normalizeReference(typed);
  const number = whole ? undefined : referenceNumberIn(typed);
  const candidates = whole ? [whole] : number ? [year, year - 1].map((y) => `${commune.requestPrefix}-${y}-${number}`) : [];
  for (const reference of candidates) {
    const found = await requests.findByReference(reference);
    if (found && found.communeId === commune.id && found.requesterEmail === '' && provesRequest(found.data, proof.name, proof.day)) return found;
  }
  return undefined;
}
