/**
 * The sign-up form's corrections (createAccountDialog.ts): after « non » at the read-back, an earlier answer taken
 * back at a later question, a value typed alone that shows its field, and the postal address completed piece by piece.
 * Each gives what the form asks next: the draft with the new value, or the field to ask again.
 */
import type { Translate } from '../src/i18n';
import { recognizeChoice } from '../src/nlu/choice';
import { splitCorrection } from '../src/nlu/correction';
import type { AddressTown } from '../src/domain/postalAddress';
import { FIELDS, check, correctedAddress, fieldOfValue, fieldOptions, takesBack, type Field } from './accountFields';
import { readAddressAnswer } from './addressAnswer';
import { fold } from '../src/nlu/yesNo';
import { civilityFirst } from './accountUpfront';

export type Draft = Partial<Record<Field, string>>;

/** What the form asks next. */
export interface Corrected {
  draft: Draft;
  /** The field being corrected after the read-back. */
  editing?: Field;
  /** Asking which field to correct. */
  choosing?: boolean;
  leadKey?: string;
  leadParams?: Record<string, unknown>;
  /** A partial postal address given so far, completed by the next answer. */
  addressAnyInput?: string;
}

/** After « non »: the field shown by the value's shape (« non 78955 Carrières ») or named (« non, le nom c'est Moreau ») is corrected at once, or asked again; else which one. */
export function correction(t: Translate, locale: string, draft: Draft, rest: string | undefined, known?: AddressTown): Corrected {
  // « non c madame et mon nom c Lemoine »: each value given applied, then the read-back again.
  const each = rest ? correctedEach(t, locale, draft, rest, known) : undefined;
  if (each) return each;
  // A field is named by its name or by the value read back (« Durand, pas Dupont »).
  // A value that shows its field first (an e-mail holding the surname read back names the e-mail, not the surname).
  const shaped = rest ? fieldOfValue(rest) : undefined;
  if (shaped) return corrected(t, locale, draft, shaped.field, shaped.value, known);
  const fields = fieldOptions(t);
  const said = rest ? splitCorrection(rest, fields, FIELDS.map((f) => (f === 'civility' ? undefined : draft[f]))) : undefined;
  const named = said ? recognizeChoice(said.about, fields) : undefined;
  const field = named ? FIELDS[named.index] : undefined;
  if (!field) return { draft, choosing: true };
  return corrected(t, locale, draft, field, said?.value, known);
}

/** The clauses of a correction (« c madame et mon nom c Lemoine », « le prénom c'est Sarah, le mail c'est … »). */
const CLAUSES = /\s*;\s*|\s*,?\s+(?:et|puis|and)\s+(?:aussi\s+)?|\s*,\s*(?=(?:mon|ma|le|la|l['’]|son|sa|votre|c|c['’]\s?est|nom|pr[ée]nom|e-?mail|mail|t[ée]l|t[ée]l[ée]phone|portable|adresse|civilit[ée]|madame|monsieur)\b)/iu;
const CIVILITY_WORD = /\b(madame|mme|mrs|ms|monsieur|mr|m)\b/;

/** One clause of a correction: the field it names (by its name or its value's shape) and the form's next step with its value. */
function clause(t: Translate, locale: string, draft: Draft, part: string, known?: AddressTown): { field: Field; next: Corrected } | undefined {
  const shaped = fieldOfValue(part);
  if (shaped) return { field: shaped.field, next: corrected(t, locale, draft, shaped.field, shaped.value, known) };
  const fields = fieldOptions(t);
  const said = splitCorrection(part, fields, FIELDS.map((f) => (f === 'civility' ? undefined : draft[f])));
  const named = said ? recognizeChoice(said.about, fields) : undefined;
  const field = named ? FIELDS[named.index] : undefined;
  if (!field) return undefined;
  // « c madame »: the word that names the field is its value.
  const civility = field === 'civility' ? CIVILITY_WORD.exec(fold(part))?.[1] : undefined;
  if (civility) return { field, next: { draft: { ...draft, civility: check('civility', civility) ?? draft.civility } } };
  return { field, next: corrected(t, locale, draft, field, said?.value, known) };
}

