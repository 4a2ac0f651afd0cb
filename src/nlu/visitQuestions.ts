/**
 * Questions about when a place receives the public, said without « horaires »: « l'hôtel de ville
 * accueille-t-il le public ? », « la mairie propose-t-elle une ouverture en soirée ? », « puis-je venir
 * au guichet jeudi à 17h45 ? », « jusqu'à quelle heure puis-je venir à la régie ? », « mairie fermer quand ? » (simple French). Tried before the intents
 * they name on the way (« un dossier d'inscription à déposer… ouverture en soirée ? » asks the hours).
 * Where a place is (« où se situe le service des accueils périscolaires ? ») is contact, whatever it names.
 * Works on prepare()d text, politeness removed.
 */

/** A place of the commune that receives residents. */
const PLACE = '(?:mairie|regie|guichets?(?: unique)?|hotel de ville|accueil|bureaux?|services?|pole|antenne|etat civil|' +
  // a building of the commune by its name (« l'espace Victor Hugo », « la maison des familles »), not the portal (« mon espace famille »)
  'maison (?:des|de|du) [a-z]+|centre social|mediatheque|(?:espace|maison|centre|salle) (?!(?:citoyens?|famille|perso\\w*|personnel|en ligne|client|pour|de|du|des|et|a|sur|ou)\\b)[a-z]+)';
const MOMENT = '(?:demain|apres demain|aujourd hui|ce (?:matin|soir|midi)|lundi|mardi|mercredi|jeudi|vendredi|samedi|\\d{1,2} ?h(?: ?[0-5]\\d)?|\\d{1,2} heures?|midi|le soir|en soiree|tot|tard|entre midi)';

const RECEIVES_THE_PUBLIC = /\b(?:recoi[tv]\w*|accueill\w*|recevez|ouvert\w*)(?: t)?(?: il| elle| ils| elles| vous)? (?:le |du )?public\b/;
const OPENING_WHEN = /\b(?:jusqu a|a partir de|des|a) quelle heure (?:puis je|peut on|je peux|on peut|pouvons nous|peut t on|dois je|est ce que je peux|est ce qu on peut) (?:venir|passer|me presenter|nous presenter|aller)\b|\b(?:ouverture|permanence)s? (?:en soiree|le soir|tardive|le samedi|le midi|entre midi|en nocturne|nocturne)\b|\b(?:ouvr\w*|ferm\w*) (?:quand|a quelle heure|tard|tot)\b|\bquand (?:ouvre|ouvrent|ferme|ferment|ouvrir|fermer)\b|\b(?:ouvr|ferm)\w*(?: t)?(?: vous| il| elle| ils| elles)? (?:avant|apres|des|jusqu a|a partir de) (?:\d{1,2} ?h|\d{1,2} heures|midi)/;
const MAY_I_COME = new RegExp(`\\b(?:puis je|peut on|je peux|on peut|pouvons nous|est ce que je peux|est ce qu on peut) (?:venir|passer|aller|me presenter|nous presenter)\\b.{0,30}\\b${PLACE}\\b.{0,40}\\b${MOMENT}\\b`);

/**
 * Whether a place receives without an appointment: « le service État-civil reçoit-il sans rendez-vous le matin ? », « peut-on venir
 * à la régie sans rdv ? », « la mairie accueille sans rendez-vous ? » (when one may come; « prendre rendez-vous » asks for one: contact).
 */
const WALK_IN = /\b(?:recoi[tv]\w*|accueill\w*|recevez|recevoir)(?: t)?(?: il| elle| ils| elles| vous| on)? (?:(?:le public|les gens|les usagers|les parents) )?sans (?:rendez vous|rdv)\b|\b(?:puis je|peut on|je peux|on peut|pouvons nous|est ce que je peux|est ce qu on peut|faut il|doit on|dois je) (?:venir|passer|aller|me presenter|nous presenter|se presenter)\b.{0,40}\bsans (?:rendez vous|rdv)\b|\bsans (?:rendez vous|rdv)\b.{0,40}\b(?:possible|accepte\w*|ouvert\w*)\b[^?]*\?/;

/** « c'est possible sans rendez-vous à la mairie ? », « la mairie c'est sans rendez-vous ? »: whether one may come without one, asked. */
const WALK_IN_POSSIBLE = new RegExp(`\\bpossible (?:de (?:venir|passer|y aller) )?sans (?:rendez vous|rdv)\\b[^?]*\\?|\\b${PLACE}\\b(?: \\w+){0,3} (?:c est |est ce |c )?(?:sans|avec ou sans|uniquement sur|que sur|seulement sur) (?:rendez vous|rdv) ?\\?`);

