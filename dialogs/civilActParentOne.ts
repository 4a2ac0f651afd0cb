/**
 * A parent known by one name only, at the parents' question of a civil-status act (« Fatima », « ma mère s'appelle
 * Benali », « mon père c'est Karim »): never refused as « not two names ». Read back for a yes (« Nous noterons « Fatima »,
 * sans nom de famille. C'est bien ça ? »): « oui » keeps it as the parents' answer; « non » asks the names again; another
 * answer is read as the parents' answer. A town known (« Poissy ») stays refused (parentsTown.ts), and so does a big
 * town, a department or a country (« Paris », « Yvelines », « Maroc »: placeNames.ts).
 */
import { isKnownPlace } from '../src/domain/placeNames';
import type { Translate } from '../src/i18n';
import { nameIssue } from '../src/nlu/namesAnswer';
import { fold, recognizeYesNo } from '../src/nlu/yesNo';
import { check } from './accountFields';
import type { Draft } from './civilActDraft';

/** « ma mère s'appelle », « mon père c'est », « sa mère : », « la mère », « father: »: who the parent is, before the name. */
const WHO = /^(?:(?:ma|mon|sa|son|la|le|leur|my|his|her|the)\s+)?(mere|maman|pere|papa|mother|mum|mom|father|dad)\b(?:\s*(?:s appelle|s appelait|c est|c etait|est|etait|se nomme|:|is|was|called|named))*\s*/;

/**
 * What is said of the parents in one word and is no name: « décédés », « aucun », « personne », « orphelin », « adoptée », « X »
 * (asked again as any answer that is not the names, never read back as a name to keep).
 */
const SAID_OF_PARENTS = /^(?:decedee?s?|morte?s?|disparue?s?|aucune?s?|personne|rien|neant|orphelin(?:e|es|s)?|abandonnee?s?|adoptee?s?|nsp|idem|lui|elle|eux|elles|[a-z]|dead|deceased|none|nobody|orphan|adopted)$/;

/** « unknown », « father unknown », « not known »: the English of « inconnu », offered by the question in English. */
const UNKNOWN_EN = /\b(?:unknown|unknow|not known)\b/;
const ONLY_UNKNOWN_EN = /^(?:(?:both|the|my|his|her|their|parents?|are|is|were|both)\s+)*(?:unknown|unknow|not known)(?:\s+(?:both|too))?$/;

/** A parent said unknown in English: 'all' (« unknown », « both unknown »), 'some' (« father unknown, mother Jane Doe »). */
export function unknownInEnglish(answer: string): 'all' | 'some' | undefined {
  const said = fold(answer.replace(/[^\p{L}\s]/gu, ' ')).replace(/\s+/g, ' ').trim();
  if (!UNKNOWN_EN.test(said)) return undefined;
  return ONLY_UNKNOWN_EN.test(said) ? 'all' : 'some';
}

/** The one name said, and which parent (`mother`, `father`) when said; undefined when the answer is not one name alone. */
export function oneParentName(answer: string, towns: readonly string[]): { name: string; who?: 'mother' | 'father' } | undefined {
  const typed = answer.trim().replace(/[.!]+$/, '');
  const folded = fold(typed.replace(/['’-]/g, ' '));
  const who = WHO.exec(folded);
  // The name's words, as typed: as many words as the folded answer has after « ma mère s'appelle ».
  const count = folded.split(' ').filter(Boolean).length - (who ? who[0].trim().split(' ').filter(Boolean).length : 0);
  const words = typed.replace(/\s*:\s*/g, ' ').split(/\s+/).filter(Boolean);
  const said = words.slice(words.length - count).join(' ');
  if (count !== 1 || !said || nameIssue(said) || unknownInEnglish(said)) return undefined;
  const name = check('firstName', said);
  if (!name || SAID_OF_PARENTS.test(fold(name)) || isKnownPlace(fold(name)) || towns.some((town) => fold(town.replace(/['’-]/g, ' ')).split(' ').includes(fold(name)))) return undefined;
  const parent = who?.[1];
  return { name, ...(parent ? { who: /^(?:mere|maman|mother|mum|mom)$/.test(parent) ? ('mother' as const) : ('father' as const) } : {}) };
}

/** The parents' answer kept for one name: « Fatima », « Mère : Benali ». */
export const oneParentValue = (t: Translate, one: { name: string; who?: 'mother' | 'father' }): string => (one.who ? t(`civilAct.parentOne.${one.who}`, { name: one.name }) : one.name);

/** The answer to the read-back of one name: 'yes' (kept), 'no' (the names asked again), or undefined (another answer). */
export function oneNameConfirmed(text: string): 'yes' | 'no' | undefined {
  const said = recognizeYesNo(text);
  return said && !said.rest ? said.answer : undefined;
}

/**
 * At the parents' question: the answer to the read-back of one name (`pending`: kept on « oui », the names asked again on
 * « non »), or one name said, to read back; undefined when neither (the parents' answer read as usual).
 */
export function oneNameAtParents(t: Translate, draft: Draft, pending: string | undefined, text: string, answer: string, towns: readonly string[]): { leadKey: string } | { pending: string } | undefined {
  const confirmed = pending ? oneNameConfirmed(text) : undefined;
  if (pending && confirmed === 'yes') draft.parents = pending;
  if (confirmed) return { leadKey: confirmed === 'yes' ? '' : 'civilAct.bad.parentsTown' };
  const one = oneParentName(answer, towns);
  return one ? { pending: oneParentValue(t, one) } : undefined;
}
