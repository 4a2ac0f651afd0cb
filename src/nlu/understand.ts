/**
 * One entry point for free text: what the resident wants, which days, which activity, which
 * child. Pure and fast (regular expressions over prepared text); the dialogs confirm before
 * acting on any of it.
 */
import type { ActivityCode } from '../domain/types';
import { detectActivity } from './activities';
import { addDays, weekdayOf } from './calendarMath';
import { readDates, type SchoolHoliday } from './dates';
import { prepare } from './frenchText';
import { withoutHabitualDays } from './habitualDays';
import { withoutSignOffs } from './signOffs';
import { daysInARow, openStart } from './daysInARow';
import { unsureReturn } from './unsureReturn';
import { needsFallback, recognizeDays, type DateRecognizer } from './recognizerFallback';
import { detectIntent, type Intent } from './intents';
import { combine, intentModel } from './intentFallback';
import { globalPattern } from './pattern';
import { monthMoved, monthNamed, wholeMonthLess, wholeMonthNamed } from './monthNamed';
import { tripActivity } from './tripActivity';
import { absenceActivity } from './absenceServiceTold';
import { daysToldBeside } from './daysToldBeside';

export interface UnderstandContext {
  /** Reference day, 'YYYY-MM-DD', Europe/Paris. */
  today: string;
  /** The latest day the conversation is about (a basket's): « la semaine d'après » follows its week; « plutôt le mardi » is in it. */
  about?: string;
  /** School holidays of the commune's zone, for « pendant les vacances de Noël ». */
  holidays?: readonly SchoolHoliday[];
  /** false: never consult the recognizer (it is loaded on first need otherwise). */
  fallback?: boolean;
  /** Where the recognizer runs (the server's worker thread); in this thread by default. */
  recognizer?: DateRecognizer;
  /** false: the rules' intent alone, without the learned model's second opinion (intentFallback.ts). */
  model?: boolean;
  /** First names of the family's children, to recognise « Léa ». */
  children?: readonly string[];
  /** The month of the calendar on screen ('YYYY-MM'): « le 11 », « le 7 et 8 », « jeudi » are days of that month. */
  month?: string;
}

export interface Understanding {
  intent: Intent;
  /** Sorted, without duplicates. */
  dates: string[];
  activity: ActivityCode | null;
  child?: string;
  /** Every child named (« pour Léa et Hugo »), in the family's order. */
  children?: string[];
  /** A month named without days (« mes réservations de janvier »): 'YYYY-MM'. */
  month?: string;
  /** « tous les mardis » with nothing to say until when: ask. */
  needsEndDate?: boolean;
  /** « à partir de lundi », no end: the one day read is where the days start, their end not said (the tasks ask until when). */
  openStart?: boolean;
}

/**
 * Intents about invoices and démarches: a month they name is the invoice's (« la facture d'octobre ») or when
 * something happens (« il aura 16 ans le mois prochain »), not days.
 */
const MONTHS_NOT_DAYS: ReadonlySet<Intent> = new Set([
  'list_invoices', 'pay_invoice', 'e_invoice', 'citizen_census', 'civil_status_act', 'electoral_roll', 'family_booklet',
  'parental_authorization', 'address_change', 'cohabitation_certificate', 'elsewhere_demarche',
]);

/**
 * Questions that never ask days (a contact, help, a greeting, the account, the family key): a day they tell is the story
 * (« la régie ne répond pas depuis le 15 décembre », « j'ai créé mon compte hier soir »); their dialogs take the text itself. « je déménage le 1er mars »
 * (update_contact) keeps a day to come, not one past (« depuis le 1er janvier j'ai changé d'adresse e-mail »).
 */
const NO_DAYS: ReadonlySet<Intent> = new Set(['contact', 'help', 'greeting', 'family_key', 'sign_in', 'forgot_password', 'create_account']);
const DAYS_TO_COME: ReadonlySet<Intent> = new Set(['update_contact']);

