/**
 * The commune now served, told to the chat page: once the resident chose a commune (« changer de commune »),
 * the messages of that turn carry it in their channelData (`commune`: id and name), and the page's header
 * (public/chat.js) shows that commune instead of the one the page was opened for.
 */
import type { TurnContext } from 'botbuilder-core';

/** The page's channel, by the bot's own Direct Line as by Azure's. */
const WEB_CHAT = 'webchat';
const SHOWN = Symbol('communeShown');

export interface CommuneShown {
  id: string;
  name: string;
}

/** Stamps the commune on this turn's messages still to be sent (Web Chat only; set again, the last one wins). */
export function showCommune(ctx: TurnContext, commune: CommuneShown): void {
  if (ctx.activity.channelId !== WEB_CHAT) return;
  const already = ctx.turnState.get(SHOWN) as CommuneShown | undefined;
  ctx.turnState.set(SHOWN, { id: commune.id, name: commune.name });
  if (already) return;
  ctx.onSendActivities(async (context, activities, next) => {
    const shown = context.turnState.get(SHOWN) as CommuneShown;
    for (const activity of activities) {
      if (activity.type === 'message') activity.channelData = { ...(activity.channelData as object | undefined), commune: shown };
    }
    return next();
  });
}
