/**
 * Answers to practical questions, from the commune's configuration and the clock:
 * opening hours (see hoursText.ts), contacts, address.
 */
import { answerHours, type HoursAnswer } from '../src/domain/hoursAnswer';
import { parisMoment } from '../src/domain/parisTime';
import { answeringService, askedService, type AskedService } from '../src/domain/askedService';
import type { Commune, CommuneService, ServiceCode } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { hoursQuestion } from '../src/nlu/infoMoment';
import { OTHER_SERVICES, type InfoQuery } from '../src/nlu/infoQuery';
import { normalize } from '../src/domain/text';
import { monthsPeriod } from '../src/nlu/monthsPeriod';
import { hoursText } from './hoursText';

export { formatTime, openNow } from './hoursText';

export function resolveService(commune: Commune, code: ServiceCode | undefined): CommuneService | undefined {
  return answeringService(commune, code);
}

/** « et par chèque ? », « en plusieurs fois ? »: here by card (Paybox); anything else with the régie (`service`). */
export function paymentMeansAnswer(t: Translate, commune: Commune, service: CommuneService, short = false): string {
  return [t('invoices.paymentMeans'), contactLines(t, commune, service, short)].join('\n');
}

/**
 * How to reach a service: its name, then its phone, e-mail and address a line each (its portal when it has none of them).
 * `short` (by SMS, each message paid for): in one line, its phone and e-mail (« Régie centrale : 01 39 22 36 27, regie@… »), else its portal.
 */
export function contactLines(t: Translate, commune: Commune, service: CommuneService, short = false): string {
  if (short) {
    const means = [service.phone, service.email].filter(Boolean).join(', ');
    return means ? `${t('info.contact', { service: service.name })} ${means}` : t('info.portalInstead', { service: service.name, portal: commune.portalName, url: commune.portalUrl });
  }
  const lines = [t('info.contact', { service: service.name })];
  if (service.phone) lines.push(t('human.phone', { phone: service.phone }));
  if (service.email) lines.push(t('human.email', { email: service.email }));
  if (service.address) lines.push(t('human.address', { address: service.address }));
  if (!service.phone && !service.email && !service.address) lines.push(t('human.noContact', { portal: commune.portalName, url: commune.portalUrl }));
  return lines.join('\n');
}

/**
 * By SMS, whom to contact in one line: « Contact : 01 39 74 29 12 » (`named`: its name was just said with its hours),
 * « Contact : Guichet unique, 01 39 74 29 12 », or the portal where the service has neither phone nor e-mail.
 */
function contactLine(t: Translate, commune: Commune, service: CommuneService, named: boolean): string {
  const means = [service.phone, service.email].filter(Boolean).join(', ');
  if (!means) return t('info.portalInstead', { service: service.name, portal: commune.portalName, url: commune.portalUrl });
  return `${t('info.askInstead')} ${named ? means : `${service.name}, ${means}`}`;
}

/** A service's phone and e-mail in one line (« 01 39 22 36 00, accueil@… »), where each message is paid for; its portal when it has neither. */
export function shortContact(t: Translate, commune: Commune, service: CommuneService): string {
  const means = [service.phone, service.email].filter(Boolean).join(', ');
  return means || t('human.noContact', { portal: commune.portalName, url: commune.portalUrl });
}

/** The fewest days read as a period (« la semaine prochaine », the holidays) rather than day by day; the most between two ends said. */
const PERIOD_DAYS = 5;
const MAX_SPAN = 70;
/** Two ends of a period: « entre … et … », « du … au … », « de … à … », « … jusqu'au … ». */
const BETWEEN = /\b(?:entre\b.+\bet|du\b.+\bau|de\b.+\ba|jusqu a|jusqu au|between\b.+\band|from\b.+\b(?:to|until))\b/;

