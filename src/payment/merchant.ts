/**
 * Whose Paybox merchant numbers an invoice is paid to: its commune's own, when its commune file
 * gives them (`paybox:`), else the bot's (PAYBOX_SITE, PAYBOX_RANG, PAYBOX_IDENTIFIANT,
 * PAYBOX_HMAC_KEY).
 *
 * The HMAC key stays out of the commune file and the database: Paybox gives each merchant its own
 * key, so a commune with its own numbers names the environment variable that holds its key
 * (`hmacKeyEnv: PAYBOX_HMAC_KEY_CSP`), read with the other secrets by src/config.ts. A file can
 * then be exported, shared and kept under version control without leaking a secret, and a key is
 * changed without touching the file. A commune whose variable is not set cannot be paid (the page
 * says so): paying it to the bot's merchant would credit another account. With the sandbox, the
 * commune's numbers are signed with the sandbox's own key (it checks the form as Paybox does).
 */
import type { Commune } from '../domain/types';

export interface Merchant {
  site: string;
  rang: string;
  identifiant: string;
  hmacKey: string;
}

export function merchantFor(global: Merchant, commune: Pick<Commune, 'paybox'> | undefined, keys: Readonly<Record<string, string>>, sandbox: boolean): Merchant | undefined {
  const own = commune?.paybox;
  if (!own) return global;
  const hmacKey = sandbox ? global.hmacKey : keys[own.hmacKeyEnv];
  return hmacKey ? { site: own.site, rang: own.rang, identifiant: own.identifiant, hmacKey } : undefined;
}
