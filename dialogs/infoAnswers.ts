/**
 * Answers to practical questions, from the commune's configuration and the clock:
 * opening hours (see hoursText.ts), contacts, address.
 */
import { answerHours, type HoursAnswer } from '../src/domain/hoursAnswer';
import { parisMoment } from '../src/domain/parisTime';
import type { Commune, CommuneService, ServiceCode, Topic } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { hoursQuestion } from '../src/nlu/infoMoment';
import type { InfoQuery } from '../src/nlu/infoQuery';
import { hoursText } from './hoursText';

export { formatTime, openNow } from './hoursText';

/** When a commune has no such service, the one that answers for the same topic. */
const TOPIC_OF: Record<ServiceCode, Topic> = {
  mairie: 'general',
  guichet_unique: 'general',
  sej: 'general',
  regie: 'invoices',
  etat_civil: 'requests',
  periscolaire: 'booking',
  scolaire: 'booking',
  inscriptions: 'familyKey',
};

export function resolveService(commune: Commune, code: ServiceCode | undefined): CommuneService | undefined {
  const general = commune.services.find((s) => s.code === commune.topics.general) ?? commune.services[0];
  if (!code) return general;
  const direct = commune.services.find((s) => s.code === code);
  if (direct) return direct;
  const viaTopic = commune.topics[TOPIC_OF[code]];
  return commune.services.find((s) => s.code === viaTopic) ?? general;
}

export function contactLines(t: Translate, commune: Commune, service: CommuneService): string {
  const lines = [t('info.contact', { service: service.name })];
  if (service.phone) lines.push(t('human.phone', { phone: service.phone }));
  if (service.email) lines.push(t('human.email', { email: service.email }));
  if (service.address) lines.push(t('human.address', { address: service.address }));
  if (!service.phone && !service.email && !service.address) lines.push(t('human.noContact', { portal: commune.portalName, url: commune.portalUrl }));
  return lines.join('\n');
}

/** What an hours question answers for this service, as data (the day, open or not, the hours). */
export function hoursAnswerFor(service: CommuneService, q: InfoQuery, at: Date): HoursAnswer {
  return answerHours(service, hoursQuestion(q, parisMoment(at), q.wants === 'openNow'), at);
}

/** The answer to one practical question. */
export function answerInfo(t: Translate, locale: string, commune: Commune, q: InfoQuery, at: Date): string {
  const service = resolveService(commune, q.service);
  if (!service) return t('info.noService', { commune: commune.name });
  if (q.wants === 'contact') return contactLines(t, commune, service);
  if (q.wants === 'address') {
    return service.address ? t('info.address', { service: service.name, address: service.address }) : `${t('info.noAddress', { service: service.name })}\n${contactLines(t, commune, service)}`;
  }
  const text = hoursText(t, locale, service, hoursAnswerFor(service, q, at), at);
  // A service named alone (« guichet unique », « la régie ? »): how to reach it, then its hours.
  const namedAlone = q.wants === null && !(q.weekday || q.when || q.date || q.holiday || q.time);
  return service.hours && !namedAlone ? text : namedAlone ? `${contactLines(t, commune, service)}\n${text}` : `${text}\n${contactLines(t, commune, service)}`;
}
