/**
 * A civil-status act request's free-text answers read: the place of the event (the commune served,
 * another commune, or abroad, said alone or in a sentence; for a death, the last domicile here) and the parents' names (or « inconnu »,
 * « je sais pas », an e-mail typed ahead). Each completes the draft, or says why it is asked again.
 */
import { checkEventDay, isThisCommune, mayReceive } from '../src/domain/civilActs';
import { minorOwnAct } from '../src/domain/eligibility';
import { emailIn } from '../src/domain/emailAddress';
import type { Commune } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { checkNames, nameIssue, unknownParent } from '../src/nlu/namesAnswer';
import { notParentsNames } from '../src/nlu/parentsTown';
import { onlyAPlaceForParents } from '../src/nlu/parentsPlace';
import { cannotBeAPlace, livedIn, readPlaceSentence, saysNotUnderstood, saysOnlyARelation } from '../src/nlu/placeAnswer';
import { latestDay, readPastDay } from '../src/nlu/pastDay';
import { placeWithDetails } from '../src/nlu/placeWithDetails';
import { saysOwnName } from '../src/nlu/ownName';
import { splitFullName } from '../src/nlu/fullName';
import { firstNameForPlace, nameTypedAlone, namesForPlace } from '../src/nlu/namesForPlace';
import { fold } from '../src/nlu/yesNo';
import { check, recipientAsFiled, withoutFirstName } from './accountFields';
import { capitalized } from '../src/domain/capitals';
import type { AddressTown } from '../src/domain/postalAddress';
import { readAddressAnswer } from './addressAnswer';
import { recipientOf, type Draft } from './civilActDraft';
import { unknownInEnglish } from './civilActParentOne';
import { looksLikeAddress } from './contactAnswer';
import { readName } from './nameAnswer';

/** '' when the draft is completed; a lead (with its params) to ask again with; 'abroad' when the act is not the mairie's. */
export type Read = { leadKey: string; leadParams?: Record<string, unknown> } | 'abroad';

/** What the place question said before this answer: another commune named (its name), or that the person lived here. */
export interface PlaceBefore {
  otherPlace?: string;
  livedHere?: boolean;
  /** A first name typed alone just before (folded): typed again, it is the place (« Albert », in the Somme). */
  nameSaid?: string;
}

/**
 * « elle est née à Casablanca au Maroc », « à l'étranger »: abroad, as said up front; « il est né à Poissy »: Poissy.
 * « je comprends pas », « quoi ? »: the question explained again, never a town; « c pour mon père »: who the person is. For a death, the mairie of the last
 * domicile holds the act too (transcribed there): « il habitait Chanteloup » with the place of death said elsewhere
 * makes the request here.
 */
