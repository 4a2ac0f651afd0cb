/**
 * What a resident asking to be on the electoral roll says of themselves in their first message, so
 * that it is not asked again: their nationality (« je suis française », « je suis portugais ») and
 * their link with the commune (« j'habite à Chanteloup », « j'y habite », « je paie mes impôts
 * ici »). Only what is said plainly about the resident is read; another town, someone else's
 * nationality, or a nationality that ends the démarche are left for the question, which explains.
 */
import { normalize } from '../domain/text';
import { placePrefixes } from './upfrontDetails';

export interface VoterDetails {
  nationality?: 'french' | 'european';
  tie?: 'lives' | 'taxpayer';
}

/** The nationalities of the other countries of the European Union, masculine and feminine, as said after « je suis ». */
const EUROPEAN = [
  'allemande?', 'autrichienne?', 'autrichien', 'belge', 'bulgare', 'chypriote', 'croate', 'danoise?', 'espagnole?', 'estonienne?', 'estonien', 'finlandaise?',
  'grec', 'grecque', 'hongroise?', 'irlandaise?', 'italienne?', 'italien', 'lettone?', 'lituanienne?', 'lituanien', 'luxembourgeoise?', 'maltaise?',
  'neerlandaise?', 'hollandaise?', 'polonaise?', 'portugaise?', 'roumaine?', 'slovaque', 'slovene', 'suedoise?', 'tcheque',
].join('|');

const I_AM = String.raw`(?:je suis|j suis|chui|moi je suis|nous sommes)(?: de nationalite)?`;
const FRENCH = new RegExp(String.raw`\b(?:${I_AM} (?:francaise?|francais)|(?:ma |de )?nationalite (?:est )?francaise)\b`);
const OTHER_EU = new RegExp(String.raw`\b(?:${I_AM} (?:${EUROPEAN})|(?:ma |de )?nationalite (?:est )?(?:${EUROPEAN}))\b`);

/** Nationalities often said here from outside the European Union (at the question only: it ends the démarche, which explains). */
const NON_EU = [
  'marocaine?', 'algerienne?', 'algerien', 'tunisienne?', 'tunisien', 'turque?', 'senegalaise?', 'malienne?', 'malien', 'ivoirienne?', 'ivoirien',
  'camerounaise?', 'congolaise?', 'chinoise?', 'americaine?', 'americain', 'britannique', 'anglaise?', 'suisse', 'russe', 'ukrainienne?', 'ukrainien',
  'bresilienne?', 'bresilien', 'indienne?', 'indien', 'pakistanaise?', 'comorienne?', 'comorien', 'haitienne?', 'haitien', 'vietnamienne?', 'vietnamien',
  'libanaise?', 'egyptienne?', 'egyptien', 'guineenne?', 'guineen', 'canadienne?', 'canadien', 'japonaise?', 'etrangere?', 'etranger',
  'pas francaise?', 'pas francais', 'non europeenne?', 'moroccan', 'algerian', 'tunisian', 'american', 'british', 'chinese', 'indian', 'not french',
].join('|');
const OTHER_COUNTRY = new RegExp(String.raw`\b(?:(?:${I_AM}|i am|i m|im) (?:${NON_EU})|(?:ma |de )?nationalite (?:est )?(?:${NON_EU}))\b`);

/** At the nationality question: a nationality from outside the European Union said (« je suis marocaine »). */
export const saysOtherNationality = (text: string): boolean => !FRENCH.test(normalize(text)) && OTHER_COUNTRY.test(normalize(text));

/** « j'habite ici », « j'y habite », « j'habite dans la commune »: the commune served, whatever its name. */
const LIVES_HERE = /\b(?:j ?y (?:habite|vis|reside|demeure)|(?:j ?habite|je vis|je reside|je demeure|nous habitons|on habite) (?:ici|(?:dans |a )?(?:la|cette|votre) (?:commune|ville)|dans le coin|sur place)|je suis (?:un |une )?habitante? (?:de (?:la|cette|votre) (?:commune|ville)|d ici))\b/;
/**
 * « j'ai emménagé en octobre », « on vient d'emménager », « nous avons emménagé ici l'an dernier »: moved in, said to the
 * commune served (never « j'ai emménagé à Poissy »: a place after it says another town).
 */
