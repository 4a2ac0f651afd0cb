/**
 * The price of a démarche made elsewhere, asked (« combien coûte un passeport ? », « la carte d'identité c gratuit ? »,
 * « how much is a passport »): never the rates of the children's activities nor an invoice. Right after that démarche was
 * explained, the price asked alone (« c combien ? », « c'est gratuit ? ») is of it. Both on prepare()d text.
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