export function placeAnswer(t: Translate, commune: Commune, draft: Draft, answer: string, before: PlaceBefore = {}): Read {
  // What was told before is kept while the question is asked again.
  const kept = { ...(before.otherPlace ? { otherPlace: before.otherPlace } : {}), ...(before.livedHere ? { livedHere: true } : {}) };
  if (saysNotUnderstood(answer)) return { leadKey: `civilAct.placeExplained.${draft.kind ?? 'birth'}`, leadParams: kept };
  // « c pour mon père »: who the person is, never a town; taken when not known yet (the form chosen is for anyone), the place asked again.
  // (Another relation said once one is known keeps it: « acte de décès de mon mari », then « c pour ma mère ».)
  // « c pour moi » after the act changed from a father's death to a marriage: one's own act now, said back (never for a death).
  const relation = saysOnlyARelation(answer);
  if (relation) {
    const ownNow = relation === 'self' && draft.relation !== 'self' && draft.kind !== 'death';
    if (draft.relation && !ownNow) return { leadKey: 'civilAct.bad.place', leadParams: { ...kept, commune: commune.name } };
    const changed = draft.relation !== undefined;
    draft.relation = relation;
    return changed ? { leadKey: 'civilAct.askerNoted', leadParams: { ...kept, asker: t('civilAct.recapAsker.self') } } : { leadKey: 'civilAct.detailNoted', leadParams: kept };
  }
  const lived = draft.kind === 'death' ? livedIn(answer) : undefined;
  if (lived && isThisCommune(commune, lived)) {
    if (!before.otherPlace) return { leadKey: 'civilAct.domicileNoted', leadParams: { ...kept, livedHere: true } };
    draft.place = t('civilAct.placeTranscribed', { place: before.otherPlace, commune: commune.name });
    return { leadKey: 'civilAct.transcribedHere' };
  }
  // « Haddad Karim »: the person's names, never a town; kept for the name questions (read back), the place asked again.
  const names = lived ? undefined : namesForPlace(answer);
  const lastName = names && check('lastName', names.lastName);
  const firstName = names && check('firstName', names.firstName);
  if (lastName && firstName && !isThisCommune(commune, answer)) {
    if (draft.lastName || draft.firstName) return { leadKey: 'civilAct.bad.place', leadParams: { ...kept, commune: commune.name } };
    Object.assign(draft, { lastName, firstName });
    return { leadKey: 'civilAct.namesRead', leadParams: { ...kept, lastName, firstName } };
  }
  // A first name typed alone (the names are asked later), not another commune's; typed again, the word is the place
  // (« Albert », a commune of the Somme). « Jean » (never a last name): kept as the person's first name. « ROBERT » (a last
  // name too) or a second first name: said to look like a name, the place asked again.
  const word = lived ? undefined : nameTypedAlone(answer);
  if (word && !isThisCommune(commune, word) && before.nameSaid !== fold(word)) {
    const first = firstNameForPlace(word);
    const alone = first && !draft.firstName ? check('firstName', first) : undefined;
    if (alone) {
      draft.firstName = alone;
      return { leadKey: 'civilAct.firstNameKept', leadParams: { ...kept, firstName: alone, nameSaid: fold(word) } };
    }
    return { leadKey: 'civilAct.nameAtPlace', leadParams: { ...kept, name: word, nameSaid: fold(word) } };
  }
  const said = readPlaceSentence(lived ?? answer);
  if (said.abroad) return 'abroad';
  // « c quoi déjà ? », « pourquoi ? » are not another commune's name.
  if (!isThisCommune(commune, said.place) && (cannotBeAPlace(said.place) || nameIssue(said.place))) return { leadKey: 'civilAct.bad.place', leadParams: { ...kept, commune: commune.name } };
  if (!isThisCommune(commune, said.place)) {
    const place = capitalized(said.place.slice(0, 60));
    // The person lived here (said before): the death, elsewhere, is transcribed here.
    if (draft.kind === 'death' && before.livedHere && !lived) {
      draft.place = t('civilAct.placeTranscribed', { place, commune: commune.name });
      return { leadKey: 'civilAct.transcribedHere' };
    }
    return { leadKey: draft.kind === 'death' && !lived ? 'civilAct.otherCommuneDeath' : 'civilAct.otherCommune', leadParams: { ...kept, place, otherPlace: lived ? before.otherPlace : place } };
  }
  draft.place = commune.name;
  return { leadKey: '' };
}

/** The event's day taken with the place (`day`), and the one it replaces (`before`), to say back. */
export interface DayNoted {
  day?: string;
  before?: string;
}

/** The lead saying back the day taken with the place: noted, or changed from the one given before. */
export function dayNotedLead(noted: DayNoted, day: (iso: string) => string): { leadKey: string; leadParams?: Record<string, unknown> } | undefined {
  if (!noted.day) return undefined;
  return noted.before ? { leadKey: 'civilAct.dayChanged', leadParams: { day: day(noted.day), before: day(noted.before) } } : { leadKey: 'civilAct.dayKeptAhead', leadParams: { day: day(noted.day) } };
}

/**
 * « a carrieres, c mon mari il est decede le 3 novembre » at the place question: who the person is and the
 * day (« le 3 novembre » without a year: the last one; « né le 3 mars 1990 à Carrières »: said before the place) taken into the draft when they fit, the day in `noted`; the place's words
 * returned, to read as the answer (the whole answer when nothing else is said).
 */
