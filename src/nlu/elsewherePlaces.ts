/**
 * Questions about a place or a ride that is not one of the commune's services: « où est la piscine la plus
 * proche ? », « une pharmacie de garde dans le coin ? », « le bus 4 passe à quelle heure ? ». They are not asking for
 * the commune's address (contact) nor its hours (opening_hours). Works on prepare()d text, politeness removed; a message
 * that names the commune's services (« la mairie est près de la gare ? ») is not one.
 */

const PLACE = /\b(?:piscines?|pharmacies?|boulangeries?|supermarches?|supermarket|magasins?|restos?|restaurants?|kebabs?|coiffeur\w*|garages?|cinemas?|gare|parkings?|clubs? (?:de|d) [a-z]+|salles? de sport|stades?|plombiers?|medecins?|pediatres?|dentistes?|hopital|urgences|dech\w*teries?|bureaux? de poste|banques?|laveries?)\b/;
const WHERE = /\b(?:ou (?:est|sont|se trouve|se trouvent|trouver|y a t il|il y a)|c ou|la plus proche|le plus proche|les plus proches|pres d ici|dans le coin|vers chez|autour de|je cherche|jcherche|cherche un|cherche une|conseiller un|conseiller une)\b/;
const RIDE = /\b(?:bus|rer|train|trains|tram|navette)\b.{0,40}\b(?:passe\w*|horaires?|quelle heure|prochain|part)\b|\b(?:horaires?|quelle heure)\b.{0,30}\b(?:bus|rer|train|tram)\b/;
/** The commune's own services named: then the question is theirs. */
const COMMUNE = /\b(?:mairie|hotel de ville|service\w*|regie|guichet|inscri\w*|reserv\w*|cantine|garderie|etude|centre (?:de )?loisirs?|centre aere|accueil|factur\w*|periscolaire|scolaire|enfance)\b/;

/** « le bus scolaire », « le car scolaire », « le ramassage scolaire »: a ride, whatever « scolaire » says of it. */
const SCHOOL_RIDE = /\b(?:bus|car|cars|navettes?|ramassage|transports?) scolaires?\b/g;

export const asksAboutElsewhere = (said: string): boolean => {
  const rides = said.replace(SCHOOL_RIDE, 'bus');
  return !COMMUNE.test(rides) && ((PLACE.test(rides) && WHERE.test(rides)) || RIDE.test(rides));
};
