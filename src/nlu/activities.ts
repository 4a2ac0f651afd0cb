/**
 * Which periscolaire activity a message names, whatever the intent: accueil du matin, du soir,
 * cantine, mercredi, vacances, étude (« enfant manger école », « resto scolaire » are the cantine). « samedi matin » is a moment, not the morning activity;
 * « périscolaire » alone names none. « au centre » (« elle ira au centre », « mon fils au centre ») is
 * the centre de loisirs; « au centre ville », « du centre social » are not. When several are named, the first one written wins.
 */
import type { ActivityCode } from '../domain/types';

const CARE = '(?:accueil|garderie|periscolaire|peri|apps|aps|service|creneau|garde)';

/** The care before and after school, by name (not « le service », « l'accueil » of the town hall). */
const CARE_BY_HOUR = '(?:garderie|periscolaire|peri|apps|aps)';

/** « matin 25/01 garderie », « soir le 3 garderie », « le soir garderie ce jeudi »: the moment first, a day written before the care named after it. */
const DAY_FIRST = '(?:(?:le )?\\d{1,2}(?:[/.]\\d{1,2})?(?:er)? )';
/** « resa matin de Tylan », « la réservation du soir »: a booking named by the care's moment, right after it (not « la resa de demain matin »). */
const BOOKING_OF = '(?:resas?|reservations?|inscriptions?) (?:du |de )?';
const WEEKDAY_OR_DAY = '(?:demain |apres demain |(?:lundi|mardi|mercredi|jeudi|vendredi)s? )';

