/**
 * A civil-status act request being filled in: its answers (the draft), the next question, what an
 * answer to another question adds, a correction after « non » at the read-back, and the read-back.
 */
import { checkEventDay, formatsFor, needsRelation, type ActFormat, type ActKind, type Relation } from '../src/domain/civilActs';
import { minorOwnAct } from '../src/domain/eligibility';
import type { Translate } from '../src/i18n';
import { recognizeChoice } from '../src/nlu/choice';
import { splitCorrection } from '../src/nlu/correction';
import { pastDayIn, readPastDay } from '../src/nlu/pastDay';
import { readActDetails } from '../src/nlu/upfrontDetails';
import type { ChoiceOption } from './choicePrompt';
import { check } from './accountFields';

export interface Draft {
  kind?: ActKind;
  format?: ActFormat;
  relation?: Relation;
  place?: string;
  lastName?: string;
  firstName?: string;
  eventDay?: string;
  parents?: string;
  email?: string;
  address?: string;
}
export type Field = keyof Draft;

export interface CivilActOptions {
  draft: Draft;
  /** The message that started it (« acte de décès »): it may already say which act. */
  text?: string;
  leadKey?: string;
  leadParams?: Record<string, unknown>;
  /** Who may receive which form was said: not again when the form is asked again. */
  ruled?: boolean;
  /** An address given in part (« 12 rue de la Gare »): kept, the next answer adds what is missing. */
  addressKept?: string;
}

const SYNONYMS: Record<ActKind | ActFormat | Relation, string[]> = {
  birth: ['naissance', 'ne le', 'nee le'],
  marriage: ['mariage', 'marie', 'mariee'],
  death: ['deces', 'dece', 'mort'],
  full_copy: ['copie', 'integrale', 'copie complete', 'complete'],
  extract_with_parents: ['avec filiation', 'avec les parents', 'extrait avec'],
  extract_without_parents: ['sans filiation', 'sans les parents', 'extrait sans'],
  self: ['moi', 'moi meme', 'c est moi', 'la personne', 'je suis la personne', 'me'],
  spouse: ['conjoint', 'conjointe', 'epoux', 'epouse', 'mari', 'femme'],
  ascendant: ['parent', 'pere', 'mere', 'grand pere', 'grand mere', 'ascendant'],
  descendant: ['enfant', 'fils', 'fille', 'petit fils', 'petite fille', 'descendant'],
  legal_representative: ['representant', 'tuteur', 'tutrice', 'curateur'],
  other: ['autre', 'ami', 'amie', 'notaire', 'voisin', 'cousin', 'cousine', 'oncle', 'tante', 'frere', 'soeur'],
};
/** The answers a « non, le nom c'est … » at the read-back can name, with what names them. */
const CORRECTABLE: Array<[Field, string, string[]]> = [
  ['lastName', 'createAccount.field.lastName', ['nom de famille']],
  ['firstName', 'createAccount.field.firstName', ['prenom']],
  ['email', 'createAccount.field.email', ['mail', 'courriel', 'adresse mail']],
  ['address', 'createAccount.field.address', ['adresse postale']],
  ['place', 'civilAct.field.place', ['lieu', 'ville', 'commune']],
  ['eventDay', 'civilAct.field.eventDay', ['date', 'jour']],
  ['parents', 'civilAct.field.parents', ['parents', 'filiation', 'pere', 'mere']],
];

export function nextField(d: Draft): Field | undefined {
  if (!d.kind) return 'kind';
  if (!d.format) return formatsFor(d.kind).length === 1 ? undefined : 'format';
  if (needsRelation(d.kind, d.format) && !d.relation) return 'relation';
  for (const f of ['place', 'lastName', 'firstName', 'eventDay'] as const) if (!d[f]) return f;
  if (d.kind === 'birth' && d.format !== 'extract_without_parents' && !d.parents) return 'parents';
  for (const f of ['email', 'address'] as const) if (!d[f]) return f;
  return undefined;
}

/** Whether an answer says something about the act not known yet (its kind, form, who asks, abroad). */
export function saysMore(draft: Draft, text: string): boolean {
  const said = readActDetails(text);
  return Boolean(said.abroad || (said.kind && !draft.kind) || (said.format && !draft.format) || (said.relation && !draft.relation));
}

export const optionsOf = <T extends ActKind | ActFormat | Relation>(values: readonly T[], label: (v: T) => string): ChoiceOption[] => values.map((v) => ({ label: label(v), synonyms: SYNONYMS[v] }));

/** After « non »: the answer named (« non, le nom c'est Moreau ») is changed or asked again; else the act's details again, the rest kept. */
export function correction(t: Translate, draft: Draft, rest: string | undefined, today: string): CivilActOptions {
  // A field is named by its name or by the value read back (« Durand, pas Dupont »).
  const correctable = CORRECTABLE.map(([, key, synonyms]) => ({ label: t(key), synonyms }));
  const said = rest ? splitCorrection(rest, correctable, CORRECTABLE.map(([field]) => (typeof draft[field] === 'string' ? (draft[field] as string) : undefined))) : undefined;
  const named = said ? recognizeChoice(said.about, correctable) : undefined;
  // A date said without naming the field (« en fait elle est née le 15 mars ») corrects the date.
  const year = Number((draft.eventDay ?? today).slice(0, 4));
  const day = rest ? readPastDay(said?.value ?? rest, today) ?? pastDayIn(rest, today, year) : undefined;
  const field = named ? CORRECTABLE[named.index]?.[0] : day ? 'eventDay' : undefined;
  if (!field) return { draft: { kind: draft.kind, email: draft.email, address: draft.address }, leadKey: 'civilAct.restart' };
  if (field === 'eventDay') {
    const { eventDay: _old, ...kept } = draft;
    // A day kept only when it passes the same checks as at the question; otherwise the question is asked again.
    return day && checkEventDay(day, today) === 'ok' && !minorOwnAct({ ...draft, eventDay: day }, today) ? { draft: { ...kept, eventDay: day } } : { draft: kept };
  }
  const value = said?.value && (field === 'lastName' || field === 'firstName' || field === 'email' || field === 'address') ? check(field, said.value) : undefined;
  const { [field]: _old, ...kept } = draft;
  return { draft: value ? { ...kept, [field]: value } : kept };
}

export function recap(t: Translate, d: Draft): string {
  return t('civilAct.recap', {
    act: `${t(`civilAct.format.${d.format ?? 'full_copy'}`)} — ${t(`civilAct.kind.${d.kind ?? 'birth'}`)}`,
    person: `${d.firstName ?? ''} ${(d.lastName ?? '').toUpperCase()}`,
    day: d.eventDay ? `${d.eventDay.slice(8, 10)}/${d.eventDay.slice(5, 7)}/${d.eventDay.slice(0, 4)}` : '',
    place: d.place ?? '',
    email: d.email ?? '',
    address: d.address ?? '',
  });
}

