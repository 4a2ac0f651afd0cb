/**
 * A question about enrolling a child at school or in the périscolaire services (« comment inscrire mon
 * enfant à l'école ? », « on vient d'arriver, comment inscrire mon fils à l'école et à la cantine ? »):
 * not a booking. Enrolment is made at the commune's service with the family's papers; the family key that
 * lets the days be booked here comes after it. Booking a day (« inscrire Léa à la cantine le 5 janvier »)
 * stays a booking. Works on prepare()d text.
 */

/** Enrolling, registering. */
const ENROL = /\b(?:inscri\w*|reinscri\w*|enregistr\w*|scolaris\w*|enrol\w*|register\w*|sign up)\b/;
/**
 * The school itself (never the canteen's name, « restauration scolaire », nor « périscolaire »). A class said of the
 * child (« elle est en CE2 ») describes them: « Lina est bien inscrite à la cantine vendredi ? elle est en CE2 » asks a day.
 */
const SCHOOL = /\b(?:(?:a|l|une|d|en) ecole|ecole (?:maternelle|elementaire|primaire)|inscriptions? scolaires?|rentree scolaire|scolarite|(?<!\b(?:est|sont|etait|etaient|suis|es) (?:bien |deja )?)en (?:maternelle|cp|ce1|ce2|cm1|cm2|petite section|moyenne section|grande section)|(?:at|to|in) (?:the )?(?:school|ecole))\b/;
/** A family new to the commune. */
const NEWCOMER = /\b(?:(?:on|nous|je) (?:vient|venons|viens) d (?:arriver|emmenager|demenager)|(?:on|nous|j) (?:a|avons|ai) emmenage|nouveaux? arrivants?|nouvelles? arrivantes?|(?:je suis|nous sommes|on est) (?:tout |toute )?(?:nouveaux?|nouvelles?|nouvellement arrivee?s?|arrivee?s? recemment) (?:dans|a|sur|ici)|nouveaux? (?:dans|a|sur) (?:la|cette|votre) (?:ville|commune)|nouvelles? (?:dans|a|sur) (?:la|cette|votre) (?:ville|commune)|(?:recemment|tout juste) (?:arrivee?s?|installee?s?|emmenagee?s?)|(?:we )?(?:just )?moved here|new (?:in town|here))\b/;
/** The périscolaire services a newcomer asks about. */
const SERVICES = /\b(?:cantine|periscolaire|garderie|centre de loisirs|accueil|mercredi|mercredis)\b/;

/** A child starting school (« il rentre au CP en septembre », « ma fille entre en maternelle à la rentrée »), no day booked with it. */
const STARTS = /\b(?:rentre\w*|entre(?:r|ra|ront)?|commence\w*|va aller|ira|starts?|starting) (?:a l ecole|au cp|en cp|en maternelle|a la maternelle|en petite section|en primaire|au primaire|en elementaire|school|primary school|reception)\b/;
const BOOKS = /\b(?:reserv\w*|annul\w*|book\w*|cancel\w*)\b/;
/** Another roll a newcomer enrols on (« je veux m'inscrire sur les listes électorales, j'ai emménagé en octobre »): never the school's. */
const OTHER_ROLL = /\b(?:electora\w*|elections?|voter|vote|recensement|census)\b/;

export function asksSchoolEnrolment(said: string): boolean {
  if (ENROL.test(said) && SCHOOL.test(said)) return true;
  if (STARTS.test(said) && !BOOKS.test(said)) return true;
  // « je suis nouvelle dans la ville, j'ai 3 enfants en maternelle et primaire, par où commencer ? »: the children's enrolment comes first.
  return NEWCOMER.test(said) && !OTHER_ROLL.test(said) && (ENROL.test(said) || SERVICES.test(said) || /\b(?:ecole|enfants?|maternelle|primaire|cp)\b/.test(said));
}

/** Which school a child goes to (« mon fils va dans quelle école ? », « ma fille va à l'école où ? »): the family file says it. */
const WHICH_SCHOOL = /\b(?:(?:dans|a) quelle ecole|quelle (?:est (?:l|son|sa|leur) )?ecole (?:de|d|du|va|vont|est|sont|pour)|(?:va|vont|est|sont) (?:a l|en) ecole ou|ecole ou (?:il|elle|ils|elles) (?:va|vont|est|sont)|which school|what school)\b/;

export function asksWhichSchool(said: string): boolean {
  return WHICH_SCHOOL.test(said) && !ENROL.test(said) && !NEWCOMER.test(said);
}