const MOVED_IN = /\b(?:j ai|nous avons|on a|je viens d|nous venons d|on vient d) ?emmenage[rs]?\b(?! (?:a|au|aux|sur|pres|vers|chez|hors|en dehors|loin)\b)(?! dans (?!(?:la|cette|votre) (?:commune|ville)\b))/;
/** « j'habite à X », « je vis à X », « habitant de X »: the words after it, to compare with the commune. */
const LIVES_AT = /\b(?:j ?habite|je vis|je reside|je demeure|nous habitons|on habite|je suis (?:un |une )?habitante?|habitante?) (?:a|au|sur|de|d|dans)? ?(.+)$/;
const TAXPAYER = /\b(?:je paie|je paye|je payes|nous payons|on paie|on paye|j y paie|j y paye) (?:des |les |mes |nos |la |ma )?(?:impots|impot|taxe fonciere|taxe d habitation|taxes)(?: locaux| locales)? (?:ici|a |dans|sur)\b/;

export function readVoterDetails(text: string, communeName: string): VoterDetails {
  const said = normalize(text);
  const details: VoterDetails = {};
  if (FRENCH.test(said)) details.nationality = 'french';
  else if (OTHER_EU.test(said)) details.nationality = 'european';
  if (LIVES_HERE.test(said) || MOVED_IN.test(said) || livesInCommune(said, communeName) || livesInStreet(said, communeName)) details.tie = 'lives';
  else if (TAXPAYER.test(said)) details.tie = 'taxpayer';
  return details;
}

/**
 * The words after « j'habite à » are the commune's name, or begin with it: in full, or its first words
 * when what follows does not go on as another town's name (« Carrières » for Carrières-sous-Poissy,
 * never « Carrières-sur-Seine »).
 */
function livesInCommune(said: string, communeName: string): boolean {
  const after = LIVES_AT.exec(said)?.[1];
  if (!after) return false;
  const full = normalize(communeName);
  return placePrefixes(full).some((name) => {
    if (name.length < 4 || (after !== name && !after.startsWith(`${name} `))) return false;
    const next = after.slice(name.length).trim().split(' ')[0] ?? '';
    return name === full || !PLACE_GOES_ON.test(next);
  });
}

/** « 4 allée des Tilleuls », « 12 bis rue de la Gare », « résidence les Pins »: a street, the start of an address. */
const LIVES_IN_STREET = /\b(?:j ?habite|je vis|je reside|je demeure|nous habitons|on habite|nous vivons|i live|we live|i m living|i am living)(?: (?:au|aux|a|en|dans (?:la|le|l)|sur (?:la|le|l)|at|on|in))? (.+)$/;
const STREET = /^(?:\d+(?: ?(?:bis|ter|b))? ?,? ?)?(?:rue|allee|avenue|av|bd|boulevard|chemin|place|impasse|route|square|cours|quai|residence|cite|sentier|villa|passage|lotissement|clos|hameau|chaussee|promenade|rond point)\b/;

/**
 * « j'habite au 4 allée des Tilleuls (depuis mars) »: a street said, no other town with it (« … à Poissy », a postal code:
 * then only the commune's own name makes it here).
 */
function livesInStreet(said: string, communeName: string): boolean {
  const after = LIVES_IN_STREET.exec(said)?.[1];
  if (!after || !STREET.test(after)) return false;
  const elsewhere = /\b\d{5}\b|\b(?:a|in) (?!(?:la|le|les|l) )[a-z]{3,}/.test(after.replace(STREET, ' '));
  return !elsewhere || after.includes(normalize(communeName));
}

/** The words that join a town's name to the rest of it (« sous », « les », « en »…). */
const PLACE_GOES_ON = /^(?:sur|sous|les|le|la|l|en|de|du|des|d|saint|sainte|st|ste)$/;

/** « c quand la prochaine élection ? », « date des élections », « when is the next election »: the election's day asked. */
const ELECTION_WHEN = /\b(?:quand|quelle date|quel jour|dates?|when|what day)\b.*\b(?:elections?|scrutins?|votes?|election day)\b|\b(?:elections?|scrutins?|votes?)\b.*\b(?:quand|dates?|when)\b/;
export const asksElectionDates = (text: string): boolean => ELECTION_WHEN.test(normalize(text));
