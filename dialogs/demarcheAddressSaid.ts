/**
 * The address said in the message that started a démarche (« on a déménagé, j'ai besoin d'une attestation, nouvelle
 * adresse 25 rue Pasteur »): its address question answered with it, as if typed there — complete, and in the
 * commune where it must be; otherwise the question is asked as usual.
 */
import { fieldsFor, type Answers, type DemarcheKind } from '../src/domain/demarches';
import type { Commune } from '../src/domain/types';
import { communePostalCodes, isInCommune } from '../src/domain/eligibility';
import { addressInSentence } from '../src/domain/postalAddress';
import type { Translate } from '../src/i18n';
import { readAddressAnswer } from './addressAnswer';

/** True when the address was taken (its question will not be asked). */
export function answerAddressSaid(t: Translate, locale: string, commune: Commune, kind: DemarcheKind, answers: Answers, text: string): boolean {
  const said = addressInSentence(text);
  const field = said ? fieldsFor(kind, answers).find((f) => f.input.type === 'address' || f.input.type === 'addressHere') : undefined;
  if (!said || !field || answers[field.id] !== undefined) return false;
  const town = { name: commune.name, postalCodes: communePostalCodes(commune) };
  const read = readAddressAnswer(t, locale, said, undefined, field.input.type === 'addressHere' ? town : undefined, town);
  if (!read.ok || (field.input.type === 'addressHere' && !isInCommune(read.value, commune))) return false;
  answers[field.id] = read.value;
  return true;
}
