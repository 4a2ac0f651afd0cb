/**
 * Names of countries other than France as residents write them (lower case, accents removed, hyphens
 * and apostrophes as spaces), in French and in English: an event abroad, a postal address abroad.
 */

/** French names, the countries residents name most. */
export const COUNTRIES_FR = [
  'maroc', 'algerie', 'tunisie', 'senegal', 'mali', 'cote d ivoire', 'cameroun', 'congo', 'madagascar', 'guinee', 'comores', 'haiti',
  'portugal', 'espagne', 'italie', 'belgique', 'suisse', 'allemagne', 'royaume uni', 'angleterre', 'irlande', 'pays bas', 'pologne', 'roumanie',
  'turquie', 'liban', 'syrie', 'egypte', 'chine', 'vietnam', 'cambodge', 'inde', 'sri lanka', 'japon', 'russie', 'ukraine',
  'etats unis', 'usa', 'canada', 'mexique', 'bresil', 'argentine', 'colombie', 'chili', 'perou',
] as const;

/**
 * Big cities abroad residents name for an event there (« né à Bruxelles », « à Londres »), written as the
 * countries are: never the name of a French commune (no Valence, no Orange).
 */
export const FOREIGN_CITIES = [
  'bruxelles', 'liege', 'anvers', 'londres', 'geneve', 'lausanne', 'lisbonne', 'porto', 'madrid', 'barcelone', 'rome', 'milan', 'naples',
  'berlin', 'munich', 'francfort', 'amsterdam', 'varsovie', 'bucarest', 'istanbul', 'ankara', 'moscou', 'kiev', 'kyiv',
  'casablanca', 'rabat', 'marrakech', 'fes', 'tanger', 'agadir', 'oujda', 'alger', 'oran', 'constantine', 'annaba', 'setif', 'tunis', 'sfax', 'sousse',
  'dakar', 'bamako', 'abidjan', 'douala', 'yaounde', 'kinshasa', 'brazzaville', 'conakry', 'antananarivo', 'moroni', 'port au prince',
  'caire', 'beyrouth', 'damas', 'new york', 'montreal', 'quebec', 'pekin', 'shanghai', 'hanoi', 'ho chi minh', 'phnom penh', 'tokyo', 'colombo',
] as const;

/** The same and a few more, in English, for an address written abroad. */
const COUNTRIES_EN = [
  'morocco', 'algeria', 'tunisia', 'ivory coast', 'cameroon', 'guinea', 'comoros', 'spain', 'italy', 'belgium', 'switzerland', 'germany',
  'united kingdom', 'uk', 'england', 'scotland', 'wales', 'ireland', 'netherlands', 'poland', 'romania', 'turkey', 'lebanon', 'syria',
  'egypt', 'china', 'cambodia', 'india', 'japan', 'russia', 'united states', 'united states of america', 'us', 'mexico', 'brazil', 'colombia',
  'chile', 'peru', 'luxembourg', 'austria', 'denmark', 'sweden', 'norway', 'finland', 'greece', 'czech republic', 'hungary', 'australia',
] as const;

/** French names not in the list above that are usual in an address. */
const MORE_FR = ['luxembourg', 'autriche', 'danemark', 'suede', 'norvege', 'finlande', 'grece', 'republique tcheque', 'hongrie', 'australie', 'ecosse', 'pays de galles', 'monaco', 'andorre'] as const;

const ALL = new Set<string>([...COUNTRIES_FR, ...MORE_FR, ...COUNTRIES_EN]);

/** The country a folded address ends with (its last part after a comma, or its last one to four words), if it names one. */
export function countryAtEnd(folded: string): string | undefined {
  const words = folded.replace(/[,.]/g, ' ').trim().split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 1; n -= 1) {
    const tail = words.slice(-n).join(' ');
    if (ALL.has(tail)) return tail;
  }
  return undefined;
}