const ACTIVITIES: Array<[ActivityCode, RegExp]> = [
  // « centre de loisirs cet été », « stage multisports vacances d'hiver », « le centre aéré à la journée / à la semaine »
  // (no Wednesday named: a whole day or week is the holidays')
  ['holidays', /\b(?:(?:centre (?:de )?loisirs?|centre aere|alsh|clsh|accueil de loisirs)\b.{0,40}\b(?:cet ete|l ete prochain|cet hiver)|stages?\b.{0,30}\bvacances|(?!.*\bmercredi)(?:centre (?:de )?loisirs?|centre aere|alsh|clsh|accueil de loisirs)\b.{0,20}\b(?:a la journee|a la semaine|(?:en )?journee(?:s)? complete?s?|semaines? complete?s?))\b/],
  ['holidays', /\b(?:activites? (?:de )?vacances|(?:centre (?:de )?loisirs?|centre aere|alsh|clsh|accueil (?:de )?loisirs?|stage|stages|activites?|accueil|mini sejour|sejour)s? (?:pendant|durant|pour|des|aux|de|en) (?:les |la )?(?:petites |grandes |prochaines )?vacances|vacances (?:au|a l|en) (?:centre|alsh|accueil)\b(?! ville| social| des| de (?!loisirs)| d | commercial| medical)|colonie|colo|mini sejour|sejours? (?:d ete|vacances)|centres? (?:de|des|d) vacances|stages? (?:de |des )?vacances|(?:centre (?:de )?loisirs?|centre aere|alsh|clsh|accueil de loisirs)\b.{0,40}\bvacances|vacances\b.{0,40}\b(?:centre (?:de )?loisirs?|centre aere|alsh|clsh|accueil de loisirs|(?:au|du) centre\b(?! ville| social| des| de (?!loisirs)| d | commercial| medical)))\b/],
  ['wednesday', /\b(?:centre\b.{0,30}\bmercredi|(?:centre|accueil) (?:de |du )?loisirs?(?: du| le| les)? mercredis?|(?:alsh|clsh|centre aere|accueil)(?: du| le| les)? mercredis?|mercredis? (?:loisirs?|recreatifs?|au centre|apres midi au centre)|mercredis?\b.{0,30}\b(?:au|du) centre\b(?! ville| social| des| de (?!loisirs)| d | commercial| medical)|mercredis?(?: \d{1,2})? centre\b(?! ville| social| des| de (?!loisirs)| d | commercial| medical)|accueil du mercredi|les mercredis au centre|centre (?:de )?loisirs?|accueil (?:de )?loisirs?|centre aere|alsh|clsh|(?<=\b(?:ira|iront|va|vont|aller|mettre \w+|inscrire \w+|fils|fille|enfants?) au )centre\b(?! ville| social| des| de (?!loisirs)| d | commercial| medical))\b/],
  ['morning', new RegExp(`\\b(?:${CARE} (?:du |de |le |au |ce |de ce |${WEEKDAY_OR_DAY})?matins?|${CARE} matinal|matin (?:a|en) (?:la )?(?:garderie|accueil|periscolaire)|avant l ecole|accueil avant la classe|garderie de 7|garderie de 8|a partir de 7|(?:quels|combien de|les|tous les) matins\\b.{0,50}\\b(?:garderie|accueil|periscolaire)|(?:des|ces|deux|trois|quatre|cinq|plusieurs|\\d{1,2}) matins (?:de |d )(?:garderie|accueil|periscolaire)|^(?:le |au |du )?matin (?:${WEEKDAY_OR_DAY}|${DAY_FIRST})?(?:garderie|accueil|periscolaire)|(?<=^|, )(?:ce |${WEEKDAY_OR_DAY})matin (?:${DAY_FIRST})?(?:garderie|accueil|periscolaire)|${BOOKING_OF}matins?)\\b`)],
  // « garderie jusqu'à 18h30 », « garderie à partir de 7h30 », « garderie à 7h30 demain »: the care named by its hour (« la garderie ouvre à 7h30 ? » asks the hours).
  ['morning', new RegExp(`\\b${CARE_BY_HOUR} (?:(?!ouv|ferm)\\w+ ){0,3}?(?:des|a partir de|a partir d|avant|a) (?:[678]) ?(?:h|heures?)(?: ?[0-5]\\d)?\\b`)],
  ['evening', new RegExp(`\\b${CARE_BY_HOUR} (?:(?!ouv|ferm)\\w+ ){0,3}?(?:jusqu a|jusqu au|apres|a) (?:1[6-9]) ?(?:h|heures?)(?: ?[0-5]\\d)?\\b`)],
  // (« elle reste le soir à l'école », « quels soirs Lya est inscrite à la garderie », « on me facture des soirs de garderie en trop »)
  ['evening', new RegExp(`\\b(?:(?:reste\\w*|rester|garde\\w*) (?:le |au |du )?soir|soir (?:a|en) (?:l )?ecole|${CARE} (?:du |de |le |au |ce |de ce |${WEEKDAY_OR_DAY})?soirs?|${CARE} apres (?:l ecole|la classe)|soir (?:a|en) (?:la )?(?:garderie|accueil|periscolaire)|apres l ecole|apres la classe|apps soir|garderie du soir|post scolaire|(?:quels|combien de|les|tous les) soirs\\b.{0,50}\\b(?:garderie|accueil|periscolaire)|(?:des|ces|deux|trois|quatre|cinq|plusieurs|\\d{1,2}) soirs (?:de |d )(?:garderie|accueil|periscolaire)|^(?:le |au |du )?soir (?:${WEEKDAY_OR_DAY}|${DAY_FIRST})?(?:garderie|accueil|periscolaire)|(?<=^|, )(?:ce |${WEEKDAY_OR_DAY})soir (?:${DAY_FIRST})?(?:garderie|accueil|periscolaire)|${BOOKING_OF}soirs?)\\b`)],
  ['canteen', /\b(?:cantines?|cantoches?|restauration(?: scolaire)?|(?:restos?|restaurants?) (?:scolaires?|de l ecole|du midi)|repas|dejeuners?|dejeun\w*|self|manger (?:a|au) (?:l ecole|la cantine|midi)|mang\w* (?:(?:a|au|a la|a l|l) )?ecole|ecole (?:pour )?manger(?: (?:le )?midi)?|manger (?:le )?midi|eat(?:s|ing)? (?:at|in) (?:the )?(?:school|canteen)|school (?:lunch|dinner)|pause meridienne|midi a l ecole|demi pension|demi pensionnaire)\b/],
  // (« elle fait ses études à Lille »: a student's studies, not the school's)
  ['study', /\b(?:etude(?: (?:surveillee|dirigee|du soir))?|(?<!\b(?:ses|mes|tes|leurs|nos|vos) )etudes(?: (?:surveillees|dirigees|du soir))?|(?:ses|mes|tes|leurs|nos|vos) etudes (?:surveillees|dirigees|du soir)|aide aux devoirs|devoirs surveilles)\b/],
];

