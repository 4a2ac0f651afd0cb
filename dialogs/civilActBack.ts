/**
 * « retour » in a civil-status act's request (formBack.ts): the question before, in the form's order, asked again — its
 * answer said back and forgotten, to be typed again; the others kept. At « Que voulez-vous corriger ? », the read-back.
 * The e-mail of a resident signed in is never asked: it is not a question to go back to.
 */
import type { Translate } from '../src/i18n';
import type { CivilActOptions, Draft, Field } from './civilActDraft';
import { shortDay } from './dateWords';
import { backLead, fieldBefore } from './formBack';

/** The order of the questions (civilActDraft.ts nextField). */
const ORDER: readonly Field[] = ['kind', 'format', 'relation', 'place', 'lastName', 'firstName', 'eventDay', 'parents', 'email', 'phone', 'address', 'recipient'];

/** What the flow asks after « retour » at `current` (undefined: the read-back); `fixing`: at which answer to correct. */
export function civilActBack(t: Translate, locale: string, draft: Draft, current: Field | undefined, fixing: boolean, signedIn: boolean): CivilActOptions {
  if (fixing) return { draft, ...backLead(true) };
  const before = fieldBefore(ORDER, current, (f) => draft[f] !== undefined && !(f === 'email' && signedIn));
  if (!before) return { draft, ...backLead(false) };
  const rest = { ...draft };
  delete rest[before];
  return { draft: rest, ...backLead(true, shown(t, locale, before, draft)) };
}

/** An answer as the read-back says it: the act, its form, who asks in words; the day written out; « non renseigné » for none. */
function shown(t: Translate, locale: string, field: Field, draft: Draft): string | undefined {
  const value = draft[field];
  if (field === 'kind' || field === 'format' || field === 'relation') return value ? t(`civilAct.${field}.${value}`) : undefined;
  if (field === 'eventDay') return value ? shortDay(locale, value) : undefined;
  return value === '' ? t('contact.none') : value;
}
