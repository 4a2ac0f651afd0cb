/**
 * The commune a message names (the first message, or the answer to « Quelle est votre commune ? »). The place of an
 * act's event (« je suis né à Poissy ») is the act's and names no commune, unless it is a commune served: its mairie
 * delivers the act (« on s est marie a carrieres sous poissy »), so it is the commune, said so with how to change it
 * (`commune.notedFromPlace`), and the message is kept whole for the act's place.
 */
import { withoutCommuneName, type CommuneMatch } from '../src/domain/communeMatch';
import { addressInSentence } from '../src/domain/postalAddress';
import { readActDetails, withoutEventPlace } from '../src/nlu/upfrontDetails';
import { fold } from '../src/nlu/yesNo';
import type { AnyInput } from './anyInputPrompt';
import type { DialogDeps } from './dialogContext';

export interface CommuneNamed {
  match: CommuneMatch;
  /** The commune is the event's place: the message is the act's as typed, and `commune.notedFromPlace` says which was taken. */
  atPlace?: true;
}

export async function communeNamed(deps: DialogDeps, text: string): Promise<CommuneNamed> {
  const said = await deps.service.matchCommune(withoutEventPlace(text));
  const place = said.kind === 'found' ? undefined : readActDetails(text).place;
  const atPlace = place ? await deps.service.matchCommune(place) : undefined;
  // « marié à Carrières » (two communes served start so): those two offered, unless the rest already named two.
  if (atPlace?.kind === 'found' || (atPlace?.kind === 'ambiguous' && said.kind !== 'ambiguous')) return { match: atPlace, atPlace: true };
  return { match: said };
}

/**
 * What the message says besides the commune (« horaires de la mairie de Chanteloup » → « horaires de la mairie »), to answer
 * once the commune is set; the whole message when the commune is the act's place (the place stays the act's).
 */
export function besidesCommune(named: CommuneNamed, text: string): string {
  return named.match.kind === 'found' && !named.atPlace ? withoutCommuneName(text, named.match.commune) : text;
}

/**
 * A request typed at the commune question while one is kept (« il me faut un acte de mariage », then « copie integrale »):
 * of the same kind, it completes the kept one (both texts read together once the commune is known), unless it names
 * another act (« non un acte de naissance »: the new one); of another kind, it is the new request.
 */
export function keptAlong(deps: DialogDeps, kept: AnyInput | undefined, request: AnyInput): AnyInput {
  if (!kept || deps.understand(kept.text).intent !== deps.understand(request.text).intent) return request;
  const before = readActDetails(kept.text).kind;
  const now = readActDetails(request.text).kind;
  // Only an act's request is completed so (« horaires de la mairie », then « non plutôt la piscine »: the new question).
  if (!before || (now && now !== before)) return request;
  return { ...kept, text: `${kept.text.trim().replace(/[.!,;]+$/, '')}. ${request.text.trim()}` };
}

/** A postal code typed with the town (« carrières sur seine 78420 »). */
const POSTAL_CODE = /(?<!\d)\d{5}(?!\d)/g;
/** Words that only lead to where one lives (« j'habite au », « mon adresse c'est »): no request once the address is taken away. */
const LIVES_AT = /^(?:(?:moi |et )?(?:j habite|on habite|nous habitons|je vis|on vit|nous vivons|je suis|nous sommes|je reside|nous residons|(?:mon |notre )?adresse(?: est| c est| :)?|c est|domicile|domicilie(?:e|s)?)(?: (?:au|a|en|dans|sur|le|la|l))?)$/;

/**
 * What is asked besides an address typed at « Quelle est votre commune ? » (« 5 avenue foch carrieres sur seine »,
 * « 12 rue de la gare 78955 carrières sous poissy », « 78420 »): the address and its postal code only say where the
 * resident lives, never a change of address by themselves; the words before it (« je veux changer mon adresse ») may ask.
 */
export function besidesAddress(rest: string): string {
  const address = addressInSentence(rest);
  const before = address ? rest.slice(0, rest.lastIndexOf(address)) : rest;
  const words = before.replace(POSTAL_CODE, ' ').replace(/[\s,;:.-]+$/, '').trim();
  return address && LIVES_AT.test(fold(words)) ? '' : words;
}
