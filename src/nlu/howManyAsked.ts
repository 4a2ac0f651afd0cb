/**
 * How many of a thing of the portal the resident has or needs, asked: « j'ai 2 enfants dans 2 écoles, j'ai besoin de 2 clés ? »,
 * « faut-il une clé par enfant ? » (the family key: how it goes for several children); « j'ai 2 résas pour le 14 ou 1 seule ? »,
 * « combien de réservations j'ai pour jeudi ? » (what is booked, counted, not a booking to make). Works on prepare()d text, politeness removed.
 */

/** Keys counted (« 2 clés », « une clé par enfant », « la même clé pour les deux »), never the house's (« il a perdu ses clés »). */
const KEYS_COUNTED = /\b(?:[2-9]|deux|trois|quatre|plusieurs|autant de|combien de) (?:cles|codes (?:famille|enfance))\b|\b(?:une seule|la meme|une|une autre|une deuxieme|une seconde|une nouvelle|une cle) cle (?:par|pour (?:chaque|chacun|les deux|les trois|mes deux|mes trois|tous|toute la)|pour (?:mon|ma) (?:autre|deuxieme|second|seconde|2e|2eme))\b/;
/** The children, their schools or the family around the keys counted. */
const FAMILY_AROUND = /\b(?:enfants?|ecoles?|freres?|soeurs?|fils|filles?|parents?|jumeaux|jumelles|foyers?|familles?|chacun|garde alternee|separes?|divorces?)\b/;

/** Bookings counted, asked: « j'ai 2 résas pour le 14 ? », « on a bien une seule réservation jeudi ? », « combien de réservations j'ai ce mois ? »,
 * « combien de repas réservés pr Lina ce mois, j'ai payé 58,20 € » (a payment told beside: the bookings still counted). */
const BOOKINGS_COUNTED = /\b(?:j ai|ai je|on a|a t on|il a|elle a|a t il|a t elle|nous avons|avons nous|il y a|y a t il)(?: bien| deja| vraiment)? (?:[1-9]|deux|trois|une seule|une|plusieurs|qu une|qu une seule) (?:reservations?|inscriptions?)\b(?! (?:a faire|a prendre|a annuler))[^?]*\?|\bcombien (?:de|d) (?:reservations|inscriptions)\b(?! (?:je peux|on peut|puis je|peut on|faut il|dois je|il faut|possibles?|maximum))|\bcombien (?:de|d) (?:repas|jours|journees|seances|mercredis|soirs|matins)(?: (?:de|d) (?:la |l )?[a-z]+)? (?:reserv|inscri|pris|prevu|command)\w*/;

export type CountAsked = 'family_key' | 'list_bookings';

export function howManyAsked(said: string): CountAsked | undefined {
  if (KEYS_COUNTED.test(said) && FAMILY_AROUND.test(said)) return 'family_key';
  if (BOOKINGS_COUNTED.test(said)) return 'list_bookings';
  return undefined;
}
