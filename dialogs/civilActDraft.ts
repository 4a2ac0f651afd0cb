/**
 * A civil-status act request being filled in: its answers (the draft), the next question, what an
 * answer to another question adds, and the read-back (corrections: civilActCorrection.ts).
 */
import { formatsFor, mayReceive, needsRelation, type ActFormat, type ActKind, type Relation } from '../src/domain/civilActs';
import type { Translate } from '../src/i18n';
import { takenBackRest } from '../src/nlu/takeBack';
import { fold } from '../src/nlu/yesNo';
import { readActDetails } from '../src/nlu/upfrontDetails';
import type { ChoiceOption } from './choicePrompt';
import { spacedPhone } from './contactAnswer';
import { shortDay } from './dateWords';
import { parentsAsFiled } from './parentsAsFiled';
import { addressShown } from '../src/domain/addressShown';
import type { AddressTown } from '../src/domain/postalAddress';
import { unknownParent } from '../src/nlu/namesAnswer';

export interface Draft {
  kind?: ActKind;
  format?: ActFormat;
  /** « un extrait » said, not which: only the two extracts are offered (civilActForm.ts). */
  extract?: true;
  relation?: Relation;
  place?: string;
  lastName?: string;
  firstName?: string;
  eventDay?: string;
  /** The event's year said alone up front (« mariés en 2012 »): a day said later without its year is of it (civilActDay.ts). */
  eventYear?: number;
  parents?: string;
  /** '' when the resident has none: the act still goes by post (civilActContact.ts). */
  email?: string;
  /** Asked only without an e-mail, for the état civil to call if needed; '' when none is given. */
  phone?: string;
  address?: string;
  /** The name on the envelope: asked when the act is someone else's (one's own act goes to one's own name). */
  recipient?: string;
}
/** A question's answer (not the flag that narrows the form question). */
export type Field = Exclude<keyof Draft, 'extract' | 'eventYear'>;

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
  /** After « non » at the read-back: which answer to correct is asked. */
  fixing?: boolean;
  /** The question asked at the turn before, and the leads said at it: the same question asked again is short (its leads said once). */
  askedBefore?: string;
  leadsBefore?: string[];
  /** A parent known by one name (« Fatima »): read back for a yes before it is kept (civilActParentOne.ts). */
  parentPending?: string;
}

const SYNONYMS: Record<ActKind | ActFormat | Relation, string[]> = {
  birth: ['naissance', 'ne le', 'nee le'],
  marriage: ['mariage', 'marie', 'mariee'],
  death: ['deces', 'dece', 'mort'],
  full_copy: ['copie', 'integrale', 'copie complete', 'complete', 'full copy'],
  extract_with_parents: ['avec filiation', 'avec les parents', 'extrait avec', 'extract with parents'],
  extract_without_parents: ['sans filiation', 'sans les parents', 'extrait sans', 'extract without parents'],
  self: ['moi', 'moi meme', 'c est moi', 'la personne', 'je suis la personne', 'me', 'myself', 'it s me', 'mine', 'my own'],
  spouse: ['conjoint', 'conjointe', 'epoux', 'epouse', 'mari', 'femme', 'spouse', 'husband', 'wife', 'i am his wife', 'i am her husband'],
  ascendant: ['parent', 'pere', 'mere', 'grand pere', 'grand mere', 'ascendant', 'je suis sa mere', 'je suis son pere', 'mother', 'father', 'mom', 'mum', 'dad', 'grandmother', 'grandfather', 'i am his mother', 'i am her mother', 'i am his father', 'i am her father', 'i m his mother', 'i m her mother', 'i m his father', 'i m her father'],
  descendant: ['enfant', 'fils', 'fille', 'petit fils', 'petite fille', 'descendant', 'my son', 'his son', 'her son', 'daughter', 'child', 'grandson', 'granddaughter', 'grandchild'],
  legal_representative: ['representant', 'tuteur', 'tutrice', 'curateur'],
  other: ['autre', 'ami', 'amie', 'notaire', 'voisin', 'cousin', 'cousine', 'oncle', 'tante', 'frere', 'soeur', 'friend', 'neighbour', 'neighbor', 'notary', 'uncle', 'aunt', 'brother', 'sister'],
};
export function nextField(d: Draft): Field | undefined {
  if (!d.kind) return 'kind';
  if (!d.format) return formatsFor(d.kind).length === 1 ? undefined : 'format';
  if (needsRelation(d.kind, d.format) && !d.relation) return 'relation';
  for (const f of ['place', 'lastName', 'firstName', 'eventDay'] as const) if (!d[f]) return f;
  if (d.kind === 'birth' && d.format !== 'extract_without_parents' && !d.parents) return 'parents';
  if (d.email === undefined) return 'email';
  if (d.email === '' && d.phone === undefined) return 'phone';
  if (!d.address) return 'address';
  return d.relation !== 'self' && !d.recipient ? 'recipient' : undefined;
}

/** The name the act is sent to: the one given, or, for one's own act, the person's. */
export const recipientOf = (d: Draft): string | undefined => d.recipient ?? (d.relation === 'self' && d.lastName ? `${d.firstName ?? ''} ${d.lastName.toUpperCase()}`.trim() : undefined);

/** Whether an answer says something about the act not known yet (its kind, form, who asks, abroad). */
export function saysMore(draft: Draft, text: string): boolean {
  const said = readActDetails(text);
  return Boolean(said.abroad || (said.kind && !draft.kind) || (said.format && !draft.format) || (said.relation && !draft.relation));
}

