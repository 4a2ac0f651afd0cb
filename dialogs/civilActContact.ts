/**
 * How the resident who asks an act hears of it. The act itself goes by post; the e-mail serves to
 * confirm and follow the request. Without one, the request is still taken (contactAnswer.ts, shared
 * with the guided démarches): a phone number for the état civil to call if needed, or nothing.
 */
import type { TurnContext } from 'botbuilder-core';
import type { Translate } from '../src/i18n';
import type { CommuneService } from '../src/domain/types';
import { contactAnswer as readContact, followLines, phoneQuestionKey as questionKey } from './contactAnswer';
import type { Draft } from './civilActDraft';

/** What an answer to the e-mail or the phone question adds to the draft; undefined when it does not fit. */
export const contactAnswer = (field: 'email' | 'phone', text: string, context: TurnContext): Partial<Draft> | undefined => readContact(field, text, context);

/** The phone question's wording: by SMS, « ce numéro » is offered. */
export const phoneQuestionKey = (context: TurnContext): string => questionKey(context, 'civilAct.ask.phone');

/** What is said once the request is sent: where the confirmation went, or (without e-mail) the reference to note and how they will hear. */
export function sentText(t: Translate, reference: string, draft: Draft, service: CommuneService): string {
  if (draft.email) return t('civilAct.sent', { reference, email: draft.email });
  return [t('civilAct.sentNoEmail', { reference }), ...followLines(t, reference, draft.phone, service, 'civilAct.callBack')].join('\n');
}