/** The first and last days of a month 'YYYY-MM'. */
function monthEnds(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/**
 * A run of days said (« pendant les vacances de Noël »: 19 December to 3 January), one after another: the question is about that period.
 * A month said without a day (« le SEJ est ouvert en août ? », « horaires au mois d'août »): that month, as a period; several
 * months or the summer (« en juillet et août », « cet été »; `today` known): all of them.
 */
export function withPeriod(q: InfoQuery, read: { dates: readonly string[]; month?: string }, text = '', today?: string): InfoQuery {
  if (q.time || q.part) return q;
  const { dates } = read;
  if (dates.length === 0) {
    const saysDay = Boolean(q.weekday || q.when || q.date || q.holiday || q.relative);
    if (saysDay || q.wants === 'contact' || q.wants === 'address') return q;
    // « cet été », « en juillet et août »: the coming summer, both months (monthsPeriod.ts); never now.
    const months = today ? monthsPeriod(text, today) : undefined;
    if (months) return { ...q, period: months };
    return read.month ? { ...q, period: monthEnds(read.month) } : q;
  }
  const from = dates[0] as string;
  const to = dates.at(-1) as string;
  const days = Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000) + 1;
  // « entre Noël et le jour de l'an », « du 24 décembre au 2 janvier »: the two ends said, the days between too.
  const ends = dates.length === 2 && days >= PERIOD_DAYS && days <= MAX_SPAN && BETWEEN.test(normalize(text));
  return (dates.length >= PERIOD_DAYS && days === dates.length) || ends ? { ...q, period: { from, to } } : q;
}

/** What an hours question answers for this service, as data (the day, open or not, the hours). */
export function hoursAnswerFor(service: CommuneService, q: InfoQuery, at: Date): HoursAnswer {
  const bound = q.wants === 'closes' || q.wants === 'opens' ? q.wants : undefined;
  return answerHours(service, hoursQuestion(q, parisMoment(at), q.wants === 'openNow' || q.wants === 'reopens', q.wants === 'reopens', bound), at);
}

/**
 * A service the commune's file does not hold (« horaires de la mairie » where only the SEJ is
 * described): said so, never another service's hours as if they were its own; then the hours the
 * file does give, service by service (for the period asked: « en août »), and whom to contact for that
 * kind of question. One of another commune's own organisation (« le SEJ » at Carrières-sous-Poissy): the
 * commune has none, and who answers such questions here is named first.
 */
function notHeldText(t: Translate, locale: string, commune: Commune, asked: Extract<AskedService, { kind: 'notHeld' }>, q: InfoQuery, at: Date, again = false, short = false): string {
  // « et le 26 ? » just after: the hours known for that day only (not held and whom to contact were just said).
  if (again && asked.known.length > 0 && q.wants !== 'contact' && q.wants !== 'address') return asked.known.map((s) => hoursText(t, locale, s, hoursAnswerFor(s, q, at), at)).join('\n');
  // A contact or an address asked is said missing as such (« numéro de la cantine »), never as hours not known.
  const lead = q.wants === 'contact' ? 'info.notHeldContact' : q.wants === 'address' ? 'info.notHeldAddress' : 'info.notHeld';
  // « le SEJ est ouvert en août ? » where there is none: said so, and who answers such questions here (never « je n'ai pas d'informations »).
  const instead = asked.instead;
  const named = Boolean(instead && asked.known.includes(instead) && q.wants !== 'contact' && q.wants !== 'address');
  // By SMS, « Ici, adressez-vous au SEJ » is not said where the contact line names it.
  const namesInstead = short && instead && (!named || !(instead.phone || instead.email));
  const lines = asked.absent
    ? [t('info.notHere', { commune: commune.name, name: t(`info.serviceBare.${asked.code}`) }), ...(instead && lead === 'info.notHeld' && !namesInstead ? [t('info.hereInstead', { service: instead.name })] : [])]
    : [t(lead, { service: t(`info.serviceName.${asked.code}`), commune: commune.name })];
  if (q.wants !== 'contact' && q.wants !== 'address') {
    // The same question (the week, a day, now) for each service whose hours are known, each named.
    if (asked.known.length > 0) lines.push(...(short ? [] : [t('info.knownHours')]), ...asked.known.map((s) => hoursText(t, locale, s, hoursAnswerFor(s, q, at), at)));
    // By SMS, « no service's hours » says the one asked too.
    else if (short && !asked.absent) lines.splice(0, lines.length, t('info.noKnownHours', { commune: commune.name }));
    else lines.push(t('info.noKnownHours', { commune: commune.name }));
  }
  if (instead) lines.push(short ? contactLine(t, commune, instead, named) : [t('info.askInstead'), contactLines(t, commune, instead)].join('\n'));
  return lines.join('\n');
}

/** The services of the commune whose hours are known, other than this one (named after « je n'ai pas ses horaires »). */
function otherKnownHours(t: Translate, commune: Commune, service: CommuneService): string[] {
  const names = commune.services.filter((s) => s.hours && s !== service).map((s) => s.name);
  return names.length > 0 ? [t('info.hoursKnownFor', { services: names.join(', ') })] : [];
}

