/**
 * A request made without an e-mail (a civil-status act sent by post, a démarche) is followed from any
 * conversation with its reference and two details the resident gave in it: a name written in the request
 * (the person of the act, the recipient, the partner) and a date of it (of birth, of the event, of the
 * marriage). A request that holds no date cannot be followed this way (the service answers by phone).
 */
import { normalize } from './text';

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