export function placeBeside(draft: Draft, answer: string, today: string, noted: DayNoted = {}): string {
  const said = placeWithDetails(answer);
  if (!said) return answer;
  if (said.relation && !draft.relation && (!draft.kind || !draft.format || mayReceive(draft.kind, draft.format, said.relation))) draft.relation = said.relation;
  // A day already given and another said now: the new one taken, and said back with the one it replaces (never silently).
  // Without its year, a death's is the latest such day; a birth's or a marriage's is asked later, never guessed (civilActDay.ts).
  const day = said.eventDay ? readPastDay(said.eventDay, today) ?? (draft.kind === 'birth' || draft.kind === 'marriage' ? undefined : latestDay(said.eventDay, today)) : undefined;
  if (day && day !== draft.eventDay && checkEventDay(day, today) === 'ok' && !minorOwnAct({ ...draft, eventDay: day }, today)) {
    Object.assign(noted, { day, ...(draft.eventDay ? { before: draft.eventDay } : {}) });
    draft.eventDay = day;
  }
  // « à Chanteloup en 1985 »: the year kept for the day asked later (« le 22 juin » is then 22 June 1985).
  if (said.eventYear && !draft.eventDay && said.eventYear <= Number(today.slice(0, 4))) draft.eventYear = said.eventYear;
  // The names said beside, as a name answer would take them; none when either is not a name.
  const first = said.person && readName('firstName', said.person.firstName);
  const last = said.person && readName('lastName', said.person.lastName);
  if (first && last && 'name' in first && 'name' in last && !draft.firstName && !draft.lastName) Object.assign(draft, { firstName: first.name, lastName: last.name });
  return said.place;
}

/**
 * The last or first name of the act's person: « pourquoi ? » (why it is asked), « je sais pas », « c quoi déjà » (where to find
 * it), « je comprends pas » (what it asks), anything else not a name (what to write): asked again. Both names at the last name's,
 * first name not known yet (« Haddad Karim », « HADDAD Karim », « Karim Haddad »: fullName.ts): both kept, and read back;
 * not told apart (« Smith Nkoulou »): kept as typed, then the first name typed next taken off it (withoutFirstName).
 */
export function nameAnswer(field: 'lastName' | 'firstName', draft: Draft, answer: string): Exclude<Read, 'abroad'> {
  const read = readName(field, answer);
  if ('issue' in read) return { leadKey: read.issue === 'bad' ? `civilAct.bad.${field}` : read.issue === 'explain' ? `names.explained.${field}` : read.issue === 'relation' ? `names.relation.${field}` : `civilAct.${read.issue}.name` };
  const both = field === 'lastName' && !draft.firstName ? splitFullName(read.name) : undefined;
  const lastName = both && check('lastName', both.lastName);
  const firstName = both && check('firstName', both.firstName);
  if (lastName && firstName) {
    Object.assign(draft, { lastName, firstName });
    return { leadKey: 'civilAct.namesRead', leadParams: { lastName, firstName } };
  }
  // « Thomas Robert » kept as the last name, then « Robert »: the last name is « Thomas ».
  if (field === 'firstName' && draft.lastName) draft.lastName = withoutFirstName(draft.lastName, read.name);
  draft[field] = read.name;
  return { leadKey: '' };
}

/**
 * The parents' names, « inconnu » (beside a name or alone), « je sais pas » (unknown, as the question offers). A postal
 * address typed ahead (`where`: the language and the commune served, to read it): kept for the envelope when complete.
 */