/**
 * A service the bot has no code for (« le tel de la police municipale »): the commune's own when its file names one so,
 * otherwise said plainly, with the general service's contact (never the service talked about before).
 */
function otherService(t: Translate, locale: string, commune: Commune, q: InfoQuery, at: Date): { service?: CommuneService; text?: string } {
  if (!q.other) return {};
  const named = commune.services.find((s) => OTHER_SERVICES[q.other!].test(normalize(s.name)));
  if (named) return { service: named };
  const general = resolveService(commune, undefined);
  const lines = [t('info.otherNotHeld', { service: t(`info.otherName.${q.other}`), commune: commune.name })];
  // « le CCAS est ouvert en août ? »: what the commune's file does give for that month.
  const known = q.period && q.wants !== 'contact' && q.wants !== 'address' ? commune.services.filter((s) => s.hours) : [];
  if (known.length > 0) lines.push(t('info.knownHours'), ...known.map((s) => hoursText(t, locale, s, hoursAnswerFor(s, q, at), at)));
  if (general) lines.push(t('info.askInstead'), contactLines(t, commune, general));
  return { text: lines.join('\n') };
}

/**
 * The answer to one practical question; `again`: a follow-up about the same service (« et le 26 ? »), its lead not said twice;
 * `short`: by SMS, whom to contact in one line and no list of what else is known (a service without hours fits in 2 segments).
 */
export function answerInfo(t: Translate, locale: string, commune: Commune, q: InfoQuery, at: Date, again = false, short = false): string {
  if (q.also) return bothAnswers(t, locale, commune, q, at, again, short);
  const other = otherService(t, locale, commune, q, at);
  if (other.text) return other.text;
  const asked = q.service ? askedService(commune, q.service) : undefined;
  if (asked?.kind === 'notHeld') return notHeldText(t, locale, commune, asked, q, at, again, short);
  const service = other.service ?? resolveService(commune, q.service);
  if (!service) return t('info.noService', { commune: commune.name });
  if (q.wants === 'contact') return contactLines(t, commune, service);
  if (q.wants === 'address') {
    return service.address ? t('info.address', { service: service.name, address: service.address }) : `${t('info.noAddress', { service: service.name })}\n${contactLines(t, commune, service, short)}`;
  }
  const text = hoursText(t, locale, service, hoursAnswerFor(service, q, at), at, q.wants === 'reopens');
  // A service named alone (« guichet unique », « la régie ? »): how to reach it, then its hours.
  const namedAlone = q.wants === null && !(q.weekday || q.when || q.date || q.holiday || q.time);
  // By SMS: its contact in one line, the other services' names left out (each message is paid for).
  if (!service.hours && short) return [text, contactLine(t, commune, service, true)].join('\n');
  if (!service.hours) return [...(namedAlone ? [contactLines(t, commune, service), text] : [text, contactLines(t, commune, service)]), ...otherKnownHours(t, commune, service)].join('\n');
  // By SMS, a service named alone (« le guichet unique c'est toujours au 18 av de Poissy ? »): its hours, its phone, its address.
  if (namedAlone && short) return [text, contactLine(t, commune, service, true), ...(service.address ? [t('human.address', { address: service.address })] : [])].join('\n');
  return namedAlone ? `${contactLines(t, commune, service)}\n${text}` : text;
}

/**
 * A contact or an address asked with the hours (« horaires et téléphone de la mairie »): both said. By SMS, for a service
 * whose hours are known, its hours then its phone or its address in one line; otherwise each answer, a line said once.
 */
function bothAnswers(t: Translate, locale: string, commune: Commune, q: InfoQuery, at: Date, again: boolean, short: boolean): string {
  const one = { ...q, also: undefined };
  const service = q.other ? undefined : resolveService(commune, q.service);
  const held = !q.service || askedService(commune, q.service).kind !== 'notHeld';
  if (short && service?.hours && held) {
    const hours = hoursText(t, locale, service, hoursAnswerFor(service, { ...one, wants: 'hours' }, at), at);
    const place = q.wants === 'address' && service.address ? t('human.address', { address: service.address }) : contactLine(t, commune, service, true);
    return [hours, place].join('\n');
  }
  const first = answerInfo(t, locale, commune, one, at, again, short);
  const seen = new Set(first.split('\n'));
  const hours = answerInfo(t, locale, commune, { ...one, wants: 'hours' }, at, again, short).split('\n').filter((line) => !seen.has(line));
  return [first, ...hours].join('\n');
}
