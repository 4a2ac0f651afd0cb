/**
 * What is told beside the request, as its context, and is not the request (on prepare()d text, politeness taken out):
 * someone else's missing account (« pour le fils de la nounou, garderie matin jeudi, elle a pas de compte »: the booking is asked,
 * the writer books for her), parents away abroad (« leurs parents sont partis à l'étranger… je peux réserver la cantine mardi ? »:
 * no travel form for the child), a paper promised with an illness on a day (« Sami malade ajd, j'envoie le certificat ce soir »: the
 * absence is reported, the paper comes later; one sent now about an illness told in the past stays the paper sent). « je n'ai pas de compte » (the writer's own)
 * beside a booking asked outright with its days is the booking's context too; alone, or with how to create one asked, a child going abroad, or a paper
 * asked how to send stay what they are.
 */
import type { Intent } from './intents';
import { toldPast } from './pastClauses';

/** Someone else's account missing: « elle a pas de compte », « sa mère n'a pas de compte », « la nounou n'a pas encore de compte ». */
const OTHERS_NO_ACCOUNT = /\b(?:elle|il|sa mere|son pere|sa maman|son papa|la nounou|sa nounou|la voisine|le voisin|sa tante|son oncle|sa grand mere|son grand pere|mamie|papi) (?:n )?a (?:pas|plus|toujours pas|pas encore|aucun) (?:de |d )?compte\b/;

/**
 * The writer's own account missing, told beside a booking asked with its days (« pourriez-vous l'inscrire à la cantine demain ? Je n'ai pas
 * de compte sur le site »): the booking is asked; not when how to create one is asked (« … pas encore de compte, par où commencer ? »).
 */
const OWN_NO_ACCOUNT = /\b(?:je n ai|j ai|nous n avons|on n a|on a) (?:pas|aucun|toujours pas|pas encore|encore aucun) (?:de |d )?compte(?: (?:sur|a) (?:le |l |la |votre )?(?:site|portail|espace(?: citoyens?)?|application|appli))?\b/;
const HOW_TO_CREATE = /\b(?:comment|par ou|que dois je|qu est ce que je dois|faut il|creer|cree|creation|ouvrir)\b/;
/** A booking asked outright: « pourriez-vous l'inscrire », « merci de réserver », « je voudrais inscrire ». */
const BOOKING_ASKED = /\b(?:pourriez vous|pouvez vous|vous pourriez|merci de|merci d|je voudrais|je souhaiterais|j aimerais)\b(?: \w+){0,2} (?:inscrire|reserver|l inscrire|les inscrire)\b/;

/** A day said (« jeudi », « demain », « le 12 »). */
const DAY_SAID = /\b(?:aujourd hui|apres demain|demain|ce soir|lundi|mardi|mercredi|jeudi|vendredi|\d{1,2}(?:er)?(?: [a-z]+)?)\b/;

/** The parents (or one of them) away abroad: « leurs parents sont partis à l'étranger », « son père est à l'étranger pour le travail ». */
/** (« il est parti travailler à l'étranger pour six mois », « mon ex travaille à l'étranger »: an adult's work abroad, whoever « il » is.) */
const PARENTS_AWAY = /\b(?:parents|pere|mere|papa|maman|mari|femme|conjoint|conjointe|ex|epoux|epouse|compagnon|compagne)\b(?: \w+){0,2} (?:sont|est|seront|sera|etaient|etait)(?: (?:partie?s?|en voyage|en deplacement))? (?:a l etranger|au [a-z]+|en [a-z]+)\b|\b(?:parents|pere|mere|papa|maman|mari|femme|conjointe?|ex|epouse?|compagnon|compagne|il|elle|ils|elles)\b(?: \w+){0,2} (?:(?:est|sont|etait|etaient) partie?s? (?:travailler|vivre)|travaill\w*|vit|vivent|habite|habitent|reside|resident|(?:est|sont|etait|etaient|sera|seront) (?:en mission|mutee?s?|expatriee?s?)) (?:a l etranger|au [a-z]+|aux [a-z]+|en [a-z]+)\b(?:(?: \w+){0,3} (?:mois|ans?|semaines?))?/;

