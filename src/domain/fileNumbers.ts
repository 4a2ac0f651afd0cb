/**
 * A family file's number as an agent types it: « csp-f-000101 », « CSP F 000101 » and
 * « CSP-F-000101 » name the same file. Compared by its key: capitals and digits only.
 */
import type { HouseholdRepository } from './ports';
import type { Household } from './types';

/** « csp f 000101 » → « CSPF000101 »: accents, case, spaces and punctuation aside. */
export const fileNumberKey = (typed: string): string =>
  typed.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z0-9]/g, '');

/**
 * The commune's household with this number: as stored first, else the only one with the same key
 * (two files differing only by their dashes or case name no one: undefined).
 */
export async function findHousehold(repo: Pick<HouseholdRepository, 'findByFileNumber' | 'findByFileNumberKey'>, communeId: string, typed: string): Promise<Household | undefined> {
  const exact = await repo.findByFileNumber(communeId, typed.trim());
  if (exact) return exact;
  const key = fileNumberKey(typed);
  if (!key) return undefined;
  const found = await repo.findByFileNumberKey(communeId, key);
  return found.length === 1 ? found[0] : undefined;
}
