/**
 * After « non » at a civil-status act's read-back, as at a guichet: the answer named is changed at
 * once (« non, le nom c'est Moreau », « Durand, pas Dupont », « en fait elle est née le 15 mars ») or
 * asked again alone (« non, le nom »); when nothing is named (« 2 », « non », « Non, corriger »),
 * which answer to correct is asked, by number or by name (« l'email », « le nom »). Everything else
 * is kept, and read back again.
 */
import { checkEventDay } from '../src/domain/civilActs';
import { emailIn } from '../src/domain/emailAddress';
import { minorOwnAct } from '../src/domain/eligibility';
import type { Translate } from '../src/i18n';
import { recognizeChoice } from '../src/nlu/choice';
import { splitCorrection } from '../src/nlu/correction';
import { saysACorrection } from '../src/nlu/correctionCue';
import { checkNames } from '../src/nlu/namesAnswer';
import { takenBackRest } from '../src/nlu/takeBack';
import { fold } from '../src/nlu/yesNo';
import { saysOwnName } from '../src/nlu/ownName';
import { pastDayIn, readPastDay } from '../src/nlu/pastDay';
import { restatedPlace } from '../src/nlu/placeAnswer';
import type { Commune } from '../src/domain/types';
import type { ChoiceOption } from './choicePrompt';
import { check, phoneIn, recipientAsFiled } from './accountFields';
import { looksLikeAddress } from './contactAnswer';
import type { CivilActOptions, Draft, Field } from './civilActDraft';
import { placeAnswer, placeBeside } from './civilActAnswers';
import { readTakeBack, type Earlier, type FreeTextType } from './takenBackAnswer';

/** The answers that can be corrected, in the read-back's order: the field, its name, the words that name it. */
const CORRECTABLE: Array<[Field, string, string[]]> = [
  ['kind', 'civilAct.field.act', ['acte', 'l acte', 'type d acte', 'forme', 'copie', 'extrait', 'le type']],
  ['place', 'civilAct.field.place', ['lieu', 'ville', 'commune', 'le lieu']],
  ['lastName', 'createAccount.field.lastName', ['nom de famille', 'nom de naissance', 'le nom', 'nom']],
  ['firstName', 'createAccount.field.firstName', ['prenom', 'le prenom']],
  ['eventDay', 'civilAct.field.eventDay', ['date', 'jour', 'la date']],
  ['parents', 'civilAct.field.parents', ['parents', 'filiation', 'pere', 'mere', 'les parents']],
  ['email', 'createAccount.field.email', ['mail', 'email', 'e mail', 'courriel', 'adresse mail', 'l email', 'le mail', 'l adresse mail']],
  ['phone', 'createAccount.field.phone', ['telephone', 'tel', 'portable', 'numero', 'le telephone', 'le numero']],
  ['address', 'createAccount.field.address', ['adresse postale', 'adresse', 'l adresse', 'envoi']],
  ['recipient', 'civilAct.field.recipient', ['destinataire', 'le destinataire', 'nom sur l enveloppe', 'enveloppe', 'a quel nom', 'recipient']],
];

/** The answers the read-back showed: the phone only without an e-mail, the parents only when asked. */
const shown = (draft: Draft): Array<[Field, string, string[]]> =>
  CORRECTABLE.filter(([field]) => (field === 'kind' ? draft.kind !== undefined : field === 'email' ? draft.email !== undefined : draft[field]));

/** The numbered list of « Que voulez-vous corriger ? ». */
export const fixOptions = (t: Translate, draft: Draft): ChoiceOption[] => shown(draft).map(([, key, synonyms]) => ({ label: t(key), synonyms }));

/** The draft without the answer to correct (the act: its kind, form and who asks; the e-mail: with the phone given instead). */
export function without(draft: Draft, field: Field): Draft {
  const kept = { ...draft };
  const gone: Field[] = field === 'kind' ? ['kind', 'format', 'relation'] : field === 'email' || field === 'phone' ? ['email', 'phone'] : [field];
  for (const f of gone) delete kept[f];
  // The form corrected: all forms offered again, not the extracts only.
  if (gone.includes('format')) delete kept.extract;
  // A phone corrected keeps the « no e-mail » said.
  if (field === 'phone') kept.email = '';
  return kept;
}

/** The answer chosen in the list of « Que voulez-vous corriger ? » (its number, or its name as the shown options read it). */
export const fieldAt = (draft: Draft, index: number): Field | undefined => shown(draft)[index]?.[0];