/** Intents about invoices and payments: nothing is asked of a day already past. */
const PAST_IS_STORY: ReadonlySet<Intent> = new Set(['list_invoices', 'pay_invoice', 'e_invoice']);
/**
 * « facturée 3 fois le 12 » said on the 13th, no month named (nor written: « le 4.02 »): a day of the month read forward into a later month is this month's,
 * gone (the invoice's story), not one to come.
 */
const justGone = (day: string, today: string): boolean => day.slice(0, 7) > today.slice(0, 7) && day.slice(8) < today.slice(8);
/** The tasks whose days can start on one day and run on: « à partir de lundi » alone asks until when. */
const OPEN_TASKS: ReadonlySet<Intent> = new Set(['book', 'cancel_booking', 'report_absence']);

/** A code of letters and digits alone, in groups of 4 (a family key typed at the menu): no intent is guessed for it. */
const KEY_ALONE = /^(?=(?:[^\d]*\d){2})(?=(?:[^a-z]*[a-z]){2})[a-z0-9]{4}(?:[\s.-]?[a-z0-9]{4}){2,3}$/i;
/** Whether the message is such a code alone (the rules' intent stands, whatever the model: npm run nlu:crossval does the same). */
export const keyAlone = (text: string): boolean => KEY_ALONE.test(text.trim());

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * « centre de loisirs » without « mercredi », on days of school holidays, is the holiday activity:
 * when most of the days are holidays (« tout le mois de juillet » starts with two school days). A
 * Wednesday given as a date (« le mercredi 21 juillet », « sauf le mercredi 14 ») is a day, not the activity.
 */
/** « le centre », « au centre » (not the town centre, the social centre…). */
const CENTRE = /\bcentre\b(?! ville| social| des| de (?!loisirs)| d | commercial| medical| sportif| equestre| hospitalier)/;

function holidayCentre(activity: ActivityCode | null, prepared: string, dates: string[], holidays: readonly SchoolHoliday[] = []): ActivityCode | null {
  // « vacs de Noël, juste le 21 et le 22 pr Yanis au centre »: « the centre » alone, on days of the holidays, is theirs too.
  const centre = activity === 'wednesday' || (activity === null && CENTRE.test(prepared));
  const inHolidays = (day: string) => holidays.some((h) => day >= h.from && day < h.resume);
  // « pas de centre aéré mercredi pr Liam » said in the Toussaint holidays: a Wednesday of the holidays is the holidays' centre.
  if (centre && dates.length > 0 && dates.every(inHolidays)) return 'holidays';
  if (!centre || /mercredi(?! (?:\d|1er\b))/.test(prepared)) return centre ? (activity ?? 'wednesday') : activity; // (« centre tous les mercredis »: the Wednesday one)
  // « payer la facture du centre aéré », « verifier reservation centre aere fevrier »: the « centre aéré » named without days nor Wednesdays is the holidays'.
  if (dates.length === 0) return activity === 'wednesday' && /\bcentre aere\b/.test(prepared) ? 'holidays' : activity;
  if (dates.filter(inHolidays).length * 2 > dates.length) return 'holidays';
  // « verif centre février 3 pr Noa »: « the centre » alone on Wednesdays of school weeks is the Wednesday one.
  return activity === null && dates.every((d) => weekdayOf(d) === 'wed' && !inHolidays(d)) ? 'wednesday' : activity;
}

/**
 * What a text says, the children aside: kept for the same text in the same context (the day, the
 * month on screen, the basket's last day, the zone's holidays), as it is read twice in a turn (the
 * menu's route, then the task it opens, with the family's first names) and as the same words come
 * back (« Confirmer », « réserver »). Not kept when the recognizer was asked: it may not be ready
 * yet, and would answer later.
 */
interface Reading {
  prepared: string;
  result: Understanding;
}
const KEPT = new Map<string, Reading>();
const KEPT_SIZE = 500;
/**
 * The holidays' part of the key: a number per list of holidays as written (the same list, kept by
 * core.schoolHolidaysOf for each calendar file, is told at once; another list saying the same gets the
 * same number), not the list's text, written out again in every key.
 */
const holidayKeys = new WeakMap<readonly SchoolHoliday[], number>();
const holidayNumbers = new Map<string, number>();