/** The holidays as a bound (« les mercredis jusqu'aux vacances de Noël », « dès la rentrée des vacances »), not the holiday activity. */
const HOLIDAYS_AS_BOUND = /\b(?:jusqu (?:aux|a|au) |avant (?:les )?|(?:qui precede|qui precedent|precedant) (?:les )?|apres (?:les )?|(?:des |a )?(?:la )?rentree (?:des |de )?|(?:la )?veille (?:des )?|depuis (?:les )?|au retour (?:des )?|retour (?:des )?)(?:prochaines )?vacances\b/g;

/** A meal as a moment of the day (« ouverte mardi après le déjeuner », « à l'heure du déjeuner »), not the cantine. */
const MEAL_AS_MOMENT = /\b(?:(?:apres|avant) (?:le |l |mon |son )?(?:dejeuner|repas)|(?:a )?l heure (?:du|de) (?:dejeuner|repas)|pause dejeuner)\b/g;

export function detectActivity(prepared: string): ActivityCode | null {
  const said = prepared.replace(HOLIDAYS_AS_BOUND, (w) => ' '.repeat(w.length)).replace(MEAL_AS_MOMENT, (w) => ' '.repeat(w.length));
  let best: { code: ActivityCode; at: number } | undefined;
  for (const [code, re] of ACTIVITIES) {
    const m = re.exec(said);
    if (m && (!best || m.index < best.at)) best = { code, at: m.index };
  }
  return best?.code ?? null;
}

/** « la garderie », « le périscolaire », « l'accueil » said without the morning or the evening: one of the two, not the cantine nor the centre. */
const CARE_ALONE = /\b(?:garderie|periscolaire|peri|apps|aps)\b/;
export const namesCareOnly = (prepared: string): boolean => detectActivity(prepared) === null && CARE_ALONE.test(prepared);

/** « le centre », « au centre » alone (not « centre ville », « centre social »): the centre de loisirs, Wednesdays and holidays. */
const CENTRE_ALONE = /\b(?:le|du|au|les|des|de) centres?\b(?! ville| social| sociaux| commercial| medical| culturel| sportif| aquatique| des impots)/;

/** The activities a message names without saying which of them (« la garderie »: morning and evening; « le centre »: Wednesdays and holidays); none when one is named. */
export function activitiesLooselyNamed(prepared: string): ActivityCode[] {
  if (detectActivity(prepared) !== null) return [];
  if (CARE_ALONE.test(prepared)) return ['morning', 'evening'];
  return CENTRE_ALONE.test(prepared) ? ['wednesday', 'holidays'] : [];
}

/** « le soir », « plutôt le matin », « celle du soir » (not « ce soir », « lundi soir »: a moment of a day): the care of that time of day. */
const CARE_SLOT = /(?:^|\s)(?:le|du|celle du|celui du|l accueil du)\s+(matin|soir)\b/;
export function careSlotSaid(prepared: string): 'morning' | 'evening' | undefined {
  if (detectActivity(prepared) !== null) return undefined;
  const slot = CARE_SLOT.exec(prepared)?.[1];
  return slot === 'matin' ? 'morning' : slot === 'soir' ? 'evening' : undefined;
}
