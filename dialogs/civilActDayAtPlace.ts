/**
 * The event's day or year said at the place question with no place in it (« le 3 mars 2024 », « il est décédé le 3 mars
 * 2024 », « en 1988 »): kept for the day question (said back, or the day it replaces), and the place asked again. Before,
 * the words were read as a town (« Décédé », « En 1988 ») or refused, and the day was asked again later.
 * A day that fails the day question's checks (in the future, a minor's own act) is left to the place question's refusal.
 */
import { checkEventDay } from '../src/domain/civilActs';
import { minorOwnAct } from '../src/domain/eligibility';
import { fold } from '../src/nlu/yesNo';
import { eventDayIn } from './civilActDay';
import type { Draft } from './civilActDraft';
import { shortDay } from './dateWords';

const MONTHS = 'janv(?:ier)?|fevr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|aout|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|dec(?:embre)?';
/** A day (« 3 mars 2024 », « 1er mars », « 03/03/2024 ») or a year (« 1988 »), with « le », « du », « en » before it. */
const DAY_OR_YEAR = new RegExp(String.raw`\b(?:(?:le|du|en|in|on)\s+)?(?:(?:1\s?er|\d{1,2})\s+(?:${MONTHS})\.?(?:\s+\d{4})?|\d{1,2} \d{1,2}(?: \d{2,4})?|(?:19|20)\d{2})\b`, 'g');
/** The words of the event itself, no place in them (« il est décédé », « je suis née », « on s'est mariés », « c'était »). */
const EVENT_ONLY =
  /^(?:(?:il|elle|ils|elles|je|j|on|nous|lui|mon \S+|ma \S+|mes \S+|c|c est|c etait|ca s est passe|ca a eu lieu)\s*)?(?:(?:est|suis|s est|se sont|nous sommes|sommes|sont|etait|a ete|ete)\s*)?(?:nee?s?|mariee?s?|decedee?s?|mort(?:e|s)?|born|died|married)?$/;
/** A year alone, said as one (« en 1988 », « 1988 »). */
const YEAR = /(?:^|\s)(?:en |in )?((?:19|20)\d{2})$/;

/** The draft with the day or the year, and what to say before the place is asked again; undefined: the place question's own answer. */
export function dayAtPlace(draft: Draft, text: string, today: string, locale: string): { draft: Draft; leadKey: string; leadParams?: Record<string, unknown> } | undefined {
  // Folded: accents, case and punctuation out (« 03/03/2024 » is « 03 03 2024 »).
  const said = fold(text);
  if (!/\d/.test(said)) return undefined;
  const rest = said.replace(DAY_OR_YEAR, ' ').replace(/\s+/g, ' ').trim();
  if (!EVENT_ONLY.test(rest)) return undefined;
  const day = eventDayIn(draft.kind, text, today, draft.eventYear);
  if (day === 'noYear') return { draft, leadKey: 'civilAct.dayAheadNoYear' };
  if (day) {
    if (checkEventDay(day, today) !== 'ok' || minorOwnAct({ ...draft, eventDay: day }, today)) return undefined;
    const kept: Draft = { ...draft, eventDay: day };
    const shown = (iso: string) => shortDay(locale, iso);
    if (draft.eventDay && draft.eventDay !== day) return { draft: kept, leadKey: 'civilAct.dayChanged', leadParams: { day: shown(day), before: shown(draft.eventDay) } };
    return { draft: kept, leadKey: 'civilAct.dayKeptAhead', leadParams: { day: shown(day) } };
  }
  // « en 1988 »: the year kept for the day asked later (« le 12 mars » is then 12 March 1988), as « à Lyon en 1988 » keeps it.
  const year = Number(YEAR.exec(said)?.[1]);
  if (!year || year > Number(today.slice(0, 4)) || draft.eventDay) return undefined;
  return { draft: { ...draft, eventYear: year }, leadKey: 'civilAct.detailNoted' };
}
