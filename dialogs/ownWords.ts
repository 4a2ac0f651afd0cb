/**
 * The questions that read some words themselves, before any aside takes them (the step asking sets `readsOwn`,
 * questionAsked.ts): at an act's form, what the act is for (« which one for school? », « c'est pour l'inscription à
 * l'école »), never the school's contact nor its enrolment; at why a livret de famille is asked, its reason in words
 * (« pour ajouter mon bébé »), never a booking; at an attestation de domicile's situation, « j'ai déménagé », never the move's menu;
 * at « mes demandes » not signed in, « me connecter », « j'ai un compte », « pas de compte » (followMine.ts), never another task;
 * at an absence's certificate, the paper named (« je peux envoyer le certificat du médecin ? »), never a paper sent apart
 * (the absence, not recorded yet, was put aside); at an address, « la même que tout à l'heure » (never the service's address).
 */
import type { DialogContext } from './dialogLibrary';
import { asksFormHelp } from '../src/nlu/actFormHelp';
import { parseInfoQuery } from '../src/nlu/infoQuery';
import { readAddressCase, readBookletReason } from '../src/nlu/upfrontDetails';
import { readsOwn } from './questionAsked';
import { accountAtFollow } from '../src/nlu/accountAtFollow';
import { FOLLOW_ACCOUNT_WORDS } from './followMine';
import { normalize } from '../src/domain/text';
import { saysSameAddress } from '../src/nlu/sameAddress';

export type OwnWords = 'actForm' | 'bookletReason' | 'addressCase' | 'certificate' | 'sameAddress' | typeof FOLLOW_ACCOUNT_WORDS;

/** A paper named (« le certificat du médecin », « le justificatif », « un scan »). */
const PAPER = /\b(?:certificats?|justificatifs?|attestations?|papiers?|documents?|ordonnances?|fichiers?|pdf|scans?|certificate|paper|file)\b/;

/** The démarches' choice questions that read their words first (`<kind>.<field>`). */
export const OWN_DEMARCHE_QUESTIONS: Readonly<Record<string, OwnWords>> = { 'family_booklet.reason': 'bookletReason', 'address_change.case': 'addressCase' };

const READERS: Record<OwnWords, (text: string) => boolean> = {
  actForm: (text) => asksFormHelp(text, Boolean(parseInfoQuery(text).wants)),
  bookletReason: (text) => readBookletReason(text, true) !== undefined,
  addressCase: (text) => readAddressCase(text) !== undefined,
  [FOLLOW_ACCOUNT_WORDS]: (text) => accountAtFollow(text) !== undefined,
  certificate: (text) => PAPER.test(normalize(text)),
  sameAddress: saysSameAddress,
};

/** Whether the question asked now reads this message itself. */
export function readsOwnWords(innerDc: DialogContext, text: string): boolean {
  const own = readsOwn(innerDc) as OwnWords | undefined;
  return own !== undefined && own in READERS && READERS[own](text);
}
