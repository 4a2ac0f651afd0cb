/**
 * An answer to « Quel est votre nom ? » (a civil-status act, a guided démarche): a name, or — as at
 * a guichet — a question or a doubt, never kept as a name: « pourquoi ? » ('why': say why it is
 * needed), « je sais pas », « c quoi déjà » ('unsure': say where to find it), anything else that is
 * not a name ('bad': say what to write); « je comprends pas », « hein ? », « c'est quoi ? » ('explain': say what the
 * question asks, `names.explained.<field>`); « c mon fils », « c'est ma fille » ('relation': who the person is,
 * never their name — `names.relation.<field>` asks for the name itself). Two people's names (« Ahmed Haddad et
 * Fatima Haddad », typed a step ahead) are no one's name ('bad').
 */
import { nameIssue } from '../src/nlu/namesAnswer';
import { saysOwnName } from '../src/nlu/ownName';
import { saysActWords, saysNotUnderstood } from '../src/nlu/placeAnswer';
import { check, saysRelationOnly } from './accountFields';

export type NameRead = { name: string } | { issue: 'why' | 'unsure' | 'bad' | 'explain' | 'relation' };

export function readName(field: 'lastName' | 'firstName', text: string): NameRead {
  if (saysNotUnderstood(text)) return { issue: 'explain' };
  const issue = nameIssue(text);
  if (issue === 'why' || issue === 'unsure') return { issue };
  if (saysRelationOnly(text)) return { issue: 'relation' };
  // « moi », « c'est moi »: whose act it is, not a name: what the question asks is said.
  if (saysOwnName(text)) return { issue: 'explain' };
  // « full copy », « extrait avec filiation » typed at the name: the act's words, not a name.
  if (saysActWords(text)) return { issue: 'bad' };
  // « Ahmed Haddad et Fatima Haddad », « Paul & Marie »: two people, not one name.
  if (/\s(?:et|and|&)\s+\p{L}/iu.test(text.trim())) return { issue: 'bad' };
  const name = check(field, text);
  return name ? { name } : { issue: 'bad' };
}
