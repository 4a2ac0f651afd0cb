/**
 * What the assistant understood from free text, said back in words before anything is done
 * (« J'ai compris : vous voulez annuler une réservation pour la cantine le vendredi 27 novembre. »).
 */
import { addDays } from '../src/domain/parisTime';
import type { Translate } from '../src/i18n';
import type { Intent } from '../src/nlu/intents';
import type { Understanding } from '../src/nlu/understand';
import { dateFormat, dayNumber } from '../src/domain/formats';
import { activitiesSaid } from '../src/nlu/activityPerChild';

/** The intents whose summary is worth saying (the others are answered directly). */
const SAID: ReadonlySet<Intent> = new Set<Intent>([
  'book', 'cancel_booking', 'report_absence', 'list_bookings', 'list_invoices', 'pay_invoice', 'e_invoice',
  'create_account', 'sign_in', 'forgot_password', 'family_key', 'civil_status_act', 'electoral_roll', 'family_booklet',
  'citizen_census', 'parental_authorization', 'address_change', 'cohabitation_certificate', 'upload_document', 'update_contact',
]);

/** « vendredi 27 novembre », « mardi 1er décembre ». */
export function formatDay(t: Translate, locale: string, day: string): string {
  return dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

function consecutive(days: string[]): boolean {
  return days.every((d, i) => i === 0 || addDays(days[i - 1] as string, 1) === d);
}

export function formatDays(t: Translate, locale: string, days: string[]): string {
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return '';
  if (days.length === 1) return t('understood.oneDay', { day: formatDay(t, locale, first) });
  // Calendar days, weekends and holidays included: their count is not the days booked (closed days are dropped later).
  if (days.length > 2 && consecutive(days)) return t('understood.range', { from: formatDay(t, locale, first), to: formatDay(t, locale, last) });
  if (days.length > 5) return t('understood.manyDays', { count: days.length, from: formatDay(t, locale, first), to: formatDay(t, locale, last) });
  return t('understood.someDays', { days: compactDays(t, locale, days) });
}

const WEEKDAY = { weekday: 'long', timeZone: 'UTC' } as const;
const MONTH = { month: 'long', timeZone: 'UTC' } as const;

/**
 * Days said one by one, each month said once (an SMS is paid by its length: « les jeudi 4 novembre, jeudi 11 novembre,
 * jeudi 18 novembre et jeudi 25 novembre » was 108 characters): « jeudis 4, 11, 18 et 25 novembre » when they share
 * their weekday, else « lundi 30 novembre, mardi 1er et jeudi 3 décembre ». Each day's weekday is still said: a resident
 * reads at once a day that is not the one meant.
 */
function compactDays(t: Translate, locale: string, said: string[]): string {
  const days = [...said].sort();
  const weekday = (d: string) => dateFormat(locale, WEEKDAY).format(new Date(`${d}T12:00:00Z`));
  const sameWeekday = days.every((d) => weekday(d) === weekday(days[0] as string));
  const items = days.map((d, i) => {
    const number = dayNumber(locale, Number(d.slice(8, 10)));
    const lastOfMonth = days[i + 1]?.slice(0, 7) !== d.slice(0, 7);
    const said = sameWeekday ? number : `${weekday(d)} ${number}`;
    return lastOfMonth ? `${said} ${dateFormat(locale, MONTH).format(new Date(`${d}T12:00:00Z`))}` : said;
  });
  const list = `${items.slice(0, -1).join(t('understood.daysJoin'))}${t('understood.daysLast')}${items.at(-1)}`;
  return sameWeekday ? `${weekday(days[0] as string)}s ${list}` : list;
}

/**
 * The summary, or undefined for an intent that is answered without one. `text`: the message, for a booking of an
 * activity per child (« Léa à la cantine et Hugo à la garderie »): each activity said, with its children.
 */
export function understoodText(t: Translate, locale: string, u: Understanding, text?: string): string | undefined {
  if (!SAID.has(u.intent)) return undefined;
  const parts = [t(`understood.action.${u.intent}`)];
  const each = text && ['book', 'cancel_booking'].includes(u.intent) ? activitiesSaid(text) : undefined;
  if (each) {
    const said = each.map(({ activity, names }) => (names.length ? t('understood.activityFor', { activity: t(`understood.activity.${activity}`), names: names.join(t('understood.activitiesJoin')) }) : t(`understood.activity.${activity}`)));
    parts.push(said.join(t('understood.activitiesJoin')));
  } else if (u.activity) parts.push(t(`understood.activity.${u.activity}`));
  if (u.child) parts.push(t('understood.child', { child: u.child }));
  // « à partir de lundi », no end: from that day, its end asked.
  if (u.openStart && u.dates[0]) parts.push(t('understood.fromDay', { day: formatDay(t, locale, u.dates[0]) }), t('understood.needsEnd'));
  else if (u.dates.length > 0) parts.push(formatDays(t, locale, u.dates));
  else if (u.needsEndDate) parts.push(t('understood.needsEnd'));
  return t('understood.summary', { what: parts.join(' ') });
}
