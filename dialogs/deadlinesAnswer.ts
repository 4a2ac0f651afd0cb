/**
 * The answer to « jusqu'à quand je peux annuler ? », « c'est quoi le délai pour réserver la
 * cantine ? »: for the activity named (else the one being booked, else the family's, else all of
 * the commune's), how long before the day a booking or a cancellation is made, what happens after
 * it; for a day named (« pour le 14 décembre »), its last day.
 */
import type { TurnContext } from 'botbuilder';
import type { Activity } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { weekdayDay } from './calendarCard';
import { channelUser, currentCommune, localeOf, translator, type DialogDeps } from './dialogContext';

/** The activities the question is about. */
async function activitiesAsked(deps: DialogDeps, ctx: TurnContext, communeId: string, query: string, activityId?: number): Promise<Activity[]> {
  const all = await deps.service.listActivities(communeId);
  const named = deps.understand(query).activity;
  if (all.some((a) => a.code === named)) return all.filter((a) => a.code === named);
  if (all.some((a) => a.id === activityId)) return all.filter((a) => a.id === activityId);
  const account = await deps.service.accounts.signedIn(channelUser(ctx));
  const family = account?.householdId ? await deps.service.reservations.bookable(account).catch(() => []) : [];
  return family.length ? all.filter((a) => family.some((b) => b.activity.id === a.id)) : all;
}

/** « Activités vacances : au plus tard 4 semaines avant le début de la session. Après le délai, … » */
export function ruleLine(t: Translate, a: Activity): string {
  const { deadline, late } = a.rules;
  const until = deadline.kind === 'daysBefore' ? t('booking.deadlines.daysBefore', { activity: a.label, days: deadline.days }) : t('booking.deadlines.weeksBefore', { activity: a.label, weeks: deadline.weeks });
  return `${until} ${late.kind === 'surcharge' ? t('booking.deadlines.lateSurcharge', { percent: late.percent }) : t('booking.deadlines.lateRefused')}`;
}

/** `activityId`: the activity of the booking under way, used when the question names none. */
export async function deadlinesAnswer(deps: DialogDeps, ctx: TurnContext, query: string, activityId?: number): Promise<string> {
  const commune = await currentCommune(deps, ctx);
  if (!commune) return '';
  const t = translator(deps, ctx);
  const locale = localeOf(ctx);
  const activities = await activitiesAsked(deps, ctx, commune.id, query, activityId);
  const lines = [t('booking.deadlines.intro'), ...activities.map((a) => ruleLine(t, a)), t('booking.deadlines.cancelBilled')];
  // A day named: its last day, for each activity that runs then.
  const day = deps.understand(query, [], undefined, commune.schoolZone).dates[0];
  for (const a of day ? activities : []) {
    const timing = deps.service.reservations.timingOf(a, day as string);
    if (!timing.deadline || (timing.kind === 'closed' && timing.reason !== 'past' && timing.reason !== 'lateRefused')) continue;
    const params = { activity: a.label, day: weekdayDay(locale, day as string), deadline: weekdayDay(locale, timing.deadline) };
    lines.push(t(timing.kind === 'onTime' ? 'booking.deadlines.forDay' : 'booking.deadlines.forDayPassed', params));
  }
  return lines.join('\n');
}
