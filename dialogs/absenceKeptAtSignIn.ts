/**
 * The certificate asked about while the sign-in an absence report asked for waits (« hugo est malade demain », then « je
 * peux envoyer le certificat ? » at « Quelle est l'adresse e-mail de votre espace ? »): part of that absence, not another
 * task. Its words join the report's (the certificate step reads them once signed in: asked where files can be sent, where
 * to send it elsewhere); that it is kept is said, and the e-mail asked again. Before, the absence was put aside for the documents.
 */
import type { DialogContext } from './dialogLibrary';
import { normalize } from '../src/domain/text';
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
