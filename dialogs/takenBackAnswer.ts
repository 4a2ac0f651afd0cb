/**
 * An earlier answer taken back at a later free-text question (a name, a place, the parents), in an
 * act request or a guided démarche: « non attends c'est chloe seulement » at « Dans quelle commune
 * est-il né ? » corrects the first names given just before; « pardon le nom c'est Martin » the
 * name. The new value is checked as at its own question; what cannot be applied is never kept as
 * the answer to the question asked now (a correction is not a place nor a name).
 */
import { splitCorrection } from '../src/nlu/correction';
import { checkNames } from '../src/nlu/namesAnswer';
import { checkPlaceName } from '../src/nlu/pastDay';
import { cannotBeAPlace } from '../src/nlu/placeAnswer';
import { correctedValue, narrowedAnswer, saysAPlace, saysNoToQuestion, takenBackRest } from '../src/nlu/takeBack';
import { fold } from '../src/nlu/yesNo';
import { readName } from './nameAnswer';

export type FreeTextType = 'lastName' | 'firstName' | 'place' | 'text';

/** An answer given before the question asked now, that a correction may name. */
export interface Earlier {
  id: string;
  type: FreeTextType;
  /** Its name as read back (« Prénom(s) »). */
  label: string;
  value: string;
}

/** The correction applied to an earlier answer (its new value, or none: asked again); the rest to read as the answer; or nothing that can be applied. */
export type TakeBack = { fix: { id: string; value?: string } } | { answer: string } | { unclear: true };

/** The words that name each kind of answer, beside its label. */
const NAMES: Record<FreeTextType, string[]> = {
  lastName: ['nom', 'nom de famille', 'nom de naissance', 'le nom'],
  firstName: ['prenom', 'prenoms', 'le prenom'],
  place: ['lieu', 'ville', 'commune', 'lieu de naissance'],
  text: ['parents', 'les parents', 'pere', 'mere'],
};

/** A value as its own question would keep it, or undefined when it is not one. */
export function checked(type: FreeTextType, value: string, today: string): string | undefined {
  if (type === 'lastName' || type === 'firstName') {
    const read = readName(type, value);
    return 'name' in read ? read.name : undefined;
  }
  if (value.length < 2 || value.length > 200) return undefined;
  if (type === 'place') return checkPlaceName(value, today) === 'ok' && !cannotBeAPlace(value) ? value : undefined;
  return checkNames(value, today) === 'ok' ? value : undefined;
}

/**
 * What a message that takes back says at a free-text question of type `current`, given the answers before it (in
 * the order asked); undefined when it does not take back (an answer like any other).
 */
export function readTakeBack(text: string, current: FreeTextType, earlier: readonly Earlier[], today: string): TakeBack | undefined {
  const rest = takenBackRest(text);
  if (!rest) return undefined;
  // « non, à Poissy », « non c'est à Poissy » at a place question: the place, said again.
  if (current === 'place' && saysAPlace(correctedValue(rest))) return { answer: correctedValue(rest) };
  if (earlier.length > 0) {
    const options = earlier.map((e) => ({ label: e.label, synonyms: NAMES[e.type] }));
    const said = splitCorrection(rest, options, earlier.map((e) => e.value));
    const named = said ? earlier.find((e) => fold(e.label) === said.about) : undefined;
    if (named && said) {
      if (!said.value) return { fix: { id: named.id } };
      const value = checked(named.type, correctedValue(said.value), today);
      return value ? { fix: { id: named.id, value } } : { unclear: true };
    }
    // « non c'est Poissy » at the place question: a bare « non », the place (the first names are taken back with « attends », « seulement »…).
    if (current === 'place' && saysNoToQuestion(text) && checked('place', correctedValue(rest), today)) return { answer: correctedValue(rest) };
    // « non attends c'est Lucas seulement » at the parents: the first names « Léa Lucas » narrowed, not the birthplace just before.
    const narrowed = narrowedAnswer(rest, correctedValue(rest), earlier);
    const narrowedValue = narrowed ? checked(narrowed.type, correctedValue(rest), today) : undefined;
    if (narrowed && narrowedValue) return { fix: { id: narrowed.id, value: narrowedValue } };
    // Nothing named: the answer given just before is corrected (« non attends c'est chloe seulement » after the first names).
    const last = earlier[earlier.length - 1] as Earlier;
    const value = checked(last.type, correctedValue(rest), today);
    if (value && fold(value) !== fold(last.value)) return { fix: { id: last.id, value } };
  }
  // Not a value of the answer before, but a place at the place question (« non c'est Poissy (78) »): the place.
  if (current === 'place' && checked('place', correctedValue(rest), today)) return { answer: correctedValue(rest) };
  // Nothing to correct before, or a name asked: « non pardon c'est Martin » is the answer.
  if (earlier.length === 0 || current === 'lastName' || current === 'firstName') return { answer: correctedValue(rest) || rest };
  return { unclear: true };
}
