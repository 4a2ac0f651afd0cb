/**
 * How many children a question about the rates is for: « combien coûte la cantine pr 2 enfants ? », « le tarif pour mes
 * trois ? », « c'est combien pour deux gamins ? » (a count), or « pour plusieurs enfants », « tarif fratrie », « c'est par
 * enfant ? » (several, no count). Works on prepare()d text (« pr » is « pour » there).
 */
import { NUMBER_WORDS } from './frenchText';

export type TariffChildren = { count: number } | 'several';

const N = '([2-9]|deux|trois|quatre|cinq|six|sept|huit|neuf|two|three|four|five)';
const KIDS = '(?:enfants?|gamins?|gosses|petits|loulous|filles|fils|garcons|kids|children|childs)';
const ENGLISH: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
/** « 2 enfants », « mes deux gamins », « for 3 kids »; « pour mes deux ? », « pour les 3 » at the end. */
const COUNTED = new RegExp(`\\b${N} ${KIDS}\\b|\\b(?:pour|avec|for|with) (?:mes |les |nos |my )?${N} ?\\??$`);
/** More than one child, no count: « plusieurs enfants », « la fratrie », « le 2e enfant », « par enfant ». */
const SEVERAL = new RegExp(`\\b(?:plusieurs|several) ${KIDS}\\b|\\bpar (?:enfant|tete|gamin)\\b|\\b(?:fratrie|freres? et soeurs?|(?:deuxieme|2e|2eme|second) enfant|siblings?|per child)\\b`);

/** The activities a count of children may be tied to (« dont 2 à la cantine »). */
const ACTIVITY = '(?:cantine|restauration|restaurant scolaire|repas|garderie|periscolaire|accueil|centre|etude|mercredis?|canteen|after school)';
/**
 * The count tied to the activity, said beside the family's (« j'ai 3 enfants dont 2 à la cantine », « 2 de mes 3 enfants », « mes
 * 2 enfants sur 3 », « 3 enfants, 2 mangent à la cantine »): that one is priced, never the family's.
 */
const ONE_OR_N = '([1-9]|un|une|one|deux|trois|quatre|cinq|six|sept|huit|neuf|two|three|four|five)';
const NOT_A_DAY = '(?<!\\b(?:le|les|du|au|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )';
const TIED = [
  new RegExp(`\\b(?:dont|of whom|of which) ${ONE_OR_N}\\b`),
  new RegExp(`${NOT_A_DAY}\\b${ONE_OR_N}(?: ${KIDS})? (?:d entre eux|d entre elles|de mes|de nos|de les|sur [2-9]\\b|sur (?:deux|trois|quatre|cinq|six)\\b|of my|of our|of them|out of)`),
  new RegExp(`${NOT_A_DAY}\\b${ONE_OR_N}(?: ${KIDS})? (?:qui )?(?:(?:y )?(?:vont|va|mangent|mange|sont inscrits?|est inscrite?|sont|est|iront|mangeront|restent|go|goes|eat|eats|are|is)(?: manger)? )?(?:a|au|aux|en|at|to) (?:la |le |l |les )?${ACTIVITY}\\b`),
];
const ONE: ReadonlySet<string> = new Set(['1', 'un', 'une', 'one']);

export function tariffChildren(said: string): TariffChildren | undefined {
  const tied = TIED.map((re) => re.exec(said)).find(Boolean);
  // « dont 1 à la cantine »: one child's price, no line for several.
  if (tied?.[1] && ONE.has(tied[1])) return undefined;
  const m = tied ?? COUNTED.exec(said);
  const word = m?.[1] ?? m?.[2];
  if (word) {
    const count = NUMBER_WORDS[word] ?? ENGLISH[word] ?? Number(word);
    if (count >= 2 && count <= 9) return { count };
  }
  return SEVERAL.test(said) ? 'several' : undefined;
}
