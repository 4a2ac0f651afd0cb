/**
 * The certificate asked about while the sign-in an absence report asked for waits (« hugo est malade demain », then « je
 * peux envoyer le certificat ? » at « Quelle est l'adresse e-mail de votre espace ? »): part of that absence, not another
 * task. Its words join the report's (the certificate step reads them once signed in: asked where files can be sent, where
 * to send it elsewhere); that it is kept is said, and the e-mail asked again. Before, the absence was put aside for the documents.
 */
import type { DialogContext } from './dialogLibrary';
import { normalize } from '../src/domain/text';
import { saysDaysTakenBack } from '../src/nlu/daysTakenBack';
import type { Understanding } from '../src/nlu/understand';
import { ABSENCE_DIALOG, type AbsenceOptions } from './absenceOptions';
import { SIGN_IN_DIALOG } from './signInDialog';
import { childAt } from './questionAsked';

/** « le certificat », « un justificatif », « le mot du médecin », « an certificate »: the absence's paper. */
const CERTIFICATE = /\b(?:certificats?|justificatifs?|ordonnances?|mot du (?:medecin|docteur)|arret (?:de )?maladie|certificates?|doctor s note|sick note)\b/;

/** The message names the absence's certificate while its sign-in waits: kept with the report (true), or nothing done. */
export function certificateAtAbsenceSignIn(innerDc: DialogContext, text: string): boolean {
  if (!CERTIFICATE.test(normalize(text))) return false;
  const flow = childAt(innerDc, ABSENCE_DIALOG);
  if (flow?.activeDialog?.id !== SIGN_IN_DIALOG) return false;
  const state = flow.stack[0]?.state as { options?: AbsenceOptions } | undefined;
  if (!state?.options) return false;
  const options = state.options;
  options.text = [options.text?.trim().replace(/[.!?\s]+$/u, ''), text.trim()].filter(Boolean).join('. ');
  // A certificate is a doctor's: the reason is an illness (not asked again).
  options.reason ??= 'illness';
  return true;
}

/** « aussi », « en plus », « et mardi aussi »: days added to the absence. */
const ADDS = /\b(?:aussi|egalement|en plus|too|also|as well)\b/;
/** « c'est quand… ? », « quels jours… »: a question, answered aside; it changes no day. */
const ASKS = /^(?:(?:euh|bon|et|mais|non|alors|en fait)\s+)*(?:c(?: est)? quand|quand|quels?|quelles?|est ce|combien|pourquoi|comment)\b/;

/**
 * The absence's days corrected or completed while its sign-in waits (« hugo malade lundi 14 », then « en fait c mardi 15 »,
 * « et mardi aussi » at « Quelle est l'adresse e-mail de votre espace ? »): the days it will report once signed in, noted
 * in its options (`daysSaid`), or undefined (no absence at its sign-in, no day said). Before, the words were replayed at
 * the menu after the absence of the first day: « pas compris ».
 */
export function daysAtAbsenceSignIn(innerDc: DialogContext, text: string, said: Understanding, understand: (text: string) => Understanding, today: string): string[] | undefined {
  if (said.dates.length === 0 || (said.intent !== 'unknown' && said.intent !== 'report_absence') || ASKS.test(normalize(text))) return undefined;
  const flow = childAt(innerDc, ABSENCE_DIALOG);
  if (flow?.activeDialog?.id !== SIGN_IN_DIALOG) return undefined;
  const options = (flow.stack[0]?.state as { options?: AbsenceOptions } | undefined)?.options;
  if (!options?.text) return undefined;
  const first = options.daysSaid ?? understand(options.text).dates;
  if (first.length === 0) return undefined;
  const back = saysDaysTakenBack(text, today, undefined, first);
  const days = back ? [...(back.out ? first.filter((d) => !back.out?.includes(d)) : []), ...back.into] : ADDS.test(normalize(text)) ? [...first, ...said.dates] : undefined;
  if (!days?.length) return undefined;
  options.daysSaid = [...new Set(days)].sort();
  return options.daysSaid;
}