/**
 * After « non » at the read-back, several fields corrected at once (« c madame et mon nom c Lemoine »), or the civility
 * alone (« non c madame »): each value applied (the later wins), then the read-back again, or the first field named without
 * a usable value asked. Undefined when a clause names no field or a partial address, or nothing is given: read as one.
 */
function correctedEach(t: Translate, locale: string, draft: Draft, rest: string, known?: AddressTown): Corrected | undefined {
  const parts = rest.split(CLAUSES).map((p) => p.trim()).filter(Boolean);
  let next: Corrected = { draft };
  let asked: Corrected | undefined;
  let given = false;
  for (const part of parts) {
    const read = clause(t, locale, next.draft, part, known);
    if (!read || (read.field === 'address' && read.next.editing)) return undefined;
    if (parts.length === 1 && read.field !== 'civility') return undefined;
    if (read.next.editing) asked ??= read.next;
    else given = true;
    next = { draft: read.next.draft };
  }
  return given ? { ...asked, draft: next.draft } : undefined;
}

/** At a later question, an earlier answer taken back (« non attends, je me suis trompée de mail »): taken when given, else asked again; then the form goes on. */
export function earlier(t: Translate, locale: string, draft: Draft, field: Field, text: string): Corrected | undefined {
  if (field === 'civility' || !takesBack(text)) return undefined;
  const answered = FIELDS.filter((f) => f !== 'civility' && f !== field && draft[f] !== undefined);
  // A value that shows its field (an e-mail at the phone's question) corrects that one.
  const shaped = fieldOfValue(text);
  if (shaped && shaped.field !== field && answered.includes(shaped.field)) return corrected(t, locale, draft, shaped.field, shaped.value);
  const fields = fieldOptions(t, answered);
  const said = splitCorrection(text, fields, answered.map((f) => draft[f]));
  const named = said ? recognizeChoice(said.about, fields) : undefined;
  const wrong = named ? answered[named.index] : undefined;
  return wrong ? corrected(t, locale, draft, wrong, said?.value) : undefined;
}

/**
 * « Mme Sarah Lemoine » at a name's question: the civility is the one typed, and the names after it are kept (both, when
 * both are typed); « Madame » alone: the civility, said noted, the name asked again. It was all kept as the last name.
 */
export function civilityAhead(t: Translate, draft: Draft, field: Field | undefined, text: string): Corrected | undefined {
  const given = field === 'lastName' || field === 'firstName' ? civilityFirst(text, field) : undefined;
  if (!given) return undefined;
  const only = !given.lastName && !given.firstName;
  return { draft: { ...draft, ...given }, ...(only ? { leadKey: 'createAccount.aheadNoted', leadParams: { field: t('createAccount.field.civility').toLowerCase() } } : {}) };
}

/** The field given its new value when it fits (an address may be completed: what is missing is asked), else asked again. */
export function corrected(t: Translate, locale: string, draft: Draft, field: Field, typed: string | undefined, known?: AddressTown): Corrected {
  if (field === 'address' && typed) return addressAnswer(t, locale, draft, correctedAddress(draft.address, typed), { draft, editing: 'address' }, known);
  const value = typed ? check(field, typed) : undefined;
  return value ? { draft: { ...draft, [field]: value } } : { draft, editing: field };
}

/** The postal address: complete (number and street, postal code, town), or what is missing asked with what was given kept; a phone number goes to the phone. */
export function addressAnswer(t: Translate, locale: string, draft: Draft, text: string, options: Omit<Corrected, 'draft'> & { draft?: Draft }, known?: AddressTown): Corrected {
  const read = readAddressAnswer(t, locale, text, options.addressAnyInput, undefined, known);
  if (read.ok) return { draft: { ...draft, address: read.value } };
  // A phone number typed at the address: kept for the phone (read back with the rest), the address asked again.
  if (read.phone) {
    const kept = read.phone !== draft.phone;
    return { draft: { ...draft, phone: read.phone }, editing: options.editing, leadKey: kept ? 'address.phoneKept' : 'address.phoneGiven', ...(options.addressAnyInput ? { addressAnyInput: options.addressAnyInput } : {}) };
  }
  return { draft, editing: options.editing, leadKey: read.leadKey, ...(read.leadParams ? { leadParams: read.leadParams } : {}), ...(read.kept ? { addressAnyInput: read.kept } : {}) };
}
