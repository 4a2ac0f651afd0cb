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

/** Words between names and the address that follows them (« , ils habitent », « domiciliés au », « adresse : »). */
const LINK = /[\s,;:–-]*(?:(?:et\s+)?(?:ils|elles|qui|tous (?:deux|les deux))\s+)?(?:(?:habitent|habite|vivent|vit|r[ée]sident|r[ée]side|demeurant|domicili[ée]e?s?|habitant|sont|est)\s+)*(?:(?:au|à|a|en|l['’ ]?adresse|adresse|:)\s*)*[\s,;:–-]*$/iu;

/** « Paul Martin et Sophie Durand, ils habitent 12 rue de la Gare »: the names said before an address, or undefined (no address, or nothing before it). */
export function namesBeforeAddress(text: string): string | undefined {
  const address = addressInSentence(text);
  return (address ? text.slice(0, text.length - address.length).replace(LINK, '').trim() : '') || undefined;
}
