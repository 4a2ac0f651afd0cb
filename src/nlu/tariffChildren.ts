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

export function tariffChildren(said: string): TariffChildren | undefined {
  const m = COUNTED.exec(said);
  const word = m?.[1] ?? m?.[2];
  if (word) {
    const count = NUMBER_WORDS[word] ?? ENGLISH[word] ?? Number(word);
    if (count >= 2 && count <= 9) return { count };
  }
  return SEVERAL.test(said) ? 'several' : undefined;
}
