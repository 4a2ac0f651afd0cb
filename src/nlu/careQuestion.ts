/**
 * A question about a child's day at the canteen or the accueils that the chat does not handle, for the service that
 * looks after the children: a diet or an allergy (« ma fille mange sans porc, c possible ? », « mon fils a une allergie
 * aux arachides »), the canteen's menus (« la cantine c'est quel menu cette semaine »), an item lost or forgotten there
 * (« il a perdu son doudou à la garderie »), a medicine to give. None is a booking: « réserver la cantine lundi, elle
 * est allergique au gluten » stays one. An allergy that is someone else's (« mon mari est allergique aux chats », « je
 * suis allergique au pollen ») is none: the service looks after the children, not the grown-ups; one of the family's children
 * named (« Léa est allergique aux chats ») is the children's. Works on prepare()d text.
 */
import { normalize } from '../domain/text';

/** `pickup`: who may collect the child (pickupQuestion.ts), answered the same way. */
export type CareQuestion = 'diet' | 'menus' | 'lost' | 'medicine' | 'pickup';

const DIET = /\b(?:allergi\w*|(?:mange|mangent|manger|mangera) (?:pas|jamais|plus|ni) (?:de |d |du )?(?:porc|cochon|viande|poisson|gluten|lactose|oeufs?)|pas de (?:porc|cochon)|intoleran\w*|pai|sans (?:porc|viande|gluten|lactose|poisson|oeufs?)|vegetarien\w*|vegan\w*|halal|casher|kasher|regimes? (?:alimentaires?|special\w*|sans)|(?:pork|meat|gluten|nut) free|allerg\w*|vegetarian|no pork)\b/;
/** The canteen's menus: « quel menu », « les menus », « qu'est-ce qu'ils mangent », beside a canteen word. */
const MENUS = /\b(?:quels? menus?|les menus|le menu (?:de|du|d|a|cette|la)|(?<!\b(?:retour|revenir|retourner|aller|reviens|retourne|back to|go to) )au menu|menus? de (?:la|cette|demain)|(?:ils|elles|on|il|elle) mange\w* quoi|qu est ce qu (?:ils|elles|on|il|elle) mange\w*|what s for lunch|what is for lunch|lunch menu|canteen menu)\b/;
const MEALS = /\b(?:cantine|repas|manger|mange\w*|dejeuner|midi|self|restauration|lunch|canteen)\b/;
const LOST = /\b(?:perdu|oublie|egare|laisse|lost|left|forgot)\b/;
const ITEMS = /\b(?:doudou|veste|manteau|blouson|gilet|pull|sweat|bonnet|echarpe|gants?|lunettes|cartable|sac|chaussures?|baskets|casquette|gourde|tetine|affaires|vetements?|coat|jacket|bag|glasses)\b|\bobjets? trouves?\b|\blost (?:and|&) found\b/;
/** A medicine to give (« il a un traitement à prendre le midi »), never a file processed (« le traitement de son dossier », « délai de traitement »). */
const MEDICINE = /\b(?:medicaments?|medocs?|antibiotiques?|doliprane|sirop|ventoline|inhalateur|(?<!\bdelais? de |\ben cours de )traitement(?! (?:de|du|des|d) (?:(?:mon|ma|mes|son|sa|ses|votre|vos|notre|la|le|les|l|cette|ce) )?(?:dossiers?|demandes?|inscriptions?|courriers?|fichiers?|factures?|texte|donnees|reclamations?|paiements?)\b)|medicine|medication)\b/;
/** A grown-up said as the one concerned: the resident, a partner, a parent (« je suis allergique », « mon mari est allergique »). */
const GROWN_UP = /\b(?:je suis|j ai|je fais|je mange|moi|mon (?:mari|epoux|conjoint|compagnon|pere|frere|beau pere|grand pere)|ma (?:femme|epouse|conjointe|compagne|mere|soeur|belle mere|grand mere)|mes parents|(?:son|sa) (?:mari|femme|pere|mere)|papi|mamie|i am|i m|i have|my (?:husband|wife|partner|mother|father|mum|mom|dad))\b/;
/**
 * The grown-up is the one with the diet (« je suis allergique », « ma femme est végétarienne », « I am allergic »): a few words
 * between at most, none starting another clause (« j'ai oublié de dire qu'il est allergique » is the child's).
 */