/** An illness said with its day: « Sami malade ajd », « fièvre ce matin », « malade depuis hier, il reste à la maison demain ». */
const ILLNESS = '(?:malades?|fievre|gastro|grippe|varicelle|angine|covid|otite|bronchite|vomi\\w*)';
const NEAR_DAY = '(?:aujourd hui|demain|ce matin|lundi|mardi|mercredi|jeudi|vendredi)';
const SICK_ON_A_DAY = new RegExp(`\\b${ILLNESS}\\b.{0,30}\\b${NEAR_DAY}\\b|\\b${NEAR_DAY}\\b.{0,30}\\b${ILLNESS}\\b`);

/** A paper promised (« j'envoie le certificat ce soir », « je vous enverrai le justificatif »), not asked how or where to send (no question). */
const PAPER_PROMISED = /\b(?:j|je) (?:vous |te )?(?:envoie|envoi|enverrai|transmets|transmettrai|ramene|ramenerai|apporte|apporterai|fournirai|depose|deposerai)\b(?! (?:comment|ou)\b).{0,20}\b(?:certificats?|justificatifs?|papiers?|ordonnances?|attestations?)\b(?!.*\?)/;

/** The paper still to come: a verb in the future or a time ahead (« je vous enverrai… », « …ce soir », and PAPER_SENT_WHEN), not one sent now about a day past. */
const PAPER_LATER = /\b(?:enverrai|transmettrai|ramenerai|apporterai|fournirai|deposerai|ce soir|demain|plus tard|dans la journee|des que|au plus vite|asap)\b/;

/** When the paper promised is brought (« je vous enverrai le certificat demain », « je ramène le justificatif lundi »): not a day missed. */
export const PAPER_SENT_WHEN = /\b(?:j|je) (?:vous |te )?(?:envoie|envoi|enverrai|transmets|transmettrai|ramene|ramenerai|apporte|apporterai|fournirai|depose|deposerai) (?:le |la |les |un |une |son |sa |ses )?(?:certificats?|justificatifs?|papiers?|ordonnances?|attestations?)(?: medical| medicale| medicaux)? (?:des |dans la journee de |au plus tard )?(?:ce soir|demain(?: matin| soir)?|apres demain|lundi|mardi|mercredi|jeudi|vendredi|samedi)\b/;

/**
 * The intent asked once the context beside it is set aside, given the rules' first reading of a text (`reread`); undefined when no such
 * context changes it.
 */
export function askedBesideContext(intent: Intent, said: string, activityNamed: boolean, reread: (text: string) => Intent): Intent | undefined {
  if (intent === 'create_account' && activityNamed && OTHERS_NO_ACCOUNT.test(said) && DAY_SAID.test(said.replace(OTHERS_NO_ACCOUNT, ' '))) {
    const asked = reread(said.replace(OTHERS_NO_ACCOUNT, ' '));
    return asked === 'create_account' || asked === 'unknown' ? 'book' : asked;
  }
  if (intent === 'create_account' && activityNamed && OWN_NO_ACCOUNT.test(said) && !HOW_TO_CREATE.test(said) && BOOKING_ASKED.test(said) && DAY_SAID.test(said.replace(OWN_NO_ACCOUNT, ' '))) {
    const asked = reread(said.replace(OWN_NO_ACCOUNT, ' '));
    return asked === 'create_account' || asked === 'unknown' ? 'book' : asked;
  }
  // (« … il est parti travailler à l'étranger… je ne connais pas ce mot de passe »: without an activity named, the task asked beside it.)
  if (intent === 'parental_authorization' && PARENTS_AWAY.test(said)) {
    const asked = reread(said.replace(PARENTS_AWAY, ' '));
    return asked === 'parental_authorization' || asked === 'unknown' ? undefined : asked;
  }
  // (« il était malade lundi, je vous envoie le certificat », « …le certificat pour la grippe de lundi »: the paper of an absence told, sent now.)
  if (intent === 'upload_document' && SICK_ON_A_DAY.test(said) && PAPER_PROMISED.test(said) && (PAPER_LATER.test(said) || PAPER_SENT_WHEN.test(said)) && !toldPast(said)) return 'report_absence';
  return undefined;
}
