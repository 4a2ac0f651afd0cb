/**
 * An answer to a postal-address question (démarches, civil-status acts): complete (number and
 * street, postal code and town; the commune's own town by default where the address must be
 * there), or what is missing said in words, with what was given kept for the next answer. A phone
 * number typed there is said not to be an address (a postal address is awaited), never kept as one.
 */
import type { TurnContext } from 'botbuilder';
import { communePostalCodes } from '../src/domain/eligibility';
import { listFormat } from '../src/domain/formats';
import { addressInSentence, readPostalAddress, withKept, withKnownTownNamed, type AddressTown } from '../src/domain/postalAddress';
import type { Translate } from '../src/i18n';
import { phoneIn } from './accountFields';
import { currentCommune, type DialogDeps } from './dialogContext';
import { saysSameAddress } from '../src/nlu/sameAddress';

export type AddressAnswer =
  | { ok: true; value: string }
  /**
   * `kept`: the address so far, for the next answer; the lead says what is missing. `phone`: a phone
   * number typed instead of the address (« 07 11 22 33 44 »), never kept as one: the caller may keep it for the phone.
   */
  | { ok: false; kept?: string; leadKey: string; leadParams?: Record<string, unknown>; phone?: string };

const MAX_LENGTH = 200;

/** A number and a street type in the text (« 12 rue … »): an address, even with a phone number beside it. */
const streetSaid = (text: string): boolean => addressInSentence(text) !== undefined;

/**
 * `here`: the address must be in that commune (its town by default); `known`: the commune whose
 * postal code, given without a town (« 3 allée des Acacias, 78955 »), says the town.
 */
export function readAddressAnswer(t: Translate, locale: string, text: string, kept: string | undefined, here?: AddressTown, known?: AddressTown): AddressAnswer {
  // A phone number, alone or in a sentence without a street (« mon num c'est le 06… »): a postal address is awaited here.
  const phone = phoneIn(text);
  if (phone && !streetSaid(text)) return { ok: false, ...(kept ? { kept } : {}), leadKey: 'address.phoneGiven', phone };
  // « 12 rue de la Gare à Carrières »: the commune served named short, its full name and postal code (postalAddress.ts).
  const typed = withKnownTownNamed(withKept(kept, text), here ?? known);
  if (typed.trim().length > MAX_LENGTH) return { ok: false, leadKey: 'createAccount.bad.address' };
  let read = readPostalAddress(typed, here);
  const code = read.value.match(/(?<!\d)\d{5}(?!\d)/g)?.at(-1);
  if (known && read.missing.join() === 'town' && code && known.postalCodes.includes(code)) read = readPostalAddress(`${read.value} ${known.name}`, here);
  if (read.missing.length === 0) return { ok: true, value: read.value };
  if (!read.found) return { ok: false, ...(kept ? { kept } : {}), leadKey: 'createAccount.bad.address' };
  const missing = listFormat(locale, { style: 'long', type: 'conjunction' }).format(read.missing.map((p) => t(`address.part.${p}`)));
  return { ok: false, kept: read.value, leadKey: 'address.missing', leadParams: { missing, given: read.value } };
}

/** The conversation's commune as a town whose postal code says it (for `known`). */
export async function knownTown(deps: DialogDeps, ctx: TurnContext): Promise<AddressTown | undefined> {
  const commune = await currentCommune(deps, ctx);
  return commune ? { name: commune.name, postalCodes: communePostalCodes(commune) } : undefined;
}

/** « la même que tout à l'heure » at an address question: the address given with a request made before in this conversation. */
export async function addressGivenBefore(deps: DialogDeps, ctx: TurnContext, text: string): Promise<string | undefined> {
  const { channelId, conversation, from } = ctx.activity;
  const commune = saysSameAddress(text) && conversation?.id && from?.id ? await currentCommune(deps, ctx) : undefined;
  return commune && conversation?.id && from?.id ? deps.service.requests.addressGivenHere(commune, { channelId, conversationId: conversation.id, userId: from.id }) : undefined;
}
