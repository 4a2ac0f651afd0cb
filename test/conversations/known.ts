/**
 * Product dead ends found by the tables and left as they are (not small, local fixes): each
 * conversation it matches stays in the run, counted as failed, and the test fails once it passes.
 */
import type { Conversation } from './runner';

const KNOWN: Array<{ task: string; name: string; reason: string }> = [
  { task: 'sign in', name: 'the code in a sentence', reason: '« mon mail c\'est x@y.fr » is refused as an incomplete address: the e-mail is not read out of a sentence (dialogs/signInDialog.ts)' },
  { task: 'family key', name: 'with spaces, in a sentence', reason: '« voici ma clé : ABCD EFGH … » is refused as malformed, though familyKeyIn finds keys in sentences' },
  { task: 'pay invoice (start)', name: 'regler la facture du sejour', reason: 'the invoice named up front is not picked: the list is shown and « oui » is not an answer to it' },
  { task: 'pay invoice (start)', name: 'pay by card, details up front', reason: 'the invoice named up front is not picked: the list is shown and « oui » is not an answer to it' },
  { task: 'civil-status act', name: 'demande d acte de naisance', reason: 'the typo « naisance » is not understood as a birth certificate request' },
  { task: 'follow request', name: 'only the number', reason: 'the last 6 digits of a reference are not taken as the reference' },
  { task: 'guichet unique', name: '« guichet unique » at', reason: '« guichet unique » alone does not give its contacts' },
];

export function markKnown(conversations: Conversation[]): Conversation[] {
  return conversations.map((c) => {
    const known = KNOWN.find((k) => c.task === k.task && c.name.includes(k.name));
    return known && !c.knownFailure ? { ...c, knownFailure: known.reason } : c;
  });
}
