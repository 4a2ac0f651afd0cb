/**
 * A resident without an e-mail during « Créer mon espace », as at a guichet: « jai pas de mail » at the
 * e-mail question, « c obligatoire le mail ? jen ai pas » at any question. Not a bad address: the
 * personal space needs one (the confirmation code is sent there); what can be done without it (the
 * démarches without an account, the guichet unique) is said, and the resident chooses to go on with
 * the form or to stop.
 */
import type { Commune } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { prepare } from '../src/nlu/frenchText';
import { saysHasNone } from '../src/nlu/noneAnswer';
import type { ChoiceOption } from './choicePrompt';
import { contactLines } from './infoAnswers';

const MAIL = /\b(?:e ?mails?|mails?|courriels?|mel)\b/;
const REQUIRED = /\b(?:obligatoire|oblige|obligee|forcement|faut(?: il)?|besoin|indispensable|required|mandatory|need)\b/;

/** Whether the answer says the resident has no e-mail (or asks whether one is required): at the e-mail question, any « je n'en ai pas ». */
export function saysNoEmail(text: string, atEmailQuestion: boolean): boolean {
  const said = prepare(text).replace(/[?!.,]/g, ' ').replace(/\s+/g, ' ').trim();
  if (atEmailQuestion && saysHasNone(text)) return true;
  return MAIL.test(said) && (saysHasNone(text) || REQUIRED.test(said));
}

/** Why an e-mail is needed, what to do without one (with the guichet unique's contact), and the question: go on or stop. */
export function noEmailText(t: Translate, commune: Commune, short = false): string {
  const desk = commune.services.find((s) => s.code === 'guichet_unique') ?? commune.services.find((s) => s.code === 'mairie');
  return [t('createAccount.noEmail.why'), t('createAccount.noEmail.without'), ...(desk ? [contactLines(t, commune, desk, short)] : []), t('createAccount.noEmail.ask')].join('\n');
}

export const noEmailOptions = (t: Translate): ChoiceOption[] => [{ label: t('createAccount.noEmail.keep') }, { label: t('createAccount.noEmail.stop') }];
