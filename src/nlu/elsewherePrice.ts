/**
 * The price of a démarche made elsewhere, asked (« combien coûte un passeport ? », « la carte d'identité c gratuit ? »,
 * « how much is a passport »): never the rates of the children's activities nor an invoice. Right after that démarche was
 * explained, the price asked alone (« c combien ? », « c'est gratuit ? ») is of it, and « comment on fait ? » its procedure. All on prepare()d text.
 */
import type { ElsewhereKind } from '../domain/demarchesElsewhere';
import { elsewhereKindOf } from './elsewhereDemarches';

const PRICE = /\b(?:combien|cb|cmb|prix|tarifs?|couts?|coute|coutent|couter|gratuite?s?|gratos|payante?s?|payer|timbres? fiscaux|timbre fiscal|how much|cost|costs|free|price|fees?)\b/;
/** « combien de temps pour un passeport ? »: a delay, not a price. */
const HOW_LONG = /\bcombien de (?:temps|jours|semaines|mois)\b|\bhow long\b/;

/** The démarche made elsewhere whose price a message asks, or undefined. */
export function elsewherePriceOf(prepared: string): ElsewhereKind | undefined {
  if (!PRICE.test(prepared) || HOW_LONG.test(prepared)) return undefined;
  return elsewhereKindOf(prepared);
}

/** « c combien ? », « et c'est gratuit ? », « ça coûte combien », « il faut payer ? »: a price asked, nothing named. */
const PRICE_ALONE =
  /^(?:(?:et|mais|ok|alors|bon|du coup|d accord) )*(?:(?:c est|ca|cela|ca va|c) )?(?:combien|cb|gratuit|gratos|payant|cher)(?: (?:ca coute|ca|c est|alors|du coup|svp|stp))?$|^(?:(?:et|mais|ok|alors|bon) )*(?:ca|cela) (?:coute|va couter) (?:combien|cher|quelque chose)$|^(?:(?:et|mais|ok|alors) )*(?:il faut|faut il|faut|je dois|on doit) (?:payer|le payer|la payer)(?: quelque chose)?$|^(?:(?:and|so|ok) )*(?:how much(?: is it| does it cost)?|is it free)$/;

export const asksPriceAlone = (prepared: string): boolean => PRICE_ALONE.test(prepared.replace(/[?!.,]/g, ' ').replace(/\s+/g, ' ').trim());

/**
 * « et comment on fait ? », « comment faire ? », « c'est quoi la démarche ? », « il faut quoi ? », « et après ? », « how do I
 * do it? »: right after a démarche made elsewhere, its procedure asked, nothing else named.
 */
const HOW_ALONE =
  /^(?:(?:et|mais|ok|alors|bon|du coup|d accord|euh) )*(?:comment (?:on fait|je fais|faire|ca se passe|ca marche|proceder|on procede|je procede|ca se fait|je dois faire|il faut faire|on doit faire)|on fait comment|je fais comment|ca se passe comment|c est quoi la (?:demarche|procedure)|quelle (?:est la )?(?:demarche|procedure)|la (?:demarche|procedure)|il faut (?:quoi|faire quoi)|faut (?:quoi|faire quoi)|je dois faire quoi|qu est ce qu il faut(?: faire)?|et apres|(?:and )?how (?:do i|do we|does it work|to do it|to apply)(?: do it| apply| get it)?|what do i (?:do|need)(?: to do)?)(?: (?:alors|du coup|svp|stp|pour l avoir|pour le faire|pour la faire|pour l obtenir|exactement|concretement))?$/;

export const asksHowAlone = (prepared: string): boolean => HOW_ALONE.test(prepared.replace(/[?!.,]/g, ' ').replace(/\s+/g, ' ').trim());
