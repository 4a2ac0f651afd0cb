/**
 * Product dead ends found by the tables and left as they are (not small, local fixes): each
 * conversation it matches stays in the run, counted as failed, and the test fails once it passes.
 * An entry with a channel marks that channel's run only.
 */
import type { Channel } from './channels';
import type { Conversation } from './runner';


const KNOWN: Array<{ task: string; name: string; reason: string; channel?: Channel }> = [
  // By SMS the first option is « 1 », Maladie: the absence cancels the day. On Web Chat it is « Confirmer », no reason.
];

export function markKnown(conversations: Conversation[]): Conversation[] {
  return conversations.flatMap((c) => {
    const known = KNOWN.find((k) => c.task === k.task && c.name.includes(k.name));
    if (!known || c.knownFailure) return [c];
    if (!known.channel) return [{ ...c, knownFailure: known.reason }];
    const others = (c.channels ?? (['webchat', 'sms'] as const)).filter((ch) => ch !== known.channel);
    return [{ ...c, channels: [known.channel], knownFailure: known.reason }, ...(others.length ? [{ ...c, channels: others }] : [])];
  });
}
