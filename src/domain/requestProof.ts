/**
 * A request made without an e-mail (a civil-status act sent by post, a démarche) is followed from any
 * conversation with its reference and two details the resident gave in it: a name written in the request
 * (the person of the act, the recipient, the partner) and a date of it (of birth, of the event, of the
 * marriage). A request that holds no date (a livret de famille asked without the marriage's day) is proven
 * with the postal address given in it instead (its house number and street); one that holds a date only with it.
 *
 * References are numbered in sequence: wrong tries are counted per reference in the audit log, like the
 * family key's (TryLimit, src/domain/ports.ts), PROOF_TRIES_PER_DAY a day whichever conversation they come
 * from; a try is counted before the request is looked up, and given back when it proves the request. A request
 * made with an e-mail and followed with it counts its wrong tries against the same limit (requestService.ts).
 */
import type { RequestRepository, TryLimit, TryRepository, TryReservation } from './ports';
import { parisDay } from './parisTime';
import { normalizeReference, referenceNumberIn } from './requests';
import { normalize, oneSlipApart } from './text';
import type { CitizenRequest, Commune } from './types';

/** Wrong tries at proving one reference, over the last 24 hours, before it is refused even with the right details. */
export const PROOF_TRIES_PER_DAY = 5;
const DAY_MS = 24 * 60 * 60_000;

const NAME_FIELDS = ['lastName', 'partnerLastName', 'recipient', 'host'] as const;
const DAY_FIELDS = ['eventDay', 'birthDay', 'partnerBirthDay', 'marriageDay'] as const;

/** What the resident said of the request: a name, and a day ('YYYY-MM-DD') or the postal address given in it. */
export interface RequestProof {
  name: string;
  day?: string;
  address?: string;
}

type StoredRequest = CitizenRequest & { data: Record<string, unknown>; locale: string | null };

export type ProofCheck = { ok: true; request: StoredRequest } | { ok: false; reason: 'wrong' | 'locked' };

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

/** Words of an address that name no street by themselves. */
const COMMON = new Set(['rue', 'avenue', 'boulevard', 'place', 'chemin', 'allee', 'impasse', 'route', 'quai', 'cours', 'square', 'residence', 'des', 'les', 'aux', 'sur', 'sous', 'bis', 'ter']);

/** An address's house number and street words (before the postal code), or undefined without both. */
function streetOf(address: string): { number: string; words: string[] } | undefined {
  const beforeCode = normalize(address).split(/\b\d{5}\b/)[0] ?? '';
  const number = /(?<!\d)\d{1,4}(?!\d)/.exec(beforeCode)?.[0];
  const words = beforeCode.split(/[\s,]+/).filter((w) => /^[a-z]{3,}$/.test(w) && !COMMON.has(w));
  return number && words.length > 0 ? { number, words } : undefined;
}

/** Whether the address typed is the request's: its house number and every word of its street (one slip in a long word). */
export function addressesTheRequest(data: Record<string, unknown>, typed: string): boolean {
  const stored = typeof data.address === 'string' ? streetOf(data.address) : undefined;
  const said = streetOf(typed);
  if (!stored || !said || stored.number !== said.number) return false;
  return stored.words.every((w) => said.words.some((s) => s === w || (w.length >= 5 && oneSlipApart(s, w))));
}

/** Whether a name and a day, or the address for a request without a date, prove the request: both written in it. */
export function provesRequest(data: Record<string, unknown>, proof: RequestProof): boolean {
  if (!namesTheRequest(data, proof.name)) return false;
  const days = requestDays(data);
  if (days.length > 0) return proof.day !== undefined && days.includes(proof.day);
  return proof.address !== undefined && addressesTheRequest(data, proof.address);
}

/** The references the resident may mean: the whole one typed, or the number alone of `year` or the year before. */
function candidates(commune: Commune, typed: string, year: number): string[] {
  const whole = normalizeReference(typed);
  if (whole) return [whole];
  const number = referenceNumberIn(typed);
  return number ? [year, year - 1].map((y) => `${commune.requestPrefix}-${y}-${number}`) : [];
}

export interface ProofDeps {
  requests: Pick<RequestRepository, 'findByReference'>;
  tries: TryRepository;
}

/**
 * A try at following the reference typed (with a name and a date, or with the e-mail), counted against every
 * reference it may mean (existing or not: the answer never tells which exist) before they are looked up: the
 * references and the try's reservation (given back when it proves right), 'locked' past PROOF_TRIES_PER_DAY
 * wrong tries in 24 hours at one of them, or undefined when nothing typed is a reference.
 */
export async function reserveFollowTry(deps: Pick<ProofDeps, 'tries'>, commune: Commune, typed: string, now: Date): Promise<{ references: string[]; reservation: TryReservation } | 'locked' | undefined> {
  const references = candidates(commune, typed, Number(parisDay(now).slice(0, 4)));
  if (references.length === 0) return undefined;
  const since = new Date(now.getTime() - DAY_MS).toISOString();
  const limits = references.map((subject): TryLimit => ({ kind: 'audit', entry: { actor: 'resident', action: 'request.proofFailed', communeId: commune.id, subject: `request:${subject}` }, since, max: PROOF_TRIES_PER_DAY }));
  const granted = await deps.tries.reserve(limits, now.toISOString());
  return granted.ok ? { references, reservation: granted.reservation } : 'locked';
}

/**
 * The request of this commune made without an e-mail that the reference typed and the details prove; past
 * PROOF_TRIES_PER_DAY wrong tries in 24 hours, the reference is `locked` (reserveFollowTry).
 */
export async function proveRequest(deps: ProofDeps, commune: Commune, typed: string, proof: RequestProof, now: Date): Promise<ProofCheck> {
  const tried = await reserveFollowTry(deps, commune, typed, now);
  if (tried === undefined) return { ok: false, reason: 'wrong' };
  if (tried === 'locked') return { ok: false, reason: 'locked' };
  for (const reference of tried.references) {
    const found = await deps.requests.findByReference(reference);
    if (found && found.communeId === commune.id && found.requesterEmail === '' && provesRequest(found.data, proof)) {
      await deps.tries.release(tried.reservation);
      return { ok: true, request: found };
    }
  }
  return { ok: false, reason: 'wrong' };
}
