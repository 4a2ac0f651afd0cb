/**
 * « c'est quoi le QF ? », « la régie c koi », « qu'est-ce qu'un avis d'imposition ? », « ça veut dire quoi APPS ? »: what a
 * word of the commune's papers means, answered in a sentence (never the whole rates table for « c'est quoi le quotient
 * familial »). The family key has its own answer (familyKeyQuestions.ts). Works on prepare()d text.
 */

/** The words explained. */
export type Term = 'qf' | 'regie' | 'guichetUnique' | 'apps' | 'taxNotice';

const TERMS: ReadonlyArray<readonly [Term, string]> = [
  ['qf', 'quotien\\w*(?: famil+iale?s?)?|q ?f'],
  ['regie', 'regie(?: centrale)?'],
  ['guichetUnique', 'guichet unique'],
  ['apps', 'a ?p ?p ?s'],
  ['taxNotice', 'avis d (?:imposition|impots?)|avis (?:d )?imposition|avis fiscal'],
];

/** Words said before a question (« et », « mais », « du coup »). */
const LEAD = '(?:(?:et|mais|euh|ok|d accord|alors|du coup|sinon|pardon|bonjour|svp|excusez moi) )*';
/** What asks for a meaning, before the word. */
const WHAT_BEFORE =
  '(?:c est quoi|cest quoi|c quoi|c koi|ces quoi|c est koi|qu est ce que c est|qu est ce que|qu est ce qu|qu est ce|ca veut dire quoi|ca signifie quoi|que veut dire|que signifie|a quoi sert|ca sert a quoi|quoi|what is|what s|whats|what does)';
/** What asks for a meaning, after the word. */
const WHAT_AFTER = '(?:c est quoi|cest quoi|c quoi|c koi|ca veut dire quoi|veut dire quoi|ca sert a quoi|sert a quoi|quoi|c est quoi exactement|mean|means)';
/** Determiners and a few words between (« c'est quoi exactement le QF »). */
const DET = '(?:(?:exactement|au juste|donc|encore) )?(?:(?:le|la|les|l|un|une|votre|mon|ma|ce|cette|the|a|an) )?';
const TAIL = '(?: (?:exactement|au juste|svp|s il vous plait|merci|please))*';

const PATTERNS: ReadonlyArray<readonly [Term, RegExp]> = TERMS.map(([term, words]) => [
  term,
  new RegExp(`^${LEAD}(?:${WHAT_BEFORE} ${DET}(?:${words})${TAIL}|${DET}(?:${words}) ${WHAT_AFTER}${TAIL})$`),
]);

/** The word whose meaning is asked, or undefined (« c'est quoi mon quotient familial ? » asks the resident's own: not a meaning). */
export function definitionAsked(said: string): Term | undefined {
  const text = said.replace(/[?!.]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text || /\bmon (?:qf|quotient)\b/.test(text)) return undefined;
  return PATTERNS.find(([, re]) => re.test(text))?.[0];
}