export function asksWhenOpen(said: string): boolean {
  if (RECEIVES_THE_PUBLIC.test(said) || OPENING_WHEN.test(said) || WALK_IN.test(said) || WALK_IN_POSSIBLE.test(said)) return true;
  return /\?\s*$|^(?:puis je|peut on|est ce)/.test(said) && MAY_I_COME.test(said);
}

const WHERE_IS = /^(?:et )?(?:ou|a quelle adresse) (?:se (?:situe|situent|trouve|trouvent)|est situee?|sont situee?s|(?:puis je|peut on|pourrais je|dois je) (?:trouver|aller|me rendre))\b|^(?:et )?(?:il|elle|ils|elles|c) (?:est|sont|se trouve|se trouvent|se situe) ou (?:la|le|l|les)\b|^(?:et )?c ou (?:la|le|l|les)\b|^(?:la |le |l |les )?[a-z ]{3,40} (?:c est|c|se trouve|se situe) ou(?: exactement| precisement)?\b/;
const A_PLACE = new RegExp(`\\b${PLACE}\\b`);
/** « service scolaire c au 2 rue Paul-Gauguin ou à l'hôtel de ville ? »: a place named, which of two addresses asked. */
const WHICH_ADDRESS = new RegExp(`^(?:la |le |l |les )?${PLACE}(?: [a-z]+){0,3} (?:c est|c|est|se trouve|se situe) (?:au|a la|a l|a|dans|rue|place|avenue)\\b.{0,60} ou (?:au|a la|a l|a|a lhotel|dans le|dans la|rue|place|avenue)\\b[^?]*\\?\\s*$`);

/** « où se situe le service des accueils périscolaires ? », « à quelle adresse se trouve la régie ? », « elle est où la régie ? » (not « où se trouve la clé enfance ? »: a thing on the portal;
 * nor « bureau de vote c'est où ? »: where to vote, the electoral roll's) */
export const asksWhereIs = (said: string): boolean => (WHERE_IS.test(said) || WHICH_ADDRESS.test(said)) && A_PLACE.test(said) && !/\bbureaux? de vote\b/.test(said) && !/\b(?:cle|code|bouton|lien|page|rubrique|onglet|menu)\b/.test(said) && !/\b(?:inscri|reserv|annul|factur|pay)\w*/.test(said);

/** « la mairie est-elle ouverte … ? », « est-ce que ce sera encore ouvert ? », « le service des affaires scolaires est-il ouvert ce jour-là ? » */
const IS_IT_OPEN = /\b(?:est|sont|sera|seront|etes|serez)(?: t)?(?: il| elle| ils| elles| ce| vous)? (?:bien |encore |toujours |deja |aussi )?(?:ouverte?s?|fermee?s?)\b/;
/** What is open may be the bookings themselves (« les inscriptions sont-elles ouvertes ? »): not a place. */
const BOOKINGS_OPEN = /\b(?:inscriptions?|reservations?|reinscriptions?|compte|espace|site|portail|dossier)s?\b(?: \w+){0,4} (?:sont|est|seront|sera)(?: t)?(?: il| elle| ils| elles)? (?:bien |encore |toujours |deja )?(?:ouverte?s?|fermee?s?)\b/;

/** « regie ouverte samedi matin », « mairie c ouvert lundi », « la mairie fermée demain ? »: the place, then open and when, in a few words. */
const OPEN_WHEN_SAID = new RegExp(`^(?:et )?(?:la |le |l |les )?${PLACE}(?: [a-z]+)? (?:c |c est |est |sera )?(?:ouverte?s?|fermee?s?) ${MOMENT}\\b`);

/** « la régie ouvre le samedi 26 ? », « la mairie ferme samedi ? », « c'est ouvert samedi la régie ? »: the place, whether it opens on a day, asked. */
const OPENS_ON_A_DAY = new RegExp(`^(?:et )?(?:la |le |l |les )?${PLACE}(?: [a-z]+)? (?:ouvre|ouvrent|ferme|ferment)(?: t (?:elle|il|ils|elles))? (?:le |ce |la )?(?:${MOMENT}|dimanche)\\b[^?]*\\?|^(?:et )?(?:c|c est|est ce) (?:ouverte?s?|fermee?s?) (?:le |ce )?(?:${MOMENT}|dimanche)\\b(?: \\w+){0,3} (?:la |le |l |les )?${PLACE}\\b[^?]*\\?`);

/** A question whether a place is open (whatever the errand told before it). */
export const asksIfOpen = (said: string): boolean => ((/\?|^est ce que/.test(said) && IS_IT_OPEN.test(said)) || OPEN_WHEN_SAID.test(said) || OPENS_ON_A_DAY.test(said)) && !BOOKINGS_OPEN.test(said);
