/**
 * How a resident without an e-mail hears of a request (a civil-status act, a guided démarche), as at
 * a guichet: « je n'ai pas d'email », « pas de mail », « non j'en ai pas » is not a bad address but a
 * choice to go on without one. A phone number is asked instead (by SMS, « ce numéro » is the number
 * written from), or nothing; once sent, the reference is said to be noted, with the service's number
 * (or its guichet) to ask where it stands.
 */
import type { TurnContext } from 'botbuilder-core';
import type { Translate } from '../src/i18n';
import { emailIn } from '../src/domain/emailAddress';
import { normalize } from '../src/domain/text';
import { addressInSentence } from '../src/domain/postalAddress';
import type { CommuneService } from '../src/domain/types';
import { saysHasNone } from '../src/nlu/noneAnswer';
import { SENDER_PHONE } from '../src/sms/senderPhone';
import { recognizeYesNo } from '../src/nlu/yesNo';
import { check, phoneIn, saysThisNumber } from './accountFields';

/** '' for the e-mail or the phone: the resident has none; undefined phone: not needed (an e-mail was given). */
export interface Contact {
  email?: string;
  phone?: string;
}

/** What an answer to the e-mail or the phone question gives; undefined when it does not fit. */
export function contactAnswer(field: 'email' | 'phone', text: string, context: TurnContext): Contact | undefined {
  // An e-mail, at either question (found after all): the phone is not needed.
  const email = field === 'email' ? check('email', text) : emailIn(text);
  if (email) return { email, phone: undefined };
  if (field === 'email') return saysHasNone(text) ? { email: '' } : undefined;
  // By SMS, « ce numéro », « le même », a bare « oui » (call me): the number the resident writes from.
  const sender = saysThisNumberOrYes(text) ? (context.turnState.get(SENDER_PHONE) as string | undefined) : undefined;
  const phone = (sender ? check('phone', sender) : undefined) ?? check('phone', text) ?? phoneIn(text);
  if (phone) return { phone };
  return saysHasNone(text) ? { phone: '' } : undefined;
}

/** Whether an answer reads as a postal address, a number and a street (typed ahead at the phone question). */
export const looksLikeAddress = (text: string): boolean => addressInSentence(text) !== undefined;

/** Why an answer does not fit the e-mail or the phone question: an address typed ahead there is asked right after. */
export const badContactKey = (field: 'email' | 'phone', text: string): string =>
  looksLikeAddress(text) ? (field === 'phone' ? 'request.addressNext' : 'request.addressNextEmail') : field === 'email' && wordsNotEmail(text) ? 'request.bad.emailWords' : `request.bad.${field}`;

/** Words at the e-mail question, no try at an address (« Paul Martin et Anne Durand »): an e-mail is what is awaited, said so. */
const wordsNotEmail = (text: string): boolean => !/[@.]|\b(?:arobase|gmail|hotmail|outlook|orange|free|yahoo|laposte|wanadoo|sfr|icloud)\b/i.test(text) && normalize(text).split(' ').length >= 2;

/** What is said once an address typed at the e-mail or the phone question is kept for its own question. */
export const addressKeptKey = (field: 'email' | 'phone'): string => (field === 'phone' ? 'request.addressKept' : 'request.addressKeptEmail');

/** Whether the phone question offers « ce numéro » (SMS): a bare « oui », « ok » then answers it (questionAsked.ts `takesYes`). */
export const offersThisNumber = (context: TurnContext): boolean => Boolean(context.turnState.get(SENDER_PHONE));

/** « ce numéro », « le même », or a bare « oui », « ok », « ouais » (at a question that offers « ce numéro »). */
export function saysThisNumberOrYes(text: string): boolean {
  const yes = recognizeYesNo(text);
  return saysThisNumber(text) || (yes?.answer === 'yes' && !yes.rest);
}

/** The phone question's key: by SMS (`<key>Sms`), « ce numéro » is offered. */
export const phoneQuestionKey = (context: TurnContext, key: string): string => (context.turnState.get(SENDER_PHONE) ? `${key}Sms` : key);

/** A phone number as read aloud: « 06 12 34 56 78 ». */
export const spacedPhone = (phone: string): string => phone.replace(/(\d{2})(?=\d)/g, '$1 ');

/** After a request sent without an e-mail: the call back (`callBackKey`, when a phone was given) and how to ask where it stands. */
export function followLines(t: Translate, reference: string, phone: string | undefined, service: CommuneService, callBackKey: string): string[] {
  const lines = phone ? [t(callBackKey, { phone: spacedPhone(phone) })] : [];
  // Without an e-mail, this conversation is where it is followed (« où en est ma demande … »); the service too, with the reference.
  lines.push(t('request.followHere', { reference }));
  lines.push(service.phone ? t('request.followByPhone', { reference, phone: service.phone }) : t('request.followAtDesk', { reference, service: service.name }));
  return lines;
}
