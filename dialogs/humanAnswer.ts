/**
 * « parler à quelqu'un », « c'est un robot ? »: the service of the current topic, how to reach it, and whether it is
 * open now; for « c'est un robot ? », said first that an automatic assistant answers. At any step (mainInterruptions.ts)
 * and as the very first message (firstCommand.ts).
 */
import type { TurnContext } from 'botbuilder';
import type { Topic } from '../src/domain/types';
import { currentCommune, localeOf, send, translator, type DialogDeps } from './dialogContext';
import { contactLines, openNow } from './infoAnswers';

export async function sayHuman(deps: DialogDeps, ctx: TurnContext, topic: Topic, botAsked = false): Promise<void> {
  const t = translator(deps, ctx);
  const commune = await currentCommune(deps, ctx);
  const lines = botAsked ? [t('human.bot')] : [];
  if (!commune) {
    lines.push(t('commands.help.commune'));
    await send(deps, ctx, { text: lines.join('\n') });
    return;
  }
  const service = deps.service.serviceFor(commune, topic);
  // By SMS (each message paid for): its phone and e-mail in one line.
  lines.push(t('human.intro'), contactLines(t, commune, service, deps.renderer.isPaid(ctx.activity.channelId)));
  if (service.hours) lines.push(openNow(t, localeOf(ctx), service, deps.service.clock.now()));
  lines.push(t('human.continue'));
  await send(deps, ctx, { text: lines.join('\n') });
}
