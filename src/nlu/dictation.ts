/**
 * Words a voice dictation writes as other words that sound the same (on prepared text, lower case, no accents):
 * « la garde ri du soir », « la garde rit du matin », « la garde riz », « la can tines » (an activity's word cut in
 * two, the last syllable spelled as another word of the same sound; a weekday likewise: « vendre di », « mer credi »; « a cueille » for « accueil »), « la cantine de main » (« demain »), « cent doute » (« sans »).
 */

/** « un jeu, dit-elle », « le jeu dit que… »: « dit » the verb, before who says it or what is said (no weekday cut in two). */
const NOT_SAID = '(?! (?:il|elle|on|ils|elles|que|qu)\\b)';

/** What says « mer credi » is a day: said before it (an activity, « le », « ce », a day, the start) or after it (a day of the month, « prochain », a moment, an activity). */
const BEFORE_DAY = '(?:^|\\b(?:le|ce|chaque|les|tous les|et|ou|pour|pr|sauf|pas|des|jusqu a|a partir de|cantine|garderie|etude|centre|accueil|periscolaire|loisirs|centre de loisirs|demain|lundi|mardi|jeudi|vendredi|samedi|dimanche|absent|absente|reserver|annuler|inscrire) |, )';
const AFTER_DAY = '(?= ?(?:$|[?!.,]|\\b(?:\\d{1,2}|1er|prochaine?s?|suivante?s?|derniere?s?|en huit|matin|soir|midi|apres midi|cantine|garderie|etude|centre|accueil|periscolaire|loisirs|et|ou|svp|stp|merci|pour|pr)\\b))';
/** « mer credi » itself, not before a bank's or a loan's word (« crédit mutuel », « crédit agricole », « crédit d'impôt »). */
const CUT_WEDNESDAY = '\\b(?:mer|mere|maire) (?:credi|credit|credis)\\b(?! (?:mutuel|mutuelle|agricole|lyonnais|cooperatif|foncier|immobilier|conso|consommation|bancaire|auto|d impot|impot|revolving|municipal)\\b)';
/** « mer credi », « maire credit »: Wednesday cut in two, when what is beside it looks like a day; never the sea (« la mer », « au bord de la mer »). */
const MER_CREDI = new RegExp(`(?<!\\b(?:la|une|cette|en) )(?:(?<=${BEFORE_DAY})${CUT_WEDNESDAY}|${CUT_WEDNESDAY}${AFTER_DAY})`, 'g');

/** The activities' words that dictation cuts in two, and the sound of their last syllable. */
const CUT_BY_SOUND: ReadonlyArray<readonly [string, RegExp]> = [
  // « garde ri », « garde rit », « garde riz », « garde rie », « garde ris », « gardes ri »
  ['garderie', /\bgardes? (?:ri|rit|riz|ris|rie|ries|rix)\b/g],
  // « can tine », « can tines », « cant ine », « quand tine »
  ['cantine', /\b(?:can|cant|quand|quant) (?:tine|tines|ine|ines|tinne)\b/g],
  // « péri scolaire », « peri scolere »
  ['periscolaire', /\bperi (?:scolaire|scolaires|scolere|scolair)\b/g],
  // « a cueille du matin », « a cueil du soir », « ac cueil »: the accueil (before the moment or the centre it names)
  ['accueil', /\b(?:a|ac|ak) (?:cueille|cueil|cueilles|queil|queille|kueil)\b(?= (?:du |de |le )?(?:matin|soir|mercredi|periscolaire|loisirs?|centre)\b)/g],
  // « vendre di », « ven dredi », « mer credi », « jeu di », « lun di », « mar di », « same di »: a weekday cut in two
  ['vendredi', /\b(?:vendre (?:di|dis|dit|die)|vent (?:dredi|de di)|ven dredi)\b/g],
  ['mercredi', MER_CREDI],
  ['jeudi', new RegExp(`\\bjeu (?:di|dis|dit)\\b${NOT_SAID}`, 'g')],
  ['lundi', new RegExp(`\\blun (?:di|dis|dit)\\b${NOT_SAID}`, 'g')],
  ['mardi', new RegExp(`\\bmar (?:di|dis|dit)\\b${NOT_SAID}`, 'g')],
  ['samedi', new RegExp(`\\bsame (?:di|dis|dit)\\b${NOT_SAID}`, 'g')],
];

/**
 * « de main » for « demain »: after what a day follows (an activity, a child, a verb, the start) and before the end of
 * the clause, a moment or what follows a day (not « un coup de main », « de main en main », « la main d'œuvre »).
 */
const DE_MAIN = /(?<!\b(?:coup|coups|tour|sac|frein|lavage|lettre|signe|poignee|travail) )\bde main\b(?! (?:en main|d oeuvre|levee|propre|courante|forte|de maitre|gauche|droite)\b)(?= ?(?:$|[?!,]|\b(?:matin|soir|midi|apres midi|pour|pr|svp|stp|merci|et|a|au|aussi|inchallah|si|car|svp|s il)\b))/g;

/**
 * « cent » for « sans » before what « sans » is said of (« cent doute », « repas cent porc », « cent réservation »), not a number
 * (« deux cent », « pour cent », « cent euros »).
 */
const CENT_FOR_SANS = /(?<!\b(?:\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|pour|de|des|les|a|au|mille) )\bcent\b(?= (?:doute|faute|probleme|problemes|souci|soucis|porc|viande|gluten|lactose|sucre|repas|cantine|garderie|etude|interruption|reservation|reservations|arret|rien|changement|attendre|delai|oublier|compter|moi|lui|elle|eux|nous|vous|son|sa|ses|mon|ma|mes)\b)/g;

export function dictated(prepared: string): string {
  let out = prepared;
  for (const [word, cut] of CUT_BY_SOUND) out = out.replace(cut, word);
  return out.replace(DE_MAIN, 'demain').replace(CENT_FOR_SANS, 'sans');
}