function holidaysKey(holidays: readonly SchoolHoliday[] | undefined): number {
  if (!holidays) return 0;
  let key = holidayKeys.get(holidays);
  if (key === undefined) {
    const text = JSON.stringify(holidays);
    key = holidayNumbers.get(text);
    if (key === undefined) holidayNumbers.set(text, (key = holidayNumbers.size + 1));
    holidayKeys.set(holidays, key);
  }
  return key;
}

export function understand(text: string, ctx: UnderstandContext): Understanding {
  const said = typeof text === 'string' ? text : '';
  const key = JSON.stringify([said, ctx.today, ctx.about, ctx.month, ctx.model, ctx.fallback, ctx.recognizer ? 1 : 0, holidaysKey(ctx.holidays)]);
  let reading = KEPT.get(key);
  if (reading) {
    KEPT.delete(key);
    KEPT.set(key, reading);
  } else {
    const read = readText(said, ctx);
    reading = read.reading;
    if (!read.askedRecognizer) {
      KEPT.set(key, reading);
      if (KEPT.size > KEPT_SIZE) KEPT.delete(KEPT.keys().next().value as string);
    }
  }
  // A copy: callers may change what they get.
  const result: Understanding = { ...reading.result, dates: [...reading.result.dates] };
  const named = (ctx.children ?? []).filter((name) => new RegExp(`\\b${escape(prepare(name))}\\b`).test(reading.prepared));
  if (named[0]) {
    result.child = named[0];
    result.children = named;
  }
  // « le 19 hugo », « cantine le 26 léa »: a child's name right after a day is not a word that makes the number a count.
  const withFor = result.dates.length ? undefined : forBeforeNames(reading.prepared, named);
  if (withFor) {
    const again = understand(withFor, ctx);
    if (again.dates.length) return { ...again, intent: result.intent === 'unknown' ? again.intent : result.intent };
  }
  return result;
}

/** The prepared text with « pour » put between a day number and a child's name that follows it; undefined when none does. */
function forBeforeNames(prepared: string, names: readonly string[]): string | undefined {
  let out = prepared;
  for (const name of names) out = out.replace(globalPattern`\\b(\\d{1,2}(?:er)?) (${escape(prepare(name))})\\b`, '$1 pour $2');
  return out === prepared ? undefined : out;
}

/**
 * The intent of a text (understand's, the days aside): the rules' (`rules`), then the learned model's second opinion
 * unless `model` is false or the text is a key alone (`intent`); with the activity named, which the rules weigh.
 */
export function intentRead(text: string, prepared: string, model = true): { activity: ActivityCode | null; rules: Intent; intent: Intent } {
  const activity = detectActivity(prepared);
  const rules = detectIntent(prepared, activity !== null);
  return { activity, rules, intent: !model || keyAlone(text) ? rules : combine(rules, prepared, intentModel()) };
}

