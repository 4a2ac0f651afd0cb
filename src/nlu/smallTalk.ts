/**
 * Talk that asks nothing: an activity or its staff praised (« ma fille adore la dame de la cantine, elle en parle tout le
 * temps ! », « les enfants aiment beaucoup la garderie », « my son loves the holiday club »), an explanation understood
 * (« ah d'accord, je comprends mieux maintenant », « ok c'est plus clair », « I see, that makes sense now »), a child's good news
 * told with its day (« ma fille a eu 19 en dictée jeudi, elle est ravie ! », « il a gagné son match samedi », « mon fils vient de perdre sa première dent de lait ! »). Neither is a
 * booking nor a call for help (« je comprends rien » is one), whatever the model guesses. A day, a request or a question
 * said beside them is left to the other readings. The town's festivities told (« on ira voir le feu d'artifice du 14 juillet ») too. Works on prepare()d text, politeness removed.
 */
import { TOWN_EVENT } from './eventDays';

/** Nothing asked nor dated: no day, no verb of a task, no question. */
const ASKS_NOTHING = /^(?!.*\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd hui|semaine|mois|vacances|\d{1,2})\b)(?!.*\b(?:reserv\w*|inscri\w*|annul\w*|ajout\w*|rajout\w*|retir\w*|enlev\w*|voudrais|voudrions|veux|voulons|souhait\w*|aimerais|pouvez|pourriez|peut|peux|possible|book\w*|cancel\w*|could|would|can|pay\w*|paie\w*|regl\w*|want\w*|need\w*|please|d like)\b)(?!.*\?)/;

/** A child (or the resident) fond of an activity or of the people in it. */
const PRAISE = /\b(?:adore|adorent|aime|aiment|kiffe|kiffent|apprecie|apprecient|loves?|(?<!\b(?:d|would) )likes?(?! to\b)|enjoys?)\b(?: (?:bien|beaucoup|tellement|trop|vraiment|enormement|so much|really))*(?: (?:aller|y aller|going to|going))? (?:a |au |aux |the |her |his |their )?(?:la |le |les |l |sa |son |ses )?(?:\w+ ){0,3}(?:cantines?|garderies?|etude|centre|accueil|periscolaire|animat\w*|dame|dames|monsieur|maitresses?|atsem|club|canteen|staff|activit\w*)\b|\b(?:la dame|les dames|l animat\w*|les animat\w*|la maitresse|l atsem|le personnel|l equipe)\b(?: (?:de|du|des|d) (?:la |l |le )?\w+)? (?:est|sont) (?:vraiment |tellement |tres |trop |super )?(?:adorables?|geniale?s?|super|gentille?s?|formidables?|top|extra)\b/;

/** An explanation understood, said alone (« je comprends rien » is help). */
const UNDERSTOOD = /^(?:(?:ah|oh|ok|okay|d accord|bon|ben|bien|tres bien|parfait|super|ah bon|oui|i see|right|ah ok)\s*,?\s*)*(?:je (?:comprends|comprend|vois)(?: (?:mieux|bien|enfin|tout))?|j ai (?:bien |enfin |tout )?compris|c est (?:plus |bien |beaucoup plus |enfin |tout a fait )?(?:clair|compris)|(?:that |it )?makes sense|(?:now )?i (?:understand|get it|see)|got it)(?: (?:maintenant|a present|merci|now|thanks|thank you))*(?: ?[.!])*$/;

/** Nothing asked, though a day may be told: no verb of a task, no question, no illness nor absence. */
const ASKS_NOTHING_DATED = /^(?!.*\b(?:reserv\w*|inscri\w*|annul\w*|ajout\w*|rajout\w*|retir\w*|enlev\w*|voudrais|voudrions|veux|voulons|souhait\w*|aimerais|pouvez|pourriez|peut|peux|possible|pay\w*|paie\w*|regl\w*|absen\w*|malade|maladie|fievre|gastro|grippe|manque\w*|viendra|viendront|sera pas|seront pas|cantine|garderie|etude|centre|accueil)\b)(?!.*\?)/;

/** A child's good news told (« a eu 19 en dictée », « a gagné son match », « elle est ravie », « a eu son permis », « mon fils a 7 ans aujourd'hui »), a milestone (« vient de perdre sa première dent de lait », « a fait ses premiers pas »). */
const GOOD_NEWS = /\b(?:a|ont) (?:eu \d{1,2}(?:[,.]\d)?(?: ?\/ ?\d{1,2})? (?:en|a|au)\b|(?:obtenu|reussi|gagne|remporte) (?:son|sa|ses|leur|le|la|les|un|une|tous|toutes)\b)|\b(?:a|ont|vient d|viennent d) (?:enfin )?(?:eu|avoir) (?:son|sa|leur) (?:permis|bac|brevet|diplome|code)\b|\b(?:est|sont) (?:tellement |tres |trop |super )?(?:ravie?s?|fiere?s?|aux anges)\b|\b(?:perdu|perdre) (?:sa|son|ses|une|leur) (?:premiere |1ere |deuxieme |autre )?dents?\b|\b(?:fait|faire) (?:ses|son|leurs) premiers? pas\b|^(?:(?:mon|ma|notre|nos|son|sa) )?[a-z]+ (?:a|ont|a eu|ont eu|fete|fetent|aura|auront) (?:ses |son |leurs )?(?:\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze) ans (?:aujourd hui|demain|hier|ce jour)(?: ?[!.])*$|\b(?:a appris|vient d apprendre|sait (?:enfin |maintenant |desormais )?) ?(?:a )?(?:lire|nager|marcher|faire du velo)\b/;

/** A laugh (« mdr mon fils a mis ses chaussures à l'envers », « lol », « ptdr »): a story told for fun. */
const LAUGHS = /(?:^|\s)(?:mdr|mdrr+|ptdr|lol|mort de rire|haha\w*|hihi\w*|xd)(?:\s|$)/;

/** The town's festivities told (« on ira voir le feu d'artifice du 14 juillet », « on va à la brocante dimanche »): no day of the child's. */
const FESTIVITY = new RegExp(`\\b${TOWN_EVENT}\\b`);

export const talksOnly = (said: string): boolean =>
  (ASKS_NOTHING.test(said) && (PRAISE.test(said) || LAUGHS.test(said))) || UNDERSTOOD.test(said) || (ASKS_NOTHING_DATED.test(said) && (GOOD_NEWS.test(said) || FESTIVITY.test(said)));
