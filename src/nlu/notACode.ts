/**
 * An answer to « tapez le code reçu » that is clearly not a try at the code: a phone number
 * (« 06 12 34 56 78 », « +33 6 12 34 56 78 »), an e-mail address, or words without a digit
 * (« je ne l'ai pas reçu », « c'est quoi le code ? »). Such an answer uses up no try; what to do
 * instead is said. A run of digits that is not 6 long (« 12345 », « 1234567 ») is a mistyped code
 * and counts; the family key (« C9NM K97Q ZR0Y KWMV ») typed too early is kept for later, no try used.
 * Read on the answer as typed; the code itself is read by codeIn (secretShapes.ts).
 */
import { normalize } from '../domain/text';
import { codeIn, familyKeyIn } from '../domain/secretShapes';

export type NotACode = 'phone' | 'email' | 'words' | 'familyKey';

/** A French or international phone number, separators aside. */
const PHONE = /^(?:\+|00)?(?:33 ?)?\(?0?\)?[1-9](?:[\s.-]?\d){8}$|^(?:\+|00)\d(?:[\s.-]?\d){8,13}$/;
const EMAIL = /\S+@\S+\.\S+/;

export function notACode(typed: string): NotACode | undefined {
  const text = typed.trim();
  if (EMAIL.test(text)) return 'email';
  if (PHONE.test(text)) return 'phone';
  if (codeIn(text) === undefined && familyKeyIn(text) !== undefined) return 'familyKey';
  const said = normalize(text);
  if (/[a-z]{2,}/.test(said) && !/\d/.test(said)) return 'words';
  return undefined;
}
