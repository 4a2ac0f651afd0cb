/**
 * A question typed at an open question of the sign-up (« c koi le mot de passe il faut », « pourquoi vous voulez mon
 * numéro ? »): never read as a wrong answer. The password is chosen at the end (said so); the why of the field is its
 * own sentence; another question gets a hint. Then the same question again, nothing lost. Undefined for an answer.
 */
import { prepare } from '../src/nlu/frenchText';

const ASKS = /^(?:c (?:est )?(?:koi|quoi)|quoi|qu est ce|pourquoi|pk|pq|comment|combien|quel|quelle|quels|quelles|est ce qu|faut il|il faut|ca sert|a quoi|why|what|how)\b|\b(?:c (?:est )?(?:koi|quoi)|il faut quoi|faut il|pourquoi|a quoi ca sert)\b/;
const PASSWORD = /\b(?:mot de passe|mdp|password|code secret)\b/;
const WHY = /^(?:pourquoi|pk|pq|why|a quoi ca sert|ca sert a quoi)\b/;

export function questionAtField(text: string, field: 'phone' | 'email' | 'address'): string | undefined {
  if (/[@\d]/.test(text)) return undefined;
  const said = prepare(text);
  if (!text.includes('?') && !ASKS.test(said)) return undefined;
  if (PASSWORD.test(said)) return 'createAccount.passwordAtEnd';
  if (WHY.test(said)) return `createAccount.why.${field}`;
  return 'createAccount.questionLater';
}
