/**
 * The family file asked for at another task's question (« mon dossier », « le dossier famille » at « Que voulez-vous
 * changer ? » of the contact details): not an answer there, and no intent of its own (the menu opens it by its rubric,
 * routing.ts), so it was « je n'ai pas compris ». Not where a code or the family key is awaited (their own business).
 */
import type { DialogContext } from './dialogLibrary';
import { recognizeChoice } from '../src/nlu/choice';
import { asksForFamilyFile } from '../src/nlu/accountTopics';
import { prepare } from '../src/nlu/frenchText';
import { optionsShown } from './questionAsked';
import type { Place } from './places';

/** The file, or the family, named (« mon compte », « mes infos » are the account's details: the contact's own answer). */
const FILE_WORDS = /\b(?:dossier|famil\w*|enfants|fiche)\b/;
const NOT_HERE: ReadonlySet<string | undefined> = new Set(['familyFile', 'signIn', 'createAccount', 'familyKey']);

export function familyFileAside(innerDc: DialogContext, place: Place, text: string): boolean {
  if (NOT_HERE.has(place.task) || place.area === 'familyKey' || place.topic === 'familyKey') return false;
  return asksForFamilyFile(text) && FILE_WORDS.test(prepare(text)) && recognizeChoice(text, optionsShown(innerDc)) === undefined;
}
