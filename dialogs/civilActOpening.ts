/**
 * What the message that opened an act request said (« copie intégrale de naissance de mon cousin », « né le 3 mars 2015
 * à Poissy »): taken into the draft when it passes the questions' checks, so that it is not asked again. A declaration
 * (a birth, a death to declare) or an act abroad is not a request here: said instead.
 */
import { checkEventDay, formatsFor, isThisCommune, mayReceive } from '../src/domain/civilActs';
import { minorOwnAct } from '../src/domain/eligibility';
import type { Commune } from '../src/domain/types';
import { readPastDay } from '../src/nlu/pastDay';
import { cannotBeAPlace, placeName } from '../src/nlu/placeAnswer';
import { placePrefixes, readActDetails } from '../src/nlu/upfrontDetails';
import { youngPersonIn } from '../src/nlu/youngPerson';
import { nameAsFiled } from './accountFields';
import { namesAnExtract, notEntitledNoted } from './civilActForm';
import type { Draft } from './civilActDraft';

export type Opening = { leadKey?: string; leadParams?: Record<string, unknown> } | { declaration: string } | 'abroad';

/** Completes `draft` with what `text` said; the lead to ask the next question with, or what to say instead. */
export function readOpening(commune: Commune, draft: Draft, text: string, today: string): Opening {
  const said = readActDetails(text);
  // A birth, a death or a recognition is declared in person at a mairie: where, and who to ask here.
  if (said.declaration) return { declaration: said.declaration };
  if (said.abroad) return 'abroad';
  let opening: Opening = {};
  draft.kind ??= said.kind;
  draft.format ??= said.format;
  // « un extrait d'acte de naissance »: which of the two extracts is all that is asked (civilActForm.ts).
  if (!draft.format && namesAnExtract(text)) draft.extract = true;
  draft.relation ??= said.relation;
  // « ma fille Léa Durand » : the person's names, introduced with who they are, not asked again.
  // « je m'appelle Karim Haddad » for one's own act: the person's names too.
  const person = said.person && draft.relation && draft.relation !== 'self' ? said.person : draft.relation === 'self' ? said.ownName : undefined;
  if (person) {
    draft.firstName ??= nameAsFiled('firstName', person.firstName);
    draft.lastName ??= nameAsFiled('lastName', person.lastName);
  }
  // « pour ma fille Lina » (a first name alone, after a son or a daughter): kept, the last name asked (as the census does).
  const young = !person && draft.relation && draft.relation !== 'self' ? youngPersonIn(text).firstName : undefined;
  if (young) draft.firstName ??= nameAsFiled('firstName', young);
  if (said.place && !draft.place && placePrefixes(said.place).some((p) => isThisCommune(commune, p))) draft.place = commune.name;
  else if (said.place && !draft.place && !cannotBeAPlace(said.place)) {
    // Another commune named up front (« né le 3 mars 2015 à Poissy »): said at once, the place asked as when answered.
    opening = { leadKey: draft.kind === 'death' ? 'civilAct.otherCommuneDeath' : 'civilAct.otherCommune', leadParams: { place: placeName(said.place).slice(0, 60).replace(/^[a-z]/, (c) => c.toUpperCase()) } };
  }
  // The day said up front is kept when it passes the question's checks, who asks not known yet read as the person (a minor's own birth
  // act is refused at the day's question, which says why); it was kept only when who asks was said too (« on s'est mariés le 14 juin 2008 »).
  const day = said.eventDay && !draft.eventDay ? readPastDay(said.eventDay, today) : undefined;
  if (day && checkEventDay(day, today) === 'ok' && !minorOwnAct({ ...draft, relation: draft.relation ?? 'self', eventDay: day }, today)) draft.eventDay = day;
  // « on s'est mariés en 2012 »: the year alone, for the day said later without one.
  if (!draft.eventDay && said.eventYear && said.eventYear <= Number(today.slice(0, 4))) draft.eventYear ??= said.eventYear;
  if (draft.kind && draft.format && !formatsFor(draft.kind).includes(draft.format)) delete draft.format;
  // « copie intégrale … de ma soeur »: the extract without parentage noted instead, said so (civilActForm.ts).
  if (draft.kind && draft.format && draft.relation && !mayReceive(draft.kind, draft.format, draft.relation)) opening = { ...opening, leadKey: notEntitledNoted(draft) };
  return opening;
}
