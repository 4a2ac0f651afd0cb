/**
 * The family key entered by a signed-in resident: the account is linked to the household whose key it is.
 * Wrong keys are limited per account and per household, each try counted in the audit log before the key is
 * looked up (tries sent at once stay within the limits).
 */
import type { AuditRepository, AccountRepository, FamilyKeyRepository, HouseholdRepository, TryLimit, TryRepository } from './ports';
import type { Clock } from './clock';
import { keyedHash, keySelector } from './familyKey';
import { familyKeyIn } from './secretShapes';
import type { Account, Household } from './types';

export const KEY_TRIES_PER_HOUR = 5;
const MINUTE = 60_000;

export type KeyCheck =
  | { ok: true; household: Household }
  | { ok: false; reason: 'malformed' }
  | { ok: false; reason: 'wrong'; triesLeft: number }
  | { ok: false; reason: 'locked' };

export interface FamilyKeyEntryDeps {
  accounts: AccountRepository;
  familyKeys: FamilyKeyRepository;
  households: HouseholdRepository;
  audit: AuditRepository;
  tries: TryRepository;
  clock: Clock;
  secretKey: string;
}

/**
 * Links the account to the household whose family key this is. At most KEY_TRIES_PER_HOUR
 * wrong keys per account per hour, and per household per hour when the key's selector names
 * one (so that many accounts cannot share the guessing of one family's key); every try is in
 * the audit log. A locked household refuses even its right key until the hour has passed.
 * A try is counted, against both, before the key is looked up: tries sent at once stay within the limits.
 */
export async function enterFamilyKey(deps: FamilyKeyEntryDeps, account: Account, typed: string): Promise<KeyCheck> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const subject = `account:${account.id}`;
  const hourAgo = new Date(now.getTime() - 60 * MINUTE).toISOString();
  // A locked account is told so whatever it types (the reservation below is what holds the limit).
  if ((await deps.audit.count('familyKey.failed', subject, hourAgo)) >= KEY_TRIES_PER_HOUR) return { ok: false, reason: 'locked' };
  const key = familyKeyIn(typed);
  if (!key) return { ok: false, reason: 'malformed' };
  const selector = keySelector(key);
  const namedId = selector ? await deps.familyKeys.findBySelector(selector) : undefined;
  const named = namedId === undefined ? undefined : await deps.households.get(namedId);
  const target = named && named.communeId === account.communeId ? `household:${named.id}` : undefined;
  const failed = (about: string): TryLimit => ({ kind: 'audit', entry: { actor: subject, action: 'familyKey.failed', communeId: account.communeId, subject: about }, since: hourAgo, max: KEY_TRIES_PER_HOUR });
  const granted = await deps.tries.reserve(target ? [failed(subject), failed(target)] : [failed(subject)], at);
  if (!granted.ok) {
    if (granted.refused === 1) await deps.audit.append({ actor: subject, action: 'familyKey.refusedLocked', communeId: account.communeId, subject: target }, at);
    return { ok: false, reason: 'locked' };
  }
  const householdId = await deps.familyKeys.findActiveHousehold(keyedHash(key, deps.secretKey));
  const household = householdId === undefined ? undefined : await deps.households.get(householdId);
  if (!household || household.communeId !== account.communeId) {
    // The failures are in the audit log already (the reserved try).
    const triesLeft = KEY_TRIES_PER_HOUR - Math.max(...granted.used);
    return triesLeft > 0 ? { ok: false, reason: 'wrong', triesLeft } : { ok: false, reason: 'locked' };
  }
  await deps.tries.release(granted.reservation);
  await deps.accounts.linkHousehold(account.id, household.id);
  await deps.audit.append({ actor: subject, action: 'familyKey.accepted', communeId: account.communeId, subject, details: { household: household.id } }, at);
  return { ok: true, household };
}