/** « c'est pour moi » again, « it's for me » after « my birth certificate »: only what the request already holds (acknowledged, not « je n'ai pas compris »). */
export function saysKnown(draft: Draft, text: string): boolean {
  const said = readActDetails(text);
  const told = [said.kind && said.kind === draft.kind, said.format && said.format === draft.format, said.relation && said.relation === draft.relation];
  const other = [said.kind && said.kind !== draft.kind, said.format && said.format !== draft.format, said.relation && said.relation !== draft.relation, said.abroad, said.eventDay, said.place];
  return told.some(Boolean) && !other.some(Boolean);
}

/**
 * The act, the form or who asks, said again otherwise at a later question (« ah non en fait c'est pour ma fille » once
 * « c'est moi » was answered, « non en fait c'est un acte de mariage » in a birth act's request): the draft with the new
 * details, or undefined when nothing is taken back. Another act keeps what still applies (the person, who asks, the
 * form it is delivered in, the contact and the address); the event's place and day, and a birth's parents, are asked
 * again. Another relation once the person was described is another person: their place, names, day and parents are
 * asked again (not for a legal representative, who speaks for the same person). A form the new act or relation may
 * not be delivered in is asked again.
 */
export function takenBack(draft: Draft, text: string): { draft: Draft; notEntitled: boolean; kindBefore?: ActKind; personChanged?: boolean } | undefined {
  // « non le nom sur l'enveloppe c'est moi »: the envelope's name corrected (civilActCorrection.ts), not who asks.
  // « plutôt un acte de mariage » takes back the act as « en fait » does.
  if ((takenBackRest(text) === undefined && !/^plutot\b/.test(fold(text))) || ENVELOPE.test(fold(text))) return undefined;
  const said = readActDetails(text);
  // Another act only when an act is named (« un acte de mariage », « plutôt le mariage »): « en fait elle est née le 15 mars » is a detail.
  const kinds = NAMES_AN_ACT.test(fold(text)) ? (['kind'] as const) : [];
  // Who asks, never asked (an extract without parents: anyone may have it) or not yet: « non attendez c'est pour ma mère » noted too.
  const changed = ([...kinds, 'format', 'relation'] as const).filter((f) => said[f] && (draft[f] ? said[f] !== draft[f] : f === 'relation' && Boolean(draft.kind)));
  if (changed.length === 0) return undefined;
  let next: Draft = { ...draft, ...(said.format ? { format: said.format } : {}), ...(said.relation ? { relation: said.relation } : {}) };
  if (changed.includes('kind') && said.kind) {
    const { place: _place, eventDay: _day, parents, ...kept } = next;
    next = { ...kept, kind: said.kind, ...(said.kind === 'birth' && parents ? { parents } : {}) };
  }
  // Another person (« de mon fils », then « non en fait c'est ma mère »): their place, names, day and parents asked again.
  // Who asks said for the first time: the person described so far is the act's, kept.
  const personChanged = !changed.includes('kind') && changed.includes('relation') && draft.relation !== undefined && ![draft.relation, said.relation].includes('legal_representative') && Boolean(draft.lastName || draft.firstName || draft.eventDay);
  if (personChanged) for (const f of ['place', 'lastName', 'firstName', 'eventDay', 'parents'] as const) delete next[f];
  if (next.kind && next.format && !formatsFor(next.kind).includes(next.format)) delete next.format;
  const notEntitled = Boolean(next.kind && next.format && next.relation && !mayReceive(next.kind, next.format, next.relation));
  if (notEntitled) delete next.format;
  return { draft: next, notEntitled, ...(next.kind !== draft.kind && draft.kind ? { kindBefore: draft.kind } : {}), ...(personChanged ? { personChanged } : {}) };
}

/** Words that name an act (or a choice of one), not a detail of its event. */
const NAMES_AN_ACT = /\b(?:actes?|certificats?|certificates?|records?|extraits?|extracts?|copies?|plutot|rather|instead)\b/;

/** The name on the envelope named (« le nom sur l'enveloppe », « le destinataire », « à mon nom »). */
const ENVELOPE = /\b(?:enveloppe|envelope|destinataire|recipient|addressee|au nom|a mon nom|in my name|addressed)\b/;

export const optionsOf = <T extends ActKind | ActFormat | Relation>(values: readonly T[], label: (v: T) => string): ChoiceOption[] => values.map((v) => ({ label: label(v), synonyms: SYNONYMS[v] }));

/** The read-back; `known`: the commune whose postal code, before its short name, reads as its full name (addressShown.ts). */
export function recap(t: Translate, d: Draft, locale: string, known?: AddressTown): string {
  const phone = spacedPhone(d.phone ?? '');
  // Without an e-mail: the phone number to call, or nothing but the reference to note.
  const key = d.email ? 'civilAct.recap' : phone ? 'civilAct.recapPhone' : 'civilAct.recapNoContact';
  // Who asks, for the resident to check it (« c'est pour ma fille » said late changes it).
  const asker = d.relation ? ` ${t(`civilAct.recapAsker.${d.relation}`)}` : '';
  const to = d.recipient ? ` ${t('civilAct.recapRecipient', { name: d.recipient })}` : '';
  // The parents as written, tidied (« Paul MARTIN et Marie DURAND »; the read-back offers to correct them: they are shown).
  const parents = d.parents ? ` ${t('civilAct.recapParents', { parents: unknownParent(d.parents) ? d.parents : parentsAsFiled(d.parents) })}` : '';
  return `${t(key, {
    act: `${t(`civilAct.format.${d.format ?? 'full_copy'}`)} — ${t(`civilAct.kind.${d.kind ?? 'birth'}`)}`,
    person: `${d.firstName ?? ''} ${(d.lastName ?? '').toUpperCase()}`,
    day: d.eventDay ? shortDay(locale, d.eventDay) : '',
    place: d.place ?? '',
    email: d.email ?? '',
    phone,
    address: d.address ? addressShown(d.address, known) : '',
  })}${parents}${to}${asker}`;
}
