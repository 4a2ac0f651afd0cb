/**
 * An activity asked that none of the children is enrolled in (« les activités vacances pour Léa »):
 * enrolment is not made in the chat. Said instead of a dead end: the enrolment goes through the
 * dossier famille at the commune's service (its contact), and once enrolled, the days are booked
 * here within the activity's deadline (« 4 semaines avant le début de la session »). Asked how to enrol at
 * school at all: the same service, and the family key that comes after.
 */
import type { TurnContext } from 'botbuilder';
import type { ActivityCode } from '../src/domain/types';
import type { SchoolLevel } from '../src/domain/activityTypes';
import { ruleLine } from './deadlinesAnswer';
import { currentCommune, localeOf, translator, type DialogDeps } from './dialogContext';
import { contactLines, openNow, shortContact } from './infoAnswers';
import { smsContact } from './careQuestionAnswer';

/**
 * How to enrol in the commune's activity of `code` (of the named children's school `levels` when it has one per level;
 * the children named, else the family's), then `next`
 * (the key of what the bot does now: the activities where they are enrolled, the calendar kept);
 * `fallback` (said as is) when the commune has no such activity.
 */
export async function notEnrolledLead(deps: DialogDeps, ctx: TurnContext, code: ActivityCode | null, next: string, fallback: string, names: readonly string[] = [], levels: readonly SchoolLevel[] = []): Promise<string> {
  const t = translator(deps, ctx);
  const commune = await currentCommune(deps, ctx);
  const ofCode = commune && code ? (await deps.service.listActivities(commune.id)).filter((a) => a.code === code) : [];
  // « garderie du soir pour Léa » (élémentaire): the evening care of her school level, not the first of that kind.
  const activity = ofCode.find((a) => levels.length > 0 && (a.level === 'all' || levels.includes(a.level))) ?? ofCode[0];
  if (!commune || !activity) return fallback;
  const service = deps.service.serviceFor(commune, 'familyKey');
  const notIn = names.length ? t('booking.enrol.childNotEnrolled', { names: names.join(', '), activity: activity.label }) : t('booking.enrol.notEnrolled', { activity: activity.label });
  // Where each message is paid for (SMS): where to enrol in one line (its phone and e-mail), then booking here (its deadline is said when
  // booking); the activities' question that follows needs no « Voici ses activités » before it.
  if (deps.renderer.isPaid(ctx.activity.channelId)) {
    const listed = next === 'booking.enrol.childOthers' || next === 'booking.enrol.others';
    return [notIn, t('booking.enrol.howAt', { contact: shortContact(t, commune, service) }), t('booking.enrol.thenHere'), ...(listed ? [] : [t(next)])].join('\n');
  }
  return [
    names.length ? t('booking.enrol.childNotEnrolled', { names: names.join(', '), activity: activity.label }) : t('booking.enrol.notEnrolled', { activity: activity.label }),
    t('booking.enrol.how'),
    contactLines(t, commune, service),
    t('booking.enrol.then'),
    ruleLine(t, activity),
    t(next),
  ].join('\n');
}

/**
 * « comment inscrire mon enfant à l'école ? », « on vient d'arriver, et pour la cantine ? »: enrolment is made at the
 * commune's enrolment service (its contacts, open now or not); the family key, for booking here, comes after it.
 */
export async function schoolEnrolmentAnswer(deps: DialogDeps, ctx: TurnContext): Promise<string | undefined> {
  const t = translator(deps, ctx);
  const commune = await currentCommune(deps, ctx);
  if (!commune) return undefined;
  const service = deps.service.serviceFor(commune, 'familyKey');
  // By SMS (each message paid for): its contact in one line, without its address nor whether it is open now.
  const short = deps.renderer.isPaid(ctx.activity.channelId);
  const lines = [t('enrolment.school'), contactLines(t, commune, service, short)];
  if (service.hours && !short) lines.push(openNow(t, localeOf(ctx), service, deps.service.clock.now()));
  lines.push(t('enrolment.schoolThen', { keyName: commune.familyKeyName }));
  return lines.join('\n');
}

/**
 * « ya un papier à fournir pour inscrire à la cantine ? »: yes, the family file and its papers; the enrolment service
 * gives their list (its contacts, open now or not). By SMS, its phone and e-mail in one line. Nothing is asked to sign in.
 */
export async function enrolmentPapersAnswer(deps: DialogDeps, ctx: TurnContext): Promise<string | undefined> {
  const t = translator(deps, ctx);
  const commune = await currentCommune(deps, ctx);
  if (!commune) return undefined;
  const service = deps.service.serviceFor(commune, 'familyKey');
  if (deps.renderer.isPaid(ctx.activity.channelId)) return `${t('enrolment.papers')} ${smsContact(t, commune, service)}`;
  const lines = [t('enrolment.papers'), contactLines(t, commune, service)];
  if (service.hours) lines.push(openNow(t, localeOf(ctx), service, deps.service.clock.now()));
  lines.push(t('enrolment.schoolThen', { keyName: commune.familyKeyName }));
  return lines.join('\n');
}
