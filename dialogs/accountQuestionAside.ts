/**
 * A question typed at an open question of the sign-up (« c koi le mot de passe il faut », « pourquoi vous voulez mon
 * numéro ? », « vous la gardez ? » at the address): never read as a wrong answer nor kept as the address. The password is
 * chosen at the end (said so); the why of the field is its own sentence, so is what is done with the address (kept in the
 * space, for the démarches only); another question gets a hint. Then the same question again, nothing lost. Undefined for an answer.
 */
import { prepare } from '../src/nlu/frenchText';

const ASKS = /^(?:c (?:est )?(?:koi|quoi)|quoi|qu est ce|pourquoi|pk|pq|comment|combien|quel|quelle|quels|quelles|est ce qu|faut il|il faut|ca sert|a quoi|why|what|how)\b|\b(?:c (?:est )?(?:koi|quoi)|il faut quoi|faut il|pourquoi|a quoi ca sert)\b/;
const PASSWORD = /\b(?:mot de passe|mdp|password|code secret)\b/;
const WHY = /^(?:pourquoi|pk|pq|why|a quoi ca sert|ca sert a quoi)\b/;
/** « vous la gardez ? », « qui la voit ? », « vous la donnez à qui ? », « vous en faites quoi ? »: what is done with the address. */
const KEPT = /\b(?:gard\w*|conserv\w*|stock\w*|partag\w*|transm\w*|donn(?:ez|er|erez)|vend\w*|qui (?:la |le )?(?:voit|lit|verra)|en fai\w* quoi|fai\w* quoi avec|securi\w*|confidenti\w*|keep|share|store)\b/;
/** A question, typed at the address: its words (« ? » alone is not enough, « 3 rue … ? » is an address). */
const ASKS_HERE = /^(?:vous|tu|est ce|qui|et si|je (?:dois|peux)|on (?:doit|peut)|do you|will you)\b/;

export function questionAtField(text: string, field: 'phone' | 'email' | 'address'): string | undefined {
  if (/[@\d]/.test(text)) return undefined;
  const said = prepare(text);
  if (!text.includes('?') && !ASKS.test(said) && !(field === 'address' && ASKS_HERE.test(said))) return undefined;
  if (PASSWORD.test(said)) return 'createAccount.passwordAtEnd';
  if (field === 'address' && KEPT.test(said)) return 'createAccount.addressUse';
  if (WHY.test(said)) return `createAccount.why.${field}`;
  return 'createAccount.questionLater';
}
