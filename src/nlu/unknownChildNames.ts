/**
 * First names said for a booking or an absence that are none of the family's children
 * (« inscrire lucas à la cantine lundi » in a family of Léa and Hugo). Read only where a child's
 * name stands: right after « inscrire », « réserver », « mettre », « pour », « mon fils », « ma
 * fille », « ajoute », joined by « et » to a name, before « à la cantine » or « au périscolaire », as the
 * subject of « sera absent », « est malade », or before « aussi ». Words of the booking itself (days, months,
 * activities, pronouns, « les deux ») are never names. A child's name with one slip (« hugp ») is
 * that child's, not an unknown one.
 */
import { normalize, oneSlipApart } from '../domain/text';

/** Words that stand where a name may, and are not names. */
const NOT_NAMES = new Set(
  (
    'a au aux le la les l un une des de du d mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ce cet cette ces ' +
    'eux elle elles lui il ils moi toi nous vous on y en qui que quoi quand quel quelle quels quelles comment combien ' +
    'tous toutes tout toute deux trois quatre chacun chacune enfant enfants fille filles fils garcon garcons petit petite petits petites ' +
    'jumeaux jumelles gamin gamins gosse gosses bebe aine aines cadet cadette grand grande ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche lundis mardis mercredis jeudis vendredis samedis dimanches lun mar mer jeu ven sam dim ' +
    'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre janv fev avr juil sept oct nov dec ' +
    'demain apres aujourd aujourdhui hier semaine semaines mois jour jours journee prochain prochaine prochains dernier derniere ' +
    'matin midi soir soiree nuit toussaint noel paques hiver printemps ete rentree vacances conges ferie ' +
    'cantine cantines garderie garderies repas restauration scolaire periscolaire peri centre loisirs accueil alsh etude etudes ' +
    'activite activites creche ecole classe sortie ' +
    'et ou sinon alors puis ensuite donc mais enfin finalement voila ' +
    'je j tu c ca cela ceci qu quelqu personne rien plus moins ici fin savoir voir info infos faire payer manger aller venir rester ' +
    'inscription inscriptions reservations place places absence absences droit menu menus tarif tarifs prix facture factures ' +
    'oui non ok ouais aussi encore plutot svp stp merci bien bon bonjour sauf seulement uniquement juste ' +
    // Interjections that open a message (« ah et léa aussi », « euh et hugo ») before « et » and a name.
    'ah ha oh ho eh euh heu hum hmm bah ben beh tiens oups zut hop pardon dsl desole desolee attends attendez salut coucou re ' +
    'pour pr par avec sans book enrol enroll add reinscrire inscrit inscrite inscrits ajoute ajouter ajoutez rajoute rajouter rajoutez ' +
    'inscrire inscris inscrivez reserver reserve reservez mettre mets mettez annuler annule absent absente absents malade ' +
    'signaler signale declarer declare prevenir previens informer envoyer envoie deposer transmettre joindre consulter regarder ' +
    'modifier changer demander obtenir telecharger justifier excuser connaitre avoir etre dire ' +
    'oops sorry hey hi ah well also and or for my the kids children son daughter both all monday tuesday wednesday thursday friday tomorrow today week next ' +
    'canteen lunch care morning evening holidays'
  ).split(' '),
);

const VERBS = /^(?:inscrire|inscris|inscrit|inscrivez|reinscrire|reserver|reserve|reservez|reservation|mettre|mets|mettez|ajoute|ajouter|ajoutez|rajoute|rajouter|rajoutez|pour|pr|for|book|enrol|enroll|add)$/;
const KIN = /^(?:fils|fille|garcon|petit|petite|son|daughter|boy|girl)$/;
const ACTIVITY_AHEAD = /^(?:a|au|aux|at|to)$/;
const ACTIVITY_WORD = /^(?:cantine|garderie|periscolaire|peri|centre|accueil|etude|alsh|repas|restauration|canteen|care)$/;
const SUBJECT_VERBS = /^(?:sera|est|ira|va|mangera|mange|restera|reste|viendra|vient|ne|n|malade|absent|absente|will|is|won)$/;

/** What follows a name opening the message (« et lucas le 24 », « et lucas mardi », « et lucas aussi »). */
const AFTER_NAME = /^(?:aussi|le|les|lundi|mardi|mercredi|jeudi|vendredi|samedi|\d+(?:er)?)$/;

/** Words of the task typed with a slip (« cantinne », « garderi », « reserer »): no names either. */
const TASK_WORDS = ['cantine', 'garderie', 'periscolaire', 'restauration', 'accueil', 'reserver', 'inscrire', 'annuler', 'absente'];
const slipOfTaskWord = (word: string): boolean => word.length >= 6 && TASK_WORDS.some((w) => oneSlipApart(word, w));

/** (« mon fils ne mangera pas », « ma fille sera absente »: the verb after « mon fils » is no name.) */
const isCandidate = (word: string): boolean => word.length >= 2 && /^[a-z][a-z-]*$/.test(word) && !NOT_NAMES.has(word) && !SUBJECT_VERBS.test(word) && !slipOfTaskWord(word);

/** The names of `text` that are not among `known` (as typed, first letter in capitals); none when every name said is known. */
export function unknownChildNames(text: string, known: readonly string[]): string[] {
  const words = normalize(text).replace(/-/g, ' ').split(' ').filter(Boolean);
  const knownWords = new Set(known.map((n) => normalize(n)));
  const isKnown = (word: string) => knownWords.has(word) || (word.length >= 4 && [...knownWords].some((k) => oneSlipApart(word, k)));
  const at = new Set<number>();
  words.forEach((word, i) => {
    const before = words[i - 1] ?? '';
    const after = words[i + 1] ?? '';
    const sayName =
      VERBS.test(before) ||
      (KIN.test(before) && /^(?:mon|ma|my)$/.test(words[i - 2] ?? '')) ||
      // « lucas à la cantine lundi », « lucas sera absent »: the message opens with the name.
      (i === 0 && ACTIVITY_AHEAD.test(after) && [words[i + 2], words[i + 3]].some((w) => ACTIVITY_WORD.test(w ?? ''))) ||
      (i === 0 && SUBJECT_VERBS.test(after)) ||
      // « lucas aussi », « et lucas aussi », « et lucas le 24 » after a booking shown.
      (i === 0 && after === 'aussi') ||
      (i === 1 && words[0] === 'et' && (after === '' || AFTER_NAME.test(after)));
    if (sayName) at.add(i);
  });
  // « Léa et Lucas », « lucas et hugo »: a word joined by « et » to a name is a name too.
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i] !== 'et' && words[i] !== 'and') continue;
    const [left, right] = [words[i - 1] as string, words[i + 1] as string];
    if (at.has(i - 1) || isKnown(left)) at.add(i + 1);
    if (at.has(i + 1) || isKnown(right)) at.add(i - 1);
  }
  const names = [...at].sort((a, b) => a - b).map((i) => words[i] as string).filter((w) => isCandidate(w) && !isKnown(w));
  return [...new Set(names)].map((w) => w.charAt(0).toUpperCase() + w.slice(1));
}
