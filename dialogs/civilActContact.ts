/**
 * How the resident who asks an act hears of it. The act itself goes by post; the e-mail serves to
 * confirm and follow the request. Without one, the request is still taken (contactAnswer.ts, shared
 * with the guided démarches): a phone number for the état civil to call if needed, or nothing.
 */
import type { TurnContext } from 'botbuilder-core';
import type { Translate } from '../src/i18n';
import type { CommuneService } from '../src/domain/types';
import { addressKeptKey, badContactKey, contactAnswer as readContact, followLines, looksLikeAddress, phoneQuestionKey as questionKey } from './contactAnswer';
import { readAddressAnswer } from './addressAnswer';
import type { AddressTown } from '../src/domain/postalAddress';
import type { Draft } from './civilActDraft';

/** What an answer to the e-mail or the phone question adds to the draft; undefined when it does not fit. */
export const contactAnswer = (field: 'email' | 'phone', text: string, context: TurnContext): Partial<Draft> | undefined => readContact(field, text, context);

/**
 * The e-mail or phone question answered: what it adds to the draft (« pas de mail »: the phone asked next). The postal
 * address typed there, complete, is kept for the envelope and the question asked still. Returns the lead said next.
 */
export async function contactFieldAnswer(t: Translate, locale: string, field: 'email' | 'phone', text: string, draft: Draft, context: TurnContext, town: () => Promise<AddressTown | undefined>): Promise<string> {
  const given = contactAnswer(field, text, context);
  if (!given && !draft.address && looksLikeAddress(text)) {
    const read = readAddressAnswer(t, locale, text, undefined, undefined, await town());
    if (read.ok) {
      draft.address = read.value;
      return addressKeptKey(field);
    }
  }
  if (!given) return badContactKey(field, text);
  Object.assign(draft, given);
  if (given.phone === undefined) delete draft.phone;
  return '';
}

/** The phone question's wording: by SMS, « ce numéro » is offered. */
export const phoneQuestionKey = (context: TurnContext): string => questionKey(context, 'civilAct.ask.phone');

/** What is said once the request is sent: where the confirmation went, or (without e-mail) the reference to note and how they will hear. */
export function sentText(t: Translate, reference: string, draft: Draft, service: CommuneService): string {
  if (draft.email) return t('civilAct.sent', { reference, email: draft.email });
  return [t('civilAct.sentNoEmail', { reference }), ...followLines(t, reference, draft.phone, service, 'civilAct.callBack')].join('\n');
}