export function parentsAnswer(t: Translate, draft: Draft, answer: string, today: string, where?: { locale: string; town?: AddressTown; towns?: readonly string[] }): string {
  // « inconnu », « père inconnu » beside a name: an answer, as the question offers (the name kept with it).
  const unknown = unknownParent(answer) ?? unknownInEnglish(answer);
  if (unknown) {
    draft.parents = unknown === 'all' ? t('civilAct.parentsUnknown') : answer.trim().slice(0, 200);
    return '';
  }
  // « je sais pas »: unknown, as the question offers; « pourquoi ? »: why they are asked.
  const issue = nameIssue(answer);
  if (issue === 'unsure') {
    draft.parents = t('civilAct.parentsUnknown');
    return '';
  }
  if (issue) return issue === 'why' ? 'civilAct.why.parents' : 'civilAct.bad.parents';
  // « Paris », « ma mère est née à Paris »: a place, not the names the form asks (their birthplace is not asked).
  const towns = [...(where?.towns ?? []), ...(where?.town ? [where.town.name] : []), ...(draft.place ? [draft.place] : [])];
  if (onlyAPlaceForParents(answer, towns)) return 'civilAct.bad.parentsPlace';
  const verdict = checkNames(answer, today);
  if (verdict === 'email') {
    // The e-mail, typed ahead: kept for its own question, the parents asked again.
    draft.email ??= emailIn(answer);
    return 'civilAct.bad.parentsEmailKept';
  }
  if (verdict !== 'ok' || looksLikeAddress(answer)) return where && draft.address === undefined && looksLikeAddress(answer) ? addressAhead(t, draft, answer, where) : 'civilAct.bad.parents';
  // « Poissy », « Martin »: a town known (the place just given, a commune served) or one word, never two parents' names.
  if (notParentsNames(answer, towns)) return 'civilAct.bad.parentsTown';
  draft.parents = answer.trim().slice(0, 200);
  return '';
}

/** An address typed at the parents' question: kept for the envelope when complete (not asked again), else said to come later. */
function addressAhead(t: Translate, draft: Draft, answer: string, where: { locale: string; town?: AddressTown }): string {
  const read = readAddressAnswer(t, where.locale, answer, undefined, undefined, where.town);
  if (!read.ok) return 'civilAct.bad.parentsAddressLater';
  draft.address = read.value;
  return 'civilAct.bad.parentsAddressKept';
}

/**
 * The name on the envelope: a name (« Sophie Martin »). « c'est moi », « à mon nom »: the resident's own name, taken when
 * known (the account's, or the person's for one's own act), else asked for (`civilAct.recipientOwn`); never kept as a name.
 */
export function recipientAnswer(draft: Draft, answer: string, account?: { firstName: string; lastName: string }): string {
  if (saysOwnName(answer)) {
    const own = account && account.lastName ? `${account.firstName} ${account.lastName.toUpperCase()}`.trim() : (recipientOf(draft) ?? ownNameAtParents(draft.parents));
    if (!own) return 'civilAct.recipientOwn';
    draft.recipient = own;
    return '';
  }
  const read = readName('lastName', answer);
  if ('issue' in read) return 'civilAct.bad.recipient';
  draft.recipient = recipientAsFiled(answer, read.name);
  return '';
}

/** Words after « moi » that are not the resident's name (« moi et mon mari », « moi sa mère »). */
const NOT_A_NAME = /^(?:et|ou|mon|ma|mes|son|sa|ses|le|la|les|pere|père|mere|mère|maman|papa|mari|femme|epoux|époux|epouse|épouse|je|j|suis|aussi|meme|même|c|est)$/iu;

/** « moi Aminata Diallo et mon mari Ibrahim Diallo » at the parents' question: the resident's own name, as filed (« Aminata DIALLO »). */
export function ownNameAtParents(parents: string | undefined): string | undefined {
  const said = parents ? /(?:^|[\s,;])moi\s*[,:]?\s+([\p{L}'’-]+)\s+([\p{L}'’-]+)(?=\s*(?:$|[,;.]|\bet\b))/iu.exec(parents) : null;
  const [first, last] = [said?.[1] ?? '', said?.[2] ?? ''];
  if (!first || !last || NOT_A_NAME.test(first) || NOT_A_NAME.test(last)) return undefined;
  // Said first name first (« moi Aminata Diallo »); typed in lower case, written as the commune's files write it.
  const typed = `${first} ${last}`;
  return typed === typed.toLocaleLowerCase('fr') ? `${capitalized(first)} ${last.toLocaleUpperCase('fr')}` : typed;
}