const GROWN_UP_HAS = new RegExp(`${GROWN_UP.source}(?: (?!(?:qu|que|il|elle|si|he|she|it|they)\\b)[a-z]+){0,3} ${DIET.source}`);
/** An allergy that has nothing to do with meals (« allergique au pollen », « aux chats », « aux piqûres de guêpe »). */
const NOT_MEALS = /\b(?:pollens?|graminees|acariens?|poils?|chats?|chiens?|animaux|plumes|piqures?|guepes?|abeilles?|moustiques?|soleil|poussieres?|latex|pollen|cats?|dogs?|dust|hay fever|rhume des foins)\b/;
/** A child or the care said beside it (« ma fille et moi sommes allergiques », « je suis allergique, et à la cantine ? »). */
const CHILD_OR_CARE = /\b(?:(?:mon|ma|mes|un|une|notre|nos|les|des) (?:fils|filles?|enfants?|petits?|petites?|bebes?|garcons?)|cantine|garderie|centre|accueils?|periscolaire|ecole|creche|repas|dejeuner|gouter|animat\w*|pai|(?:my|a|an|our) (?:son|daughter|child|kid)s?|child\w*|kids?|canteen|school|lunch|meals?)\b/;
/** Where the question is: the children's care, not the resident's own life. */
const AT_CARE = /\b(?:cantine|garderie|centre|accueil|periscolaire|ecole|animat\w*|mon fils|ma fille|mon enfant|mes enfants|mon petit|ma petite|il|elle|son|sa|ses|my (?:son|daughter|child|kid))\b/;
/** A task said with it: a booking, a cancellation, an absence, an invoice, a paper to send (« le certificat pour le PAI »). */
const TASK = /\b(?:reserv\w*|annul\w*|inscri\w*|desinscri\w*|absen\w*|malade|factur\w*|pay\w*|pai(?:e|er|ement)\w*|regl\w*|book\w*|cancel\w*|sick|ill|certificats?|documents?|papiers?|justificatifs?|transmettre|envoy\w*|depos\w*|joindre|photo\w*|scann?\w*|upload\w*|send)\b/;

/** A price asked (« combien coûte un repas végétarien ? », « le tarif du repas sans porc »): the rates', never the service's. */
const PRICE = /\b(?:prix|tarifs?|combien|coute\w*|cout|price|cost\w*|how much)\b/;

/**
 * Where an item was forgotten or lost when it is not the care (« il a oublié son sac à la maison », « chez sa grand-mère »,
 * « dans la voiture »): the périscolaire cannot help there.
 */
const ELSEWHERE = /\b(?:a la maison|a (?:la )?home|at home|chez (?:moi|nous|lui|elle|eux|(?:mon|ma|son|sa|ses|leur|sa|la|le) \w+(?: \w+)?|papi|mamie)|dans (?:la|le|ma|mon|notre) (?:voiture|bus|car|train|tram|metro|parc|jardin|magasin|supermarche)|au (?:parc|magasin|supermarche|square|stade|cinema)|in the car|on the bus)\b/;

/** The care named (« il a oublié son sac chez sa mère, il est à la garderie ? »): the périscolaire may have it. */
const CARE_PLACE = /\b(?:cantine|garderie|centre|accueils?|periscolaire|ecole|etude|canteen|school)\b/;
/** An item forgotten or lost elsewhere than at the care, the care not named: not the périscolaire's. */
const forgottenElsewhere = (said: string): boolean => LOST.test(said) && ITEMS.test(said) && ELSEWHERE.test(said) && !CARE_PLACE.test(said);

/** An allergy or a diet said of someone the care does not look after, or with nothing to do with meals nor the children. */
export const allergyNotTheChildren = (said: string): boolean =>
  DIET.test(said) && !CHILD_OR_CARE.test(said) && (GROWN_UP_HAS.test(said) || NOT_MEALS.test(said));

/** Said like a care question, but not for the service that looks after the children (an adult's allergy, an item left at home). */
export const notForTheCare = (said: string): boolean => allergyNotTheChildren(said) || forgottenElsewhere(said);

/** Whether the message names one of `childNames` (the family's children, as written: « Léa » is « lea » here). */
const namesAChild = (said: string, childNames: readonly string[]): boolean =>
  childNames.some((name) => {
    const word = normalize(name);
    return word.length > 1 && new RegExp(`(?:^|\\s)${word.replace(/[^a-z0-9 ]/g, '')}(?=\\s|$)`).test(said);
  });

/**
 * `childNames`: the family's children when known (signed in): « Léa est allergique aux chats » is then a child's allergy
 * (a PAI covers any), which said of a stranger's name would be none of the care's.
 */
export function careQuestion(said: string, childNames: readonly string[] = []): CareQuestion | undefined {
  if (TASK.test(said) || PRICE.test(said)) return undefined;
  if (MENUS.test(said) && MEALS.test(said)) return 'menus';
  if (DIET.test(said) && (!allergyNotTheChildren(said) || (!GROWN_UP_HAS.test(said) && namesAChild(said, childNames)))) return 'diet';
  if (LOST.test(said) && ITEMS.test(said) && AT_CARE.test(said) && !forgottenElsewhere(said)) return 'lost';
  if (MEDICINE.test(said) && AT_CARE.test(said)) return 'medicine';
  return undefined;
}
