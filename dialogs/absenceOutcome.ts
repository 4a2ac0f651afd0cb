/**
 * What an absence did to a child's days, said back to the resident: nothing booked, noted, already noted
 * before, cancelled free of charge, not billed (illness), or still billed.
 */
import type { AbsenceDay } from '../src/domain/reservations';
import { listDays } from '../src/domain/formats';
import { weekdayDay } from './calendarCard';
import type { Translate } from '../src/i18n';
import { normalize } from '../src/domain/text';
import { saysLater, saysStopHere } from './clearStop';
import type { AbsenceBilling } from './mainOptions';

/**
 * At the certificate question: « annuler » (only the sending stops, the absence is still recorded) or « plus tard »,
 * « je l'envoie demain » (`chosen`: the « Plus tard » button): the note said after the absence; undefined otherwise.
 */
export function certificateLater(t: Translate, text: string, chosen: boolean): string | undefined {
  if (saysStopHere(text)) return `${t('absence.certificateStopped')}\n${t('absence.certificateLater')}`;
  return chosen || saysLater(normalize(text)) ? t('absence.certificateLater') : undefined;
}

/** What became of one child's days: noted, cancelled free of charge, not billed, or still billed. `today`: 'YYYY-MM-DD' (Paris). */
export function absenceOutcome(t: Translate, locale: string, name: string, days: AbsenceDay[], today: string): string[] {
  // Nothing booked on any of the days: nothing was noted nor cancelled, and that alone is said (how to book, for a day still to come).
  if (days.every((d) => d.activities.length === 0 && d.billing !== 'alreadyCancelled')) {
    const none = unbooked(t, locale, 'absence.noneBooked', name, days);
    return [days.some((d) => d.day >= today) ? `${none} ${t('absence.bookHint')}` : none];
  }
  // Every booked day already noted before: that alone is said (nothing saved now).
  const lines = days.some((d) => d.activities.length && d.billing !== 'alreadyNoted') ? [t('absence.saved', { name })] : [];
  const group = (key: string, list: AbsenceDay[]) => {
    if (list.length) lines.push(t(key, { name, days: listDays(locale, list.map((d) => d.day)) }));
  };
  // A day whose booking was cancelled before (an absence already reported while still free): said so, not « nothing booked ».
  group('absence.alreadyCancelled', days.filter((d) => d.billing === 'alreadyCancelled'));
  const empty = days.filter((d) => d.activities.length === 0 && d.billing !== 'alreadyCancelled');
  // Nothing booked on any of the days: nothing was noted nor cancelled, and that alone is said.
  if (days.every((d) => d.activities.length === 0)) return empty.length ? [...lines, unbooked(t, locale, 'absence.noneBooked', name, empty)] : lines;
  group('absence.alreadyNoted', days.filter((d) => d.billing === 'alreadyNoted'));
  group('absence.cancelledFree', days.filter((d) => d.activities.length && d.billing === 'cancelledFree'));
  group('absence.notBilled', days.filter((d) => d.activities.length && d.billing === 'notBilled'));
  for (const d of days.filter((x) => x.activities.length && x.billing === 'billed')) {
    lines.push(t('absence.billed', { day: weekdayDay(locale, d.day), activities: d.activities.map((a) => a.label).join(', ') }));
  }
  // The days without anything booked last: « les 12 autres jours » follow the days booked.
  if (empty.length) lines.push(unbooked(t, locale, 'absence.nothingBooked', name, empty));
  return lines;
}

/** More days than a school week without anything booked are counted, not listed (« ces 12 jours, du 30 novembre au 18 décembre »). */
const LISTED = 5;

/** The days without anything booked (`key`: absence.noneBooked or absence.nothingBooked): listed when few, else counted with their span (key + « Many »). */
function unbooked(t: Translate, locale: string, key: string, name: string, days: AbsenceDay[]): string {
  const said = days.map((d) => d.day).sort();
  if (said.length <= LISTED) return t(key, { name, days: listDays(locale, said) });
  return t(`${key}Many`, { name, count: said.length, from: listDays(locale, said.slice(0, 1)), to: listDays(locale, said.slice(-1)) });
}

/** `billing` with one child's days added: a day billed for one child is billed, whatever it is for another. */
export function withBilling(billing: AbsenceBilling, days: AbsenceDay[]): AbsenceBilling {
  const add = (list: string[], wanted: (d: AbsenceDay) => boolean) => [...new Set([...list, ...days.filter((d) => d.activities.length && wanted(d)).map((d) => d.day)])].sort();
  return {
    free: add(billing.free, (d) => d.billing === 'cancelledFree'),
    justified: add(billing.justified, (d) => d.billing === 'notBilled'),
    billed: add(billing.billed, (d) => d.billing === 'billed'),
  };
}

/**
 * « est-ce que la journée sera facturée ? » right after the absence: what its days (`days`, those still its own) cost,
 * said for them (free, justified, billed unless a certificate); undefined when nothing is known of them (the rule is said).
 */
export function billingAnswer(t: Translate, locale: string, billing: AbsenceBilling, days: readonly string[]): string | undefined {
  const own = (list: string[]) => list.filter((d) => days.includes(d));
  const billed = own(billing.billed);
  const lines: string[] = [];
  const group = (key: string, list: string[]) => {
    if (list.length) lines.push(t(key, { days: listDays(locale, list) }));
  };
  group('absence.billing.free', own(billing.free).filter((d) => !billed.includes(d)));
  group('absence.billing.justified', own(billing.justified).filter((d) => !billed.includes(d)));
  group('absence.billing.billed', billed);
  return lines.length ? lines.join('\n') : undefined;
}
