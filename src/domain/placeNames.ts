/**
 * Whether one word is a place residents name and no person's name: a big French city, a French department or
 * region, a country, a big city abroad (« Paris », « Yvelines », « Maroc », « Casablanca »). Written folded (lower
 * case, no accents). Chosen small: never a word that is also a usual first or last name (no Nancy, Florence, Lourdes,
 * Valence, Orange, Tours, Nice, Charlotte, Cher, Lot, Var).
 */
import { COUNTRIES_FR, FOREIGN_CITIES, countryAtEnd } from './countries';

/** The biggest French cities, in one word. */
const FRENCH_CITIES = [
  'paris', 'marseille', 'lyon', 'toulouse', 'nantes', 'strasbourg', 'montpellier', 'bordeaux', 'lille', 'rennes', 'reims', 'toulon',
  'grenoble', 'dijon', 'angers', 'nimes', 'villeurbanne', 'brest', 'limoges', 'amiens', 'perpignan', 'metz', 'besancon', 'orleans',
  'rouen', 'mulhouse', 'caen', 'argenteuil', 'montreuil', 'roubaix', 'tourcoing', 'avignon', 'poitiers', 'versailles', 'nanterre',
  'creteil', 'cergy', 'mantes', 'calais', 'cannes', 'ajaccio', 'bastia', 'marseilles', 'lyons',
] as const;

/** French departments and regions in one word that are no usual name. */
const FRENCH_AREAS = [
  'yvelines', 'essonne', 'ardeche', 'ardennes', 'ariege', 'aveyron', 'calvados', 'charente', 'correze', 'dordogne', 'finistere',
  'gironde', 'herault', 'isere', 'loiret', 'lozere', 'mayenne', 'morbihan', 'moselle', 'nievre', 'sarthe', 'vaucluse', 'vendee',
  'vosges', 'yonne', 'bretagne', 'normandie', 'alsace', 'lorraine', 'picardie', 'bourgogne', 'auvergne', 'provence', 'corse',
  'guadeloupe', 'martinique', 'guyane', 'reunion', 'mayotte', 'france', 'etranger',
] as const;

const ONE_WORD = new Set<string>([...FRENCH_CITIES, ...FRENCH_AREAS, ...COUNTRIES_FR, ...FOREIGN_CITIES].filter((p) => !p.includes(' ')));

/** Whether a folded word (« paris », « maroc ») names a known place. */
export const isKnownPlace = (folded: string): boolean => ONE_WORD.has(folded) || countryAtEnd(folded) === folded;
