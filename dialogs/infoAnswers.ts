/**
 * Answers to practical questions, from the commune's configuration and the clock:
 * opening hours of a day or of the week, « est-ce ouvert maintenant ? », contacts, address.
 */
import { hoursOn, openStatus } from '../src/domain/openingHours';
import { addDays, parisMoment, weekdayOf } from '../src/domain/parisTime';
import type { Commune, CommuneService, DayHours, ServiceCode, Topic, Weekday } from '../src/domain/types';
import { WEEKDAYS } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import type { InfoQuery } from '../src/nlu/infoQuery';
import { dayAndMonth } from './dateWords';

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

export function formatTime(t: Translate, hhmm: string): string {
  const h = String(Number(hhmm.slice(0, 2)));
  const m = hhmm.slice(3, 5);
  return m === '00' ? t('time.h', { h }) : t('time.hm', { h, m });
}

function formatPeriods(t: Translate, hours: DayHours): string {
  return hours.map(([from, to]) => t('info.period', { from: formatTime(t, from), to: formatTime(t, to) })).join(t('info.periodsJoin'));
}


export function weekHours(t: Translate, service: CommuneService): string {
  const lines = [t('info.hoursWeek', { service: service.name })];
  for (const day of WEEKDAYS) {
    const hours = hoursOn(service, day);
    if (!hours || hours.length === 0) {
      if (day !== 'sat' && day !== 'sun') lines.push(t('info.hoursDayClosed', { weekday: t(`weekday.${day}`) }));
      continue;
    }
    lines.push(t('info.hoursDay', { weekday: t(`weekday.${day}`), periods: formatPeriods(t, hours) }));
  }
  return lines.join('\n');
}

export function dayHours(t: Translate, service: CommuneService, day: Weekday): string {
  const hours = hoursOn(service, day);
  if (!hours) return t('info.noHours', { service: service.name });
  if (hours.length === 0) return t('info.closedOn', { service: service.name, weekday: t(`weekday.${day}`) });
  return t('info.hoursOn', { service: service.name, weekday: t(`weekday.${day}`), periods: formatPeriods(t, hours) });
}

export function openNow(t: Translate, locale: string, service: CommuneService, at: Date): string {
  const status = openStatus(service, at);
  if (status.state === 'unknown') return t('info.noHours', { service: service.name });
  if (status.state === 'open') return t('info.openNow', { service: service.name, closesAt: formatTime(t, status.closesAt) });
  const lines = [
    status.reason === 'holiday'
      ? t('info.closedHoliday', { service: service.name, holiday: t(`holiday.${status.holiday ?? 'unknown'}`) })
      : status.reason === 'lunch'
        ? t('info.closedNowLunch', { service: service.name })
        : t('info.closedNow', { service: service.name }),
  ];
  if (status.next) {
    const today = parisMoment(at).day;
    lines.push(
      status.next.day === today
        ? t('info.nextToday', { time: formatTime(t, status.next.opensAt) })
        : t('info.nextOn', { weekday: t(`weekday.${status.next.weekday}`), date: dayAndMonth(locale, status.next.day), time: formatTime(t, status.next.opensAt) }),
    );
  }
  return lines.join(' ');
}

export function contactLines(t: Translate, commune: Commune, service: CommuneService): string {
  const lines = [t('info.contact', { service: service.name })];
  if (service.phone) lines.push(t('human.phone', { phone: service.phone }));
  if (service.email) lines.push(t('human.email', { email: service.email }));
  if (service.address) lines.push(t('human.address', { address: service.address }));
  if (!service.phone && !service.email && !service.address) lines.push(t('human.noContact', { portal: commune.portalName, url: commune.portalUrl }));
  return lines.join('\n');
}

/** The answer to one practical question. */
export function answerInfo(t: Translate, locale: string, commune: Commune, q: InfoQuery, at: Date): string {
  const service = resolveService(commune, q.service);
  if (!service) return t('info.noService', { commune: commune.name });
  const today = parisMoment(at);
  if (q.wants === 'contact') return contactLines(t, commune, service);
  if (q.wants === 'address') {
    return service.address ? t('info.address', { service: service.name, address: service.address }) : `${t('info.noAddress', { service: service.name })}\n${contactLines(t, commune, service)}`;
  }
  const day = q.weekday ?? (q.when === 'today' ? today.weekday : q.when === 'tomorrow' ? weekdayOf(addDays(today.day, 1)) : undefined);
  if (q.wants === 'openNow' && !day) return openNow(t, locale, service, at);
  if (q.when === 'now') return openNow(t, locale, service, at);
  const hoursText = day ? dayHours(t, service, day) : service.hours ? weekHours(t, service) : t('info.noHours', { service: service.name });
  return service.hours ? hoursText : `${hoursText}\n${contactLines(t, commune, service)}`;
}
