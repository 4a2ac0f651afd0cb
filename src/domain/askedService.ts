/**
 * Which of the commune's services answers a practical question that names one (« horaires de la
 * mairie », « numéro de la régie »). A service the commune's file describes is that service. One it
 * does not describe (Carrières-sur-Seine's file holds only its SEJ, Chanteloup-les-Vignes' only its
 * guichet unique) is never replaced silently by another: the answer says the file does not hold it,
 * gives the services whose hours the file does give, and the service that answers that kind of
 * question (the commune's topics), to contact instead.
 */
import type { Commune, CommuneService, ServiceCode, Topic } from './types';

/** The topic a service answers, to find who answers it where the commune has no such service. */
const TOPIC_OF: Record<ServiceCode, Topic> = {
  mairie: 'general',
  guichet_unique: 'general',
  sej: 'booking',
  regie: 'invoices',
  etat_civil: 'requests',
  periscolaire: 'booking',
  scolaire: 'booking',
  inscriptions: 'familyKey',
};

export type AskedService =
  | { kind: 'held'; service: CommuneService }
  /**
   * `known`: the services whose hours the file gives; `instead`: who answers that kind of question; `absent`: a service named
   * after another commune's own organisation (« le SEJ » of Carrières-sur-Seine): this commune has none (not just unknown).
   */
  | { kind: 'notHeld'; code: ServiceCode; known: CommuneService[]; instead?: CommuneService; absent?: true };

/**
 * Services that exist where a commune organised itself so (a Scolaire-Enfance-Jeunesse service, a guichet unique): a commune
 * whose file does not hold one has none. A mairie, an état civil, a régie, the school services exist everywhere, known or not.
 */
const OWN_ORGANISATION: ReadonlySet<ServiceCode> = new Set(['sej', 'guichet_unique']);

/** The commune's general service (its topic « general »), else its first. */
export function generalService(commune: Commune): CommuneService | undefined {
  return commune.services.find((s) => s.code === commune.topics.general) ?? commune.services[0];
}

/** The service that answers for this code's topic: the service itself when the commune has it. */
export function answeringService(commune: Commune, code: ServiceCode | undefined): CommuneService | undefined {
  if (!code) return generalService(commune);
  const direct = commune.services.find((s) => s.code === code);
  if (direct) return direct;
  const viaTopic = commune.topics[TOPIC_OF[code]];
  return commune.services.find((s) => s.code === viaTopic) ?? generalService(commune);
}

/** The service asked for, as the commune's file holds it or not. */
export function askedService(commune: Commune, code: ServiceCode): AskedService {
  const direct = commune.services.find((s) => s.code === code);
  if (direct) return { kind: 'held', service: direct };
  const instead = answeringService(commune, code);
  return { kind: 'notHeld', code, known: commune.services.filter((s) => s.hours !== undefined), ...(instead ? { instead } : {}), ...(OWN_ORGANISATION.has(code) ? { absent: true as const } : {}) };
}
