/**
 * The answer at the days' question of an absence: the days (« 15 », « du 7 au 11 »), the end of days said from a start
 * (« Jusqu'à quand ? » answered « vendredi »), another child (« en fait c'est Léa pas Hugo »), or the question again.
 */
import type { TurnContext } from 'botbuilder';
import type { Child } from '../src/domain/types';
import { bareDays } from '../src/nlu/bareDays';
import { readUntil } from '../src/nlu/openEnd';
import { childrenSaidInstead } from './absenceChildChanged';
import { currentCommune, translator, type DialogDeps } from './dialogContext';

/** The days; or the children said instead (said so, the days asked again); or the question again with this lead. */
export type DaysAnswer = { days: string[] } | { childIds: number[]; lead: string } | { lead: string };

export async function absenceDaysAnswer(deps: DialogDeps, ctx: TurnContext, options: { openStart?: string; month?: string }, text: string, children: () => Promise<Child[] | undefined>): Promise<DaysAnswer> {
  const t = translator(deps, ctx);
  // « Jusqu'à quand ? » answered (« vendredi », « jusqu'au 18 »): the days from the start said to that end.
  const zone = options.openStart ? (await currentCommune(deps, ctx))?.schoolZone : undefined;
  const ended = options.openStart ? readUntil(options.openStart, text, (said) => deps.understand(said, [], undefined, zone)) : undefined;
  // « 15 », « 15 et 16 »: days of the month asked about (no numbered options at this question); never after a start (« 2 » is not the 2nd).
  // « le 15 lea »: read with the children's names (the name after the day does not make the number a count).
  const understood = ended ?? (options.openStart ? undefined : deps.understand(bareDays(text), ((await children()) ?? []).map((c) => c.firstName), options.month));
  if (understood?.dates.length) return { days: understood.dates };
  // « en fait c'est Léa pas Hugo »: the child changed, the days asked again for that child.
  const instead = childrenSaidInstead(text, (await children()) ?? []);
  // Said so before the days are asked again (« C'est noté : pour Léa. »).
  if (instead.length) return { childIds: instead.map((c) => c.id), lead: t('booking.forChildren', { names: instead.map((c) => c.firstName).join(', ') }) };
  return { lead: t(understood?.needsEndDate ? 'booking.needsEndDate' : 'booking.daysNotUnderstood') };
}
