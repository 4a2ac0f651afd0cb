/**
 * At an open question of a civil-status act's request (the place, a name, a date, the parents, the address),
 * an answer that belongs to the act's other questions, typed there: the form named (« copie intégrale » at the
 * death's place question), no e-mail said ahead (« non pas de mail » at the parents' question). Each is kept for
 * the request (never read as a town or a name), said back, and the question asked again; so is the event's day
 * typed at a name question asked before it (« le 2 novembre 2025 » at « Quel est son nom ? »; a birth's or a marriage's
 * without its year is not kept: its year is asked with the day). What a bare « ok »
 * at each of those questions awaits is here too.
 */
import { ACT_FORMATS, checkEventDay, formatsFor, mayReceive } from '../src/domain/civilActs';
import { minorOwnAct } from '../src/domain/eligibility';
import type { Translate } from '../src/i18n';
import { shortDay } from './dateWords';
import { saysExtractOnly } from '../src/nlu/actFormHelp';
import { namesAnOption, recognizeChoice } from '../src/nlu/choice';
import { saysNoEmail } from './accountNoEmail';
import { eventDayIn } from './civilActDay';
import { optionsOf, type Draft, type Field } from './civilActDraft';
import { readName } from './nameAnswer';
import { readActDetails } from '../src/nlu/upfrontDetails';
import { dayAtPlace } from './civilActDayAtPlace';

/** The open questions whose answer is free text: a bare « ok » there says what is awaited (civilAct.awaited.<field>). */
const OPEN: ReadonlySet<Field> = new Set(['lastName', 'firstName', 'eventDay', 'parents', 'email', 'address', 'recipient']);

/**
 * What a bare « ok » at this question awaits (closingAside.ts), or undefined where the question says it itself. The sentence gives
 * the question's guidance (« J'attends les noms… Sinon, écrivez inconnu. »): said `instead` of the question, not before it again.
 */
export function awaitedFor(field: Field | undefined, communeName: string): { key: string; params?: Record<string, unknown>; instead: true } | undefined {
  if (field === 'place') return { key: 'civilAct.placeAwaited', params: { commune: communeName }, instead: true };
  return field && OPEN.has(field) ? { key: `civilAct.awaited.${field}`, instead: true } : undefined;
}

export type Ahead = { draft: Draft; leadKey: string; leadParams?: Record<string, unknown> };

/**
 * The form or « pas de mail » said at an open question (`field`): the draft with it and what to say before the
 * question is asked again, or undefined when the answer is the question's own.
 */
export function answeredAhead(t: Translate, draft: Draft, field: Field | undefined, text: string, today?: string, locale = 'fr'): Ahead | undefined {
  if (!field || field === 'email' || !(field === 'place' || OPEN.has(field))) return undefined;
  const formats = draft.kind ? formatsFor(draft.kind) : ACT_FORMATS;
  const options = optionsOf(ACT_FORMATS, (f) => t(`civilAct.format.${f}`));
  const named = namesAnOption(text, options) ? recognizeChoice(text, options, true) : undefined;
  const format = named ? ACT_FORMATS[named.index] : undefined;
  if (format || (formats.length === 1 && saysExtractOnly(text))) {
    // A death act is delivered as a full copy only: any form named is that one, said so.
    if (formats.length === 1) return { draft, leadKey: 'civilAct.onlyForm', leadParams: { format: t(`civilAct.format.${formats[0]}`) } };
    if (!format || format === draft.format) return { draft, leadKey: 'civilAct.formNoted', leadParams: { format: t(`civilAct.format.${draft.format ?? format}`) } };
    if (draft.kind && draft.relation && !mayReceive(draft.kind, format, draft.relation)) return { draft, leadKey: 'civilAct.notEntitledKept' };
    return { draft: { ...draft, format }, leadKey: 'civilAct.formNoted', leadParams: { format: t(`civilAct.format.${format}`) } };
  }
  // « non pas de mail », « j'ai pas d'email » before the e-mail is asked: no e-mail, the act by post (the phone asked then).
  if (draft.email === undefined && saysNoEmail(text, false)) return { draft: { ...draft, email: '' }, leadKey: 'civilAct.noEmailKept' };
  // « le 3 mars 2024 », « en 1988 » at the place question: the day or the year kept, the place asked again (civilActDayAtPlace.ts).
  if (today && field === 'place') return dayAtPlace(draft, text, today, locale);
  return today ? dayAhead(draft, field, text, today, locale) : undefined;
}

/** The event's day typed at a name question, before its own: kept when it passes the day question's checks (else that question says why). */
function dayAhead(draft: Draft, field: Field, text: string, today: string, locale: string): Ahead | undefined {
  if ((field !== 'lastName' && field !== 'firstName') || draft.eventDay || !/\d/.test(text)) return undefined;
  // « le 3 novembre 2025 », « 03/11/2025 », « il est décédé le 2 novembre » (a death's latest such day); a birth's or a
  // marriage's day without its year is never guessed: said to be asked in full later.
  const day = eventDayIn(draft.kind, text, today, draft.eventYear);
  if (day === 'noYear') return { draft, leadKey: 'civilAct.dayAheadNoYear' };
  if (!day || checkEventDay(day, today) !== 'ok' || minorOwnAct({ ...draft, eventDay: day }, today)) return undefined;
  const kept: Draft = { ...draft, eventDay: day };
  // « c'est pour mon père, Jean Moreau, décédé le 3 novembre 2026 » at the last name: who and the names said with the day kept too
  // (as at the place question: civilActAnswers.ts placeBeside), read back with it; the names were asked again.
  const said = field === 'lastName' && !draft.firstName ? readActDetails(text) : undefined;
  if (said?.relation && !kept.relation && (!kept.kind || !kept.format || mayReceive(kept.kind, kept.format, said.relation))) kept.relation = said.relation;
  const first = said?.person && kept.relation !== 'self' ? readName('firstName', said.person.firstName) : undefined;
  const last = said?.person && first ? readName('lastName', said.person.lastName) : undefined;
  if (first && last && 'name' in first && 'name' in last) {
    return { draft: { ...kept, firstName: first.name, lastName: last.name }, leadKey: 'civilAct.namesAndDayRead', leadParams: { lastName: last.name, firstName: first.name, day: shortDay(locale, day) } };
  }
  return { draft: kept, leadKey: 'civilAct.dayKeptAhead', leadParams: { day: shortDay(locale, day) } };
}