function readText(text: string, ctx: UnderstandContext): { reading: Reading; askedRecognizer: boolean } {
  const prepared = prepare(text);
  const { activity, intent } = intentRead(text, prepared, ctx.model !== false);
  // « je ne sais pas s'il pourra revenir demain »: an absence from today, its end open (unsureReturn.ts).
  // (« on est le 9 », « cantine le 22 et le 24, le 23 elle va chez mamie »: days told beside, daysToldBeside.ts.)
  const dayText = daysToldBeside(intent === 'report_absence' ? unsureReturn(prepared) : prepared, intent === 'book');
  const reading = readDates(withoutSignOffs(withoutHabitualDays(dayText, intent)), { ...ctx, monthsNotDays: MONTHS_NOT_DAYS.has(intent), wholeWeeks: intent === 'list_bookings', absence: intent === 'report_absence' });
  const { unboundedRecurrence } = reading;
  const askedRecognizer = reading.dates.length === 0 && ctx.fallback !== false && needsFallback(reading.unread);
  const recognized = askedRecognizer ? recognizeDays(reading.unread, ctx.today, ctx.recognizer) : reading.dates;
  // « absente 5 jours à partir d'aujourd'hui »: the one day read is the first of those counted.
  const read = (recognized.length === 1 && daysInARow(prepared, recognized[0] as string)) || recognized;
  // « réserver la cantine à partir de lundi », « absent à partir de lundi »: the day read is where the days start (the tasks ask until when).
  const open = OPEN_TASKS.has(intent) && openStart(dayText, read);
  // « j'ai payé hier, vous l'avez reçu ? », « prélevé deux fois le 3 »: a past day beside an invoice or a payment is its story
  // (« la facture du 15/01 » said on the 16th, read forward, would be next year's: an invoice's day is not that far ahead).
  const latest = intent === 'list_invoices' ? addDays(ctx.today, 183) : '9999-12-31';
  // « la facture de décembre compte des repas le 21 et le 22 »: the days of an invoice named by its month are of that month.
  const invoiceMonth = PAST_IS_STORY.has(intent) ? monthNamed(prepared, ctx.today)?.slice(5) : undefined;
  // (« je voudrais la régler aujourd'hui en ligne »: today is when to pay, not a day the payment is about)
  // (« moi payer facture demain », « je réglerai après-demain »: tomorrow is when to pay too.)
  const paying = intent === 'pay_invoice' ? PAYING_WHEN.exec(prepared) : null;
  const payingDay = paying ? (paying[1] ?? paying[2]) : undefined;
  const paidOn = payingDay ? addDays(ctx.today, payingDay === 'demain' ? 1 : 2) : undefined;
  const dates = NO_DAYS.has(intent) ? [] : DAYS_TO_COME.has(intent) ? read.filter((day) => day >= ctx.today) : PAST_IS_STORY.has(intent) ? read.filter((day) => (day > ctx.today || (day === ctx.today && intent !== 'pay_invoice')) && day !== paidOn && day <= latest && (!invoiceMonth || day.slice(5, 7) === invoiceMonth) && !(intent === 'list_invoices' && !invoiceMonth && !/\d[/.-]\d/.test(prepared) && justGone(day, ctx.today))) : read;
  // (« tout est nouveau pour nous : l'école, la cantine, la mairie… expliquez-moi ce que vous pouvez faire »: help asked names no activity to act on;
  // « absents jeudi, merci de prévenir la cantine »: the service told in an absence is not the activity missed, absenceServiceTold.ts.)
  const result: Understanding = { intent, dates, activity: intent === 'help' ? null : tripActivity(holidayCentre(intent === 'report_absence' ? absenceActivity(activity, prepared) : activity, prepared, dates, ctx.holidays), intent, prepared) };
  if (unboundedRecurrence) result.needsEndDate = true;
  if (open) result.openStart = true;
  // « annule toute la cantine de janvier », « toutes les réservations de cantine pour le mois de janvier », « janvier tout le mois »: every day
  // of that month, as « tout janvier » (the month after « toutes », not the first named: « on déménage fin février, annulez toutes les
  // réservations de mars »), over a period read beside it (« nous déménageons pendant les fêtes, annuler… le mois de janvier »).
  const wholeMonth = WHOLE_MONTH_TASKS.has(intent) ? wholeMonthNamed(prepared, ctx.today) : undefined;
  if (wholeMonth && (dates.length === 0 || dates.some((day) => day.slice(5, 7) !== wholeMonth.slice(5)))) result.dates = wholeMonthLess(prepared, wholeMonth);
  if (result.dates.length === 0) {
    const month = monthNamed(prepared, ctx.today) ?? monthMoved(prepared, ctx.month ?? ctx.today.slice(0, 7));
    if (month) result.month = month;
  }
  return { reading: { prepared, result }, askedRecognizer };
}

/** « payer facture demain », « je réglerai après-demain »: the day said of the paying. */
const PAYING_WHEN = /\b(?:pai\w*|pay\w*|regl\w*)\b(?: \w+){0,4}? (apres demain|demain)\b|\b(apres demain|demain)\b(?: \w+){0,2}? (?:je |j |on )?(?:pai\w*|pay\w*|regl\w*)\b/;

/** The tasks where « tout(e)… de janvier » is every day of the month. */
const WHOLE_MONTH_TASKS: ReadonlySet<Intent> = new Set(['book', 'cancel_booking']);
