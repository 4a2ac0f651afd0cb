/**
 * How the resident who asks an act hears of it. The act itself goes by post; the e-mail serves to
 * confirm and follow the request. Without one (« je n'ai pas d'email », « pas de mail », « non j'en ai
 * pas »), as at a guichet, the request is still taken: a phone number is asked for the état civil
 * to call if needed (by SMS, « ce numéro » is the one written from), or nothing, and the reference
 * is said to be noted, with the service's number to ask where it stands.
 */
import type { TurnContext } from 'botbuilder-core';
import type { Translate } from '../src/i18n';
import { emailIn } from '../src/domain/emailAddress';
import type { CommuneService } from '../src/domain/types';
import { saysHasNone } from '../src/nlu/noneAnswer';
import { SENDER_PHONE } from '../src/sms/senderPhone';
import { check, phoneIn, saysThisNumber } from './accountFields';
import type { Draft } from './civilActDraft';

/** What an answer to the e-mail or the phone question adds to the draft; undefined when it does not fit. */
export function contactAnswer(field: 'email' | 'phone', text: string, context: TurnContext): Partial<Draft> | undefined {
  // An e-mail, at either question (found after all): the phone is not needed.
  const email = field === 'email' ? check('email', text) : emailIn(text);
  if (email) return { email, phone: undefined };
  if (field === 'email') return saysHasNone(text) ? { email: '' } : undefined;
  // By SMS, « ce numéro », « le même »: the number the resident writes from.
  const sender = saysThisNumber(text) ? (context.turnState.get(SENDER_PHONE) as string | undefined) : undefined;
  const phone = (sender ? check('phone', sender) : undefined) ?? check('phone', text) ?? phoneIn(text);
  if (phone) return { phone };
  return saysHasNone(text) ? { phone: '' } : undefined;
}

/** The phone question's wording: by SMS, « ce numéro » is offered. */
export const phoneQuestionKey = (context: TurnContext): string => (context.turnState.get(SENDER_PHONE) ? 'civilAct.ask.phoneSms' : 'civilAct.ask.phone');

/** What is said once the request is sent: where the confirmation went, or (without e-mail) the reference to note and how they will hear. */
export function sentText(t: Translate, reference: string, draft: Draft, service: CommuneService): string {
  if (draft.email) return t('civilAct.sent', { reference, email: draft.email });
  const lines = [t('civilAct.sentNoEmail', { reference })];
  if (draft.phone) lines.push(t('civilAct.callBack', { phone: draft.phone.replace(/(\d{2})(?=\d)/g, '$1 ') }));
  lines.push(service.phone ? t('civilAct.followByPhone', { reference, phone: service.phone }) : t('civilAct.followAtDesk', { reference, service: service.name }));
  return lines.join('\n');
}
