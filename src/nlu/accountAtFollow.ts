/**
 * At « mes demandes » asked without being signed in, the bot offers both ways (followRequestDialog.ts): signing in to
 * see every request of the account, or the request's number. What the resident answers about the account: « me
 * connecter », « j'ai un compte », « oui » (sign in); « je n'ai pas de compte », « sans compte » (the number, then).
 */
import { prepare } from './frenchText';
import { detectIntent } from './intents';

const NO_ACCOUNT = /\b(?:pas|plus|aucun|sans|jamais eu) (?:de |d |d un |un )?(?:compte|espace)\b|\bno account\b|\b(?:don t|do not) have (?:an |one |any )?account\b/;
const HAS_ACCOUNT =
  /^(?:(?:oui|ouais|si|yes|ok|alors|bah|ben|euh) )*(?:j ai (?:un|mon|deja un) (?:compte|espace)(?: citoyens?)?|(?:avec )?mon (?:compte|espace)|(?:un )?compte|oui|ouais|yes|i have (?:an |one )?account)$/;

export type AccountAtFollow = 'signIn' | 'noAccount';

export function accountAtFollow(text: string): AccountAtFollow | undefined {
  const said = prepare(text).replace(/[?!.,]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!said) return undefined;
  if (NO_ACCOUNT.test(said)) return 'noAccount';
  return HAS_ACCOUNT.test(said) || detectIntent(said) === 'sign_in' ? 'signIn' : undefined;
}
