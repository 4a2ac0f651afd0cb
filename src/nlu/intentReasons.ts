/**
 * What a message tells as a reason is not what it asks (on prepare()d text, politeness removed):
 * « mon mari est hospitalisé, pourriez-vous inscrire les enfants à l'accueil du soir ? » asks a booking,
 * « j'étais à l'hôpital, je voudrais régler la facture » a payment; « la semaine prochaine pas besoin de
 * garderie, par contre la semaine d'après pouvez-vous inscrire Tom » a booking.
 */
import { CANCEL_VERB, CARER } from './intentPhrasings';
import { pattern } from './pattern';

/** An illness or care told as the reason: no absence by itself. */
export const ILLNESS = new RegExp(
  `\\b(?:malade|maladie|fievre|gastro|grippe|covid|varicelle|otite|hospitalise\\w*|hopital|medical|souffrante?|blesse\\w*|opere\\w*|operation|${CARER})\\b`,
  'g',
);

/** An explicit request to book or to pay (« je voudrais qu'il mange à la cantine lundi »). */
const REQUEST = /\b(?:voudrais|voudrions|souhaite|souhaiterais|souhaitons|pouvez|pourriez|merci de|merci d|je veux|peux tu|comment|veuillez|vous prie|(?:serais|serions|serai|serons) (?:tres )?(?:reconnaissante?s?|obligee?s?))\b.{0,40}\b(?:inscri\w*|reserv\w*|regler|payer|ajouter|rajouter)\b|\b(?:voudrais|voudrions|souhaite|souhaiterais|souhaitons|aimerais|je veux) (?:qu (?:il|elle|ils|elles) |que (?:\w+ ){1,2})(?:mange|mangent|aille|aillent|reste|restent|vienne|viennent|soit|soient|dejeune|dejeunent) (?:a|au|en)\b/;

/**
 * The message without its illness words, when it asks explicitly to book or to pay: read again,
 * it says what is asked (undefined when it asks nothing of the kind).
 */
export function withoutIllness(said: string): string | undefined {
  return REQUEST.test(said) ? said.replace(CARER_UNABLE, ' ').replace(ILLNESS, ' ').replace(/\s+/g, ' ') : undefined;
}

/**
 * A parent's illness (« ma mère est hospitalisée », « la maman de Lenny est hospitalisée », « je suis malade »,
 * « ma belle-mère qui le gardait vient de se faire opérer », « ma belle-mère, qui gardait Louise, vient de se faire opérer », « notre nounou est en arrêt maladie »,
 * « …, mamie est à l'hôpital »):
 * the reason to keep or add the child (« garderie soir toute la semaine », « il pourrait rester à l'étude ce soir ? »).
 */
const PARENTS_ILLNESS = new RegExp(
  `\\b(?:ma|mon|sa|son|leur|notre|la|le) (?:mere|pere|maman|papa|mari|femme|epouse|epoux|conjointe?|compagnon|compagne|grand mere|grand pere|belle mere|beau pere|mamie|papi|nounou|nourrice)(?: de \\w+)?(?: ,)?(?: qui [a-z ]{0,50}?(?: ,)?)? ` +
    `(?:est|a ete|sera|doit etre|va etre|se fait|vient de se faire|va se faire|doit se faire)(?: \\w+)? (?:hospitalise\\w*|malade|opere\\w*|operer|a l hopital|souffrante?|en arret(?: maladie| malade| de travail)?)\\b|(?:^|\\s)(?:sa |son |leur )?(?:maman|papa|mere|pere) (?:malade|hospitalise\\w*|a l hopital|opere\\w*)\\b|(?:^|, )(?:mamie|mami|papi|papy|maman|papa|nounou|tata|tonton) (?:est|sera) (?:hospitalise\\w*|malade|opere\\w*|a l hopital|souffrante?)\\b|\\bje (?:suis|serai|vais etre|dois etre) (?:hospitalise\\w*|malade|opere\\w*|a l hopital|en arret(?: maladie| malade| de travail)?)\\b`,
);

/**
 * The one who keeps the child cannot (« ma belle-mère ne pourra pas garder Ilan le midi », « la nounou ne peut pas le récupérer »,
 * « mes parents ne pourront pas les garder »): the same reason to keep or add the child.
 */
const CARER_UNABLE = new RegExp(
  `\\b(?:ma|mon|mes|sa|son|ses|leur|notre|nos|la|le|les) (?:mere|pere|maman|papa|mari|femme|epouse|epoux|conjointe?|compagnon|compagne|parents|grands parents|grand mere|grand pere|belle mere|beau pere|beaux parents|mamie|papi|nounou|nourrice|assistante maternelle|baby sitter|voisine?|tante|oncle|soeur|frere)(?: de \\w+)? ` +
    `(?:ne )?(?:pourra|pourront|peut|peuvent|pourrait|pourraient|pourra plus|peut plus) (?:pas |plus )?(?:le |la |les |l )?(?:garder|recuperer|prendre|chercher|aller chercher|s occuper (?:de|d))\\b`,
);

