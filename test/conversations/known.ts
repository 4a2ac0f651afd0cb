/**
 * Product dead ends found by the tables and left as they are (not small, local fixes): each
 * conversation it matches stays in the run, counted as failed, and the test fails once it passes.
 */
import type { Conversation } from './runner';

const KNOWN: Array<{ task: string; name: string; reason: string }> = [
  { task: 'civil-status act', name: 'demande d acte de naisance', reason: 'the typo « naisance » is not understood as a birth certificate request' },
];

export function markKnown(conversations: Conversation[]): Conversation[] {
  return conversations.map((c) => {
    const known = KNOWN.find((k) => c.task === k.task && c.name.includes(k.name));
    return known && !c.knownFailure ? { ...c, knownFailure: known.reason } : c;
  });
}
