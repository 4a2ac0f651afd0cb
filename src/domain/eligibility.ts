/**
 * Who may ask what, as the bot states it before the first question (locales: civilAct.rules,
 * demarche.<kind>.rules). The dialogs check each answer with these rules, and the request service
 * checks them again before anything is stored, whichever way the request came in.
 *
 * Sources:
 * - Décret n° 2017-890 du 6 mai 2017, art. 30: the copie intégrale (and the extrait avec filiation)
 *   of a birth act is delivered to the person concerned only if they are of age; a minor's is
 *   asked by a parent or their legal representative. Since 2006 one marries at 18 at the earliest
 *   (code civil art. 144), so the person of a marriage act is of age: no rule to check there.
 * - Code électoral, art. L11: one registers in the commune of one's domicile, or in a commune whose
 *   local taxes one has paid for two years. The bot asks which link; a resident who said they live
 *   here gives an address in the commune (its name or one of its postal codes).
 */
import type { ActFormat, ActKind, Relation } from './civilActs';
import { ageOn, fieldsFor, isAddressIn, type Answers, type DemarcheKind, DEMARCHE_KINDS } from './demarches';
import type { Commune } from './types';

/** The commune's postal codes: those of its configuration, and those written in its services' addresses. */
export function communePostalCodes(commune: Pick<Commune, 'postalCodes' | 'services'>): string[] {
  const written = commune.services.flatMap((s) => s.address?.match(/\b\d{5}\b/g) ?? []);
  return [...new Set([...(commune.postalCodes ?? []), ...written])];
}

/** Whether a postal address is in this commune: its name or one of its postal codes appears in it. */
export const isInCommune = (address: string, commune: Pick<Commune, 'name' | 'postalCodes' | 'services'>): boolean =>
  isAddressIn(address, commune.name, communePostalCodes(commune));

export interface ActRequest {
  kind?: ActKind;
  format?: ActFormat;
  relation?: Relation;
  /** The day of the event: for a birth act, the birth date of the person of the act. */
  eventDay?: string;
}

/**
 * Whether a resident asks for the copie intégrale or the extrait avec filiation of their own birth
 * act while under 18 ('YYYY-MM-DD' today, Paris): a parent or legal representative must ask it.
 */
export function minorOwnAct(act: ActRequest, today: string): boolean {
  if (act.kind !== 'birth' || act.relation !== 'self' || !act.format || act.format === 'extract_without_parents') return false;
  return typeof act.eventDay === 'string' && ageOn(act.eventDay, today) < 18;
}

/** The first answer that must be in the commune and is not: its field, or undefined. */
export function addressElsewhere(kind: DemarcheKind, answers: Answers, commune: Commune): string | undefined {
  return fieldsFor(kind, answers).find((f) => f.input.type === 'addressHere' && typeof answers[f.id] === 'string' && !isInCommune(String(answers[f.id]), commune))?.id;
}

export type Refusal = 'minorOwnAct' | 'addressElsewhere';

/** The rule a request's data breaks, or undefined when it may be stored (checked by the request service). */
export function requestRefusal(kind: string, data: Record<string, unknown>, commune: Commune, today: string): Refusal | undefined {
  if (kind === 'civil_status_act') return minorOwnAct(data as ActRequest, today) ? 'minorOwnAct' : undefined;
  if ((DEMARCHE_KINDS as readonly string[]).includes(kind) && addressElsewhere(kind as DemarcheKind, data as Answers, commune)) return 'addressElsewhere';
  return undefined;
}