/**
 * The writer's or a parent's own day told as the reason: a work at the hospital (« je commence à 7h30 à l'hôpital », « mon mari est de garde
 * aux urgences »), an appointment of the writer's own (« j'ai un rdv médical », not « … pour Léa », « … avec elle »: the child's).
 */
const PARENTS_DAY = new RegExp(
  `\\b(?:je|j|(?:mon|ma|son|sa) (?:mari|femme|epoux|epouse|conjointe?|compagnon|compagne|pere|mere|papa|maman)) (?:travaille\\w*|bosse\\w*|commence|finis|finit|termine|embauche|suis|est|serai|sera)(?: (?:de garde|de nuit|d astreinte|infirmiere?|infirmier|aide soignante?|medecin|interne|sage femme))?(?: [a-z0-9]+){0,4}? (?:a l|a la|aux) (?:hopital|clinique|urgences)\\b|` +
    `\\bj ai (?:un |une )?(?:rendez vous|consultation|examen)(?: medical| medicale)?(?: (?:chez|avec) (?:le |la |l |mon |ma |un |une )?${CARER})?\\b(?! (?:pour|avec|de) )(?=(?: (?:ce|demain|lundi|mardi|mercredi|jeudi|vendredi|a|le|la|l)\\b[^,]*)?\\s*(?:[,?]|$))`,
);

/** The message without its parent's illness, to read what is asked (undefined when no parent is ill nor the carer able). */
export function withoutParentsIllness(said: string): string | undefined {
  if (PARENTS_ILLNESS.test(said)) return said.replace(PARENTS_ILLNESS, ' ').replace(/\s+/g, ' ');
  if (PARENTS_DAY.test(said)) return said.replace(PARENTS_DAY, ' ').replace(/\s+/g, ' ');
  return CARER_UNABLE.test(said) ? said.replace(CARER_UNABLE, ' ').replace(/\s+/g, ' ') : undefined;
}

/** « …, par contre / en revanche pouvez-vous inscrire Tom … »: after the contrast, a booking is asked. */
const CONTRAST_THEN_BOOK = /\b(?:par contre|en revanche|cependant|toutefois)\b(?!.*\b(?:annul\w*|desinscri\w*|retir\w*|supprim\w*)\b).*\b(?:pouvez|pourriez|voudrais|souhaite|merci d|je veux)\b.{0,30}\b(?:inscri\w*|reserv\w*)\b/;

export const booksAfterContrast = (said: string): boolean => CONTRAST_THEN_BOOK.test(said);

/** The activities by name (« à la cantines », as typed, too). */
const ACTIVITY = '(?:cantine|garderie|accueil|apps|aps|centre(?: de loisirs| aere)?|clsh|alsh|etude|repas|periscolaire)s?';
/** « pas d'étude jeudi », « pas au centre demain », « va pas à la garderie »: one activity missed, no cancelling verb
 * (« plus de garderie soir, c'est son père qui le prend »: an activity no longer wanted is cancelled). */
const MISSES_ACTIVITY = new RegExp(`(?:^|\\s|,)(?<!\\b(?:y a|ya|il y a|n y a|vois|voit|trouve|sais|arrive) )(?:pas (?:de |d |a |au |a la |a l |en )?|plus (?:a |au |a la |a l |en )?)(?:la |l )?${ACTIVITY}\\b`);
/**
 * Why the child will not be there: a carer seen (« il a kiné »), an event of the child's (« il a un tournoi »,
 * « elle a une compétition »), a trip (« on part chez mamie »), someone else who fetches the child
 * (« sa tante la récupère », « son père l'emmène », « c'est son père qui le récup », « ma soeur va la chercher »). (A parent free to keep the child, « je suis en télétravail »,
 * is the reason to cancel.)
 */
