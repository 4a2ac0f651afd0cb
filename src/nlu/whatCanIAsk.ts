/**
 * What one may ask or do here, asked by whoever writes (a grandparent, the nanny, a parent): « que puis-je vous demander
 * exactement ? », « jsuis la nounou, jpeux faire quoi avec ce truc pr la famille », « quelles démarches puis-je faire avec
 * vous ? »: help, whatever the context told before it (« …pendant son absence », « …au guichet »). A task named after it
 * (« que puis-je faire pour payer ma facture ? ») is that task's (prepare()d text, politeness taken out).
 */

const WHAT_CAN_I =
  '(?:(?:que|qu est ce que|quoi) (?:puis je|je peux|peut on|on peut|pouvons nous|nous pouvons|pourrais je|je pourrais) (?:vous |te )?(?:demander|faire)' +
  '|(?:je|j|on) (?:peux|peut|pourrais|pourrait) (?:vous |te )?(?:faire|demander) quoi' +
  '|(?:quelles?|quels) (?:demarches|choses|operations|services|demandes) (?:puis je|je peux|peut on|on peut|pouvez vous|peux tu|pourrais je) (?:vous |te )?(?:faire|demander|traiter|gerer|effectuer))';

/** What may follow it and keep it a question about the service: where, how much, for whom (not a task: « pour payer… »). */
const TAIL = '(?: (?:avec|par) (?:vous|toi|ce \\w+|cette \\w+|l appli\\w*|le site|le portail|ici))?(?: (?:ici|exactement|concretement|au juste|en fait|pour (?:elle|lui|eux|la famille|les enfants|mes petits enfants|ma fille|mon fils)))*';

const ASKS = new RegExp(`\\b${WHAT_CAN_I}${TAIL}(?= ?(?:\\?|,|$))`);

export const asksWhatCanBeAsked = (said: string): boolean => ASKS.test(said);