/** After « non »: the answer named (« non, le nom c'est Moreau ») is changed or asked again; else which one is asked. */
export function correction(t: Translate, draft: Draft, rest: string | undefined, today: string): CivilActOptions {
  const options = shown(draft);
  // A field is named by its name or by the value read back (« Durand, pas Dupont »).
  const correctable = options.map(([, key, synonyms]) => ({ label: t(key), synonyms }));
  const said = rest ? splitCorrection(rest, correctable, options.map(([field]) => (typeof draft[field] === 'string' ? (draft[field] as string) : undefined))) : undefined;
  const named = said ? recognizeChoice(said.about, correctable) : undefined;
  // A date said without naming the field (« en fait elle est née le 15 mars ») corrects the date.
  const year = Number((draft.eventDay ?? today).slice(0, 4));
  const day = rest ? readPastDay(said?.value ?? rest, today) ?? pastDayIn(rest, today, year) : undefined;
  const field = named ? options[named.index]?.[0] : day ? 'eventDay' : undefined;
  if (!field) return { draft, fixing: true };
  if (field === 'eventDay') {
    const kept = without(draft, 'eventDay');
    // A day kept only when it passes the same checks as at the question; otherwise the question is asked again.
    return day && checkEventDay(day, today) === 'ok' && !minorOwnAct({ ...draft, eventDay: day }, today) ? { draft: { ...kept, eventDay: day } } : { draft: kept };
  }
  // « non le nom sur l'enveloppe c'est moi »: the resident's own name, asked for (the recipient's question reads it too).
  if (field === 'recipient' && said?.value && saysOwnName(said.value)) return { draft: without(draft, field), leadKey: 'civilAct.recipientOwn' };
  const value = said?.value && (field === 'lastName' || field === 'firstName' || field === 'email' || field === 'phone' || field === 'address') ? check(field, said.value) : said?.value && field === 'recipient' ? recipientChecked(said.value) : undefined;
  // « les parents c'est Paul Martin et Sophie Durand »: the names kept as at their question (else asked again).
  const parents = said?.value && field === 'parents' && checkNames(said.value, today) === 'ok' && !looksLikeAddress(said.value) ? said.value.trim().slice(0, 200) : undefined;
  const kept = without(draft, field);
  return { draft: value || parents ? { ...kept, [field]: value ?? parents } : kept };
}

/** The questions asked after the event's day, where a day said is never the answer. */
/** The envelope's name corrected: checked as a name, written as filed (« marie dupont » → « Marie DUPONT »). */
function recipientChecked(typed: string): string | undefined {
  const checked = check('lastName', typed);
  return checked && recipientAsFiled(typed, checked);
}

const AFTER_DAY: ReadonlySet<Field> = new Set(['parents', 'email', 'phone', 'address', 'recipient']);

/** The free-text answers an answer may take back (« non attends c'est chloe »): the names and the parents, in the order asked. */
const FREE_TEXT: Array<[Field, FreeTextType]> = [['lastName', 'lastName'], ['firstName', 'firstName'], ['parents', 'text']];

/**
 * An earlier name or the parents taken back at a later question (« pardon le nom c'est Martin » at the date): the
 * draft corrected (the value checked as at its question, or the answer asked again), the rest to read as this
 * question's answer, 'unclear' when nothing can be applied, or undefined when the message takes nothing back.
 */
export function takenBackAnswer(t: Translate, draft: Draft, field: Field, text: string, today: string): { draft: Draft } | { answer: string } | 'unclear' | undefined {
  // « non en fait il est décédé le 4 novembre » at a question after the day: the day corrected (never an e-mail, a phone, an address).
  const day = AFTER_DAY.has(field) && !emailIn(text) && !phoneIn(text) && !looksLikeAddress(text) ? dayTakenBack(draft, text, today) : undefined;
  if (day) return { draft: day };
  const current: FreeTextType | undefined = field === 'place' ? 'place' : field === 'parents' ? 'text' : field === 'lastName' || field === 'firstName' ? field : undefined;
  if (!current) return undefined;
  const asked = FREE_TEXT.findIndex(([f]) => f === field);
  const earlier: Earlier[] = FREE_TEXT.slice(0, asked < 0 ? 0 : asked).flatMap(([f, type]) => {
    const value = draft[f];
    return value ? [{ id: f, type, label: t(CORRECTABLE.find(([c]) => c === f)?.[1] ?? ''), value }] : [];
  });
  const back = readTakeBack(text, current, earlier, today);
  if (!back) return undefined;
  if ('unclear' in back) return 'unclear';
  if ('answer' in back) return back;
  const kept = without(draft, back.fix.id as Field);
  return { draft: back.fix.value ? { ...kept, [back.fix.id]: back.fix.value } : kept };
}

/**
 * The event's day taken back at a question after it (« non en fait il est décédé le 4 novembre » at the e-mail): the
 * draft with the new day (checked as at its question; otherwise the day is asked again), everything else kept; undefined
 * when the message takes nothing back or names no day. The caller makes sure the message is not this question's answer.
 */
export function dayTakenBack(draft: Draft, text: string, today: string): Draft | undefined {
  if (!draft.eventDay) return undefined;
  const rest = takenBackRest(text) ?? (saysACorrection(fold(text), text) ? text : undefined);
  const day = rest ? pastDayIn(rest, today, Number(draft.eventDay.slice(0, 4))) : undefined;
  if (!day) return undefined;
  const kept = without(draft, 'eventDay');
  return checkEventDay(day, today) === 'ok' && !minorOwnAct({ ...draft, eventDay: day }, today) ? { ...kept, eventDay: day } : kept;
}

/**
 * The event's place said again at the read-back (« elle est décédée à Poissy en fait », « non c'était à Poissy »): read as
 * at the place question, everything else kept. The commune served: read back again; another commune: where to ask, the
 * place asked again; abroad: 'abroad', as at the question. Undefined when the message says no place.
 */
export function placeRestated(t: Translate, commune: Commune, draft: Draft, text: string, today: string): CivilActOptions | 'abroad' | undefined {
  const said = draft.place ? restatedPlace(text) : undefined;
  if (!said) return undefined;
  const kept = without(draft, 'place');
  const read = placeAnswer(t, commune, kept, placeBeside(kept, said, today));
  if (read === 'abroad') return 'abroad';
  return { draft: kept, leadKey: read.leadKey || 'civilAct.detailNoted', ...(read.leadParams ? { leadParams: read.leadParams } : {}) };
}