const CHILDS_REASON = new RegExp(
  `\\b(?:il|elle|ils|elles|on|nous) (?:a|ont|avons|aura|auront) (?:un |une |son |sa |ses |le |la |l |des )?(?:tournoi|match|competition|compet|sortie|spectacle|gala|concert|entrainement|stage|anniversaire|examen|rdv|rendez vous|ceremonie|mariage|enterrement|obseques|${CARER})\\b|` +
    `\\b(?:on part|nous partons|il part|elle part|ils partent|elles partent|on s en va|partons|part) (?:chez|en|au|a|pour|dans)\\b|` +
    // (« il va en classe verte », « elle sera en sortie scolaire »)
    `\\b(?:il|elle|ils|elles) (?:va|vont|sera|seront|est|sont) en (?:sortie|classe verte|classe decouverte|classe de neige|classe de mer|voyage scolaire|excursion)\\b|` +
    `\\b(?:son|sa|ses|leur|leurs|mon|ma|mes|notre|nos) (?:pere|mere|papa|maman|tante|tata|tatie|tonton|oncle|grand mere|grand pere|grands parents|mamie|mami|papi|papy|nounou|nourrice|parrain|marraine|cousine?|soeur|frere|voisine?|assistante maternelle|ex) (?:qui )?(?:(?:va|vient|viendra|ira|doit|passe|passera|peut|pourra) )?(?:la |le |les |l )?(?:recup\\w*|cherche\\w*|prend|prendra|prendre|garde\\w*|emmene\\w*|amene\\w*|recuperer|garder)\\b|` +
    // (« il rentre à la maison à midi », « elle mange chez sa mamie »: the meal taken at home)
    `\\b(?:il|elle|ils|elles) (?:rentre|rentrent|rentrera|rentreront|mange|mangent|mangera|mangeront|dejeune|dejeunent|dejeunera|dejeuneront) (?:a la maison|chez (?:lui|elle|eux|nous|moi))\\b|` +
    `\\b(?:chez (?:sa |son |ses |leur )?(?:mamie|mami|papi|papy|grand mere|grand pere|grands parents|tante|oncle|pere|mere|nounou))\\b|\\b${CARER}\\b|` +
    // (in little French, the parent who fetches the child or is free: « moi venir chercher », « moi finir tôt », « moi pas travail »)
    `\\bmoi (?:(?:venir|viens|vais) )?(?:chercher|recuperer|recup\\w*|prendre)\\b|\\bmoi (?:venir|finir|fini|finis|termine|terminer) (?:tot|plus tot|avant|a \\d|\\d)|\\bmoi venir chercher\\b|\\bmoi pas (?:travail|travailler|travaille)\\b|\\bmoi (?:a la )?maison\\b`,
);

/**
 * « pas d'étude pour Yacine jeudi, il a kiné », « Ethan pas au centre demain, il a un tournoi »: an activity
 * missed for a reason of the child's is an absence to report (« pas de cantine lundi », no reason, cancels).
 */
export const missesWithReason = (said: string): boolean => MISSES_ACTIVITY.test(said) && CHILDS_REASON.test(said) && !CANCEL_VERB.test(said);

/** « retirer l'étude de Baptiste », « enlever la cantine »: an activity taken off, a cancellation as « annuler » is. */
export const ACTIVITY_REMOVED = new RegExp(`\\b(?:retir|enlev|supprim)\\w* (?:la |l |le |les |sa |son |ses )?${ACTIVITY}\\b`);

/**
 * « Pourriez-vous annuler la cantine d'Adèle le 7 janvier ? Elle a rendez-vous chez l'orthodontiste », « Je dois annuler la cantine de Paul
 * mardi, il a rendez-vous chez l'ortho », « retirer l'étude de Baptiste lundi, il a rendez-vous chez l'orthodontiste »: the cancellation asked first, as a question or a phrase of its own (up to the first « ? » or comma
 * after it), and an appointment told after it (no illness) as why: the cancellation is what is asked (« rdv chez le médecin mardi, il faut
 * annuler la cantine » stays an absence). « annule étude lundi, rdv kiné à 17h15 »: the appointment named without « chez ».
 */
export const cancelAskedBeforeAppointment = (said: string): boolean => {
  const verb = CANCEL_VERB.exec(said) ?? ACTIVITY_REMOVED.exec(said);
  if (!verb) return false;
  const question = said.indexOf('?');
  // (« annule cantine vendredi pr Assia elle part a 11h chez le dentiste », « annule cantine ajd pr Liam on part chez le medecin »: no comma, the clause ends where « elle », « on » starts another.)
  const comma = said.slice(verb.index).search(/ , | (?=(?:il|elle|ils|elles|on|nous|je|j) )/) + verb.index;
  const end = question >= 0 ? question : comma;
  if (end < verb.index) return false;
  const asked = said.slice(0, end);
  const told = said.slice(end);
  return !pattern`\\b${CARER}\\b|\\b(?:rdv|rendez vous)\\b`.test(asked) && pattern`\\b(?:(?:rdv|rendez vous)(?: chez| avec)?|(?:part|va|ira|doit aller|partira|emmene|emmenons|amene|accompagne) (?:[a-z0-9]+ ){0,3}?chez) (?:le |la |l |son |sa |un |une )?(?:${CARER}|ortho\\b)`.test(told) && !/\b(?:malade|maladie|fievre|gastro|grippe|covid|varicelle|otite|souffrante?|blesse)\b/.test(said);
};
