/**
 * What a screen reader reads of replies on Web Chat: each message's text, then each card as its `speak`
 * (the card's title is the card's, not the message's: cards/cardRenderer.ts).
 */
import type { Activity } from 'botbuilder';

export function heard(replies: ReadonlyArray<Partial<Activity>>): string {
  return replies
    .flatMap((r) => [r.text ?? '', ...(r.attachments ?? []).map((a) => String((a.content as { speak?: unknown } | undefined)?.speak ?? ''))])
    .filter((line) => line !== '')
    .join('\n');
}
