/**
 * An answer to the kept request's own questions, typed at the commune question before they are asked (« c moi », « pour
 * ma fille », « copie intégrale » after « il me faut un acte de naissance »; « je l'ai perdu » after « livret de famille »;
 * an address after « attestation de domicile »): added to the request kept, read with it once the commune is known, as
 * if said in the first message; the commune asked again with `commune.keptDetail` (never « Je ne connais pas cette commune »).
 */
import { addressInSentence } from '../src/domain/postalAddress';
import { readActDetails, readBookletReason } from '../src/nlu/upfrontDetails';
import type { AnyInput } from './anyInputPrompt';
import type { DialogDeps } from './dialogContext';

/** The démarches whose opening message is read for an address (demarcheAddressSaid.ts). */
const WITH_ADDRESS = new Set(['address_change', 'cohabitation_certificate', 'electoral_roll', 'citizen_census']);

/** What `text` tells for the request `intent` names (something the form reads up front). */
function tellsFor(intent: string, text: string): boolean {
  if (intent === 'civil_status_act') {
    const said = readActDetails(text);
    return !!(said.relation || said.format || said.eventDay || said.person || said.ownName || said.abroad);
  }
  if (intent === 'family_booklet') return !!readBookletReason(text, true);
  return WITH_ADDRESS.has(intent) && !!addressInSentence(text);
}

/** The request kept, completed with `text` when it answers one of its questions ahead; undefined otherwise. */
export function keptCompleted(deps: DialogDeps, kept: AnyInput | undefined, text: string): AnyInput | undefined {
  if (!kept || !tellsFor(deps.understand(kept.text).intent, text)) return undefined;
  return { ...kept, text: `${kept.text.trim().replace(/[.!,;]+$/, '')}. ${text.trim()}` };
}
