/**
 * « retour » while the space is created (formBack.ts): the question before asked again — its answer said back and
 * forgotten, to be typed again; the answers given after it kept. At « Vouliez-vous écrire …@gmail.com ? », the e-mail's
 * own question; at « Que voulez-vous corriger ? », the read-back.
 */
import type { Translate } from '../src/i18n';
import { FIELDS, type Field } from './accountFields';
import type { Corrected, Draft } from './accountCorrections';
import { backLead, fieldBefore } from './formBack';

/** What the flow asks next after « retour » at the question now asked (`editing`, `choosing`: the read-back's correction). */
export function accountBack(t: Translate, options: Corrected, draft: Draft, suggesting: boolean): Corrected {
  if (options.choosing) return { draft, ...backLead(true) };
  const current = options.editing ?? FIELDS.find((f) => draft[f] === undefined);
  const before = suggesting ? 'email' : fieldBefore(FIELDS, current, (f) => draft[f] !== undefined);
  if (!before) return { draft, ...(options.editing ? { editing: options.editing } : {}), ...backLead(false) };
  const rest = { ...draft };
  delete rest[before];
  return { draft: rest, ...backLead(true, shown(t, before, draft[before])) };
}

/** An answer as the read-back shows it: the civility's word, « aucun » for no phone. */
function shown(t: Translate, field: Field, value: string | undefined): string | undefined {
  if (field === 'civility') return value ? t(`civility.${value}`) : undefined;
  return value === '' ? t('contact.none') : value;
}
