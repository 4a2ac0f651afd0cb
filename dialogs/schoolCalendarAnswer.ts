/**
 * The answer to a question about the school calendar (src/nlu/schoolCalendarQuestion.ts), from the official calendar of
 * the commune's zone (src/domain/schoolCalendarFacts.ts): the holidays asked or the next ones (and the last day of class
 * before them, when asked: « c'est quand le dernier jour d'école avant les vacances ? »), the day classes start
 * again, whether there is school on a day. Dates not yet official are said so; a calendar not yet published gives the
 * contact of the service that looks after the children.
 */
import type { TurnContext } from 'botbuilder';
import type { Translate } from '../src/i18n';
import { holidayKeyOf, lastClassDay, nextClassesStart, nextHoliday, schoolOn, type HolidayDates } from '../src/domain/schoolCalendarFacts';
import { parisDay } from '../src/domain/parisTime';
import { dayPartOf, type SchoolCalendarQuestion } from '../src/nlu/schoolCalendarQuestion';
import { weekdayDay } from './calendarCard';
import { constantOptions, dateFormat, sayDay } from '../src/domain/formats';
import { currentCommune, localeOf, translator, type DialogDeps } from './dialogContext';
import { contactLines } from './infoAnswers';

const WITH_YEAR = constantOptions<Intl.DateTimeFormatOptions>({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayWithYear = (locale: string, day: string): string => sayDay(dateFormat(locale, WITH_YEAR), day);

/** A period's name in the resident's language (the calendar's own, in French, for a name of no key). */
const nameOf = (t: Translate, name: string): string => {
  const key = holidayKeyOf(name);
  return key ? t(`schoolCalendar.name.${key}`) : name;
};

const holidayLine = (t: Translate, locale: string, p: HolidayDates): string =>
  [t('schoolCalendar.holiday', { name: nameOf(t, p.name), from: weekdayDay(locale, p.from), to: weekdayDay(locale, p.to), resume: weekdayDay(locale, p.resume) }), ...(p.unconfirmed ? [t('schoolCalendar.unconfirmed')] : [])].join(' ');

/** The answer, or undefined when it cannot be given here (no commune yet, or « il y a école ? » without a day). */
export async function schoolCalendarAnswer(deps: DialogDeps, ctx: TurnContext, asked: SchoolCalendarQuestion, text: string): Promise<string | undefined> {
  const commune = await currentCommune(deps, ctx);
  if (!commune) return undefined;
  const t = translator(deps, ctx);
  const locale = localeOf(ctx);
  const calendar = deps.service.schoolCalendarOf(commune);
  const today = parisDay(deps.service.clock.now());
  const notKnown = () => [t('schoolCalendar.notPublished'), contactLines(t, commune, deps.service.serviceFor(commune, 'booking'))].join('\n');
  const source = t('schoolCalendar.source', { zone: commune.schoolZone ?? '' });
  if (asked.kind === 'holidays') {
    const period = nextHoliday(calendar, today, asked.key);
    if (!period) return notKnown();
    const lead = period.from <= today ? t('schoolCalendar.now') : asked.key ? undefined : t('schoolCalendar.next');
    const lastDay = asked.lastDay && period.from > today ? [t('schoolCalendar.lastDay', { day: weekdayDay(locale, lastClassDay(calendar, period)) })] : [];
    return [...lastDay, ...(lead ? [lead] : []), holidayLine(t, locale, period), source].join('\n');
  }
  if (asked.kind === 'classesStart') {
    const { resume, yearStart } = nextClassesStart(calendar, today);
    if (!resume && !yearStart) return notKnown();
    const lines = [
      ...(resume ? [t('schoolCalendar.resume', { day: weekdayDay(locale, resume.day), name: nameOf(t, resume.after) })] : []),
      // During a holiday, only its end; else the school year's first day too (with its year: months ahead).
      ...(yearStart && !resume?.now ? [t('schoolCalendar.yearStart', { day: dayWithYear(locale, yearStart) })] : []),
    ];
    return [...lines, source].join('\n');
  }
  const day = deps.understand(dayPartOf(text), [], undefined, commune.schoolZone).dates[0];
  if (!day) return undefined;
  const on = schoolOn(calendar, day);
  const said = weekdayDay(locale, day);
  if (on.kind === 'unknown') return notKnown();
  if (on.kind === 'publicHoliday') return [t('schoolCalendar.day.publicHoliday', { day: said, holiday: t(`holiday.${on.holiday}`) }), source].join('\n');
  if (on.kind === 'holiday') return [t('schoolCalendar.day.holiday', { day: said, name: nameOf(t, on.period.name), resume: weekdayDay(locale, on.period.resume) }), source].join('\n');
  return [t(`schoolCalendar.day.${on.kind}`, { day: said }), source].join('\n');
}
