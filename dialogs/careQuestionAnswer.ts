/**
 * The answer to a question about a child's day at the canteen or the accueils (src/nlu/careQuestion.ts: a diet, the
 * menus, an item lost, a medicine): the chat does not handle it; the service that looks after the children does (the
 * commune's booking service: its contacts, open now or not).
 */
import type { TurnContext } from 'botbuilder';
import type { CareQuestion } from '../src/nlu/careQuestion';
import { currentCommune, localeOf, translator, type DialogDeps } from './dialogContext';
import { contactLines, openNow } from './infoAnswers';

export async function careQuestionAnswer(deps: DialogDeps, ctx: TurnContext, asked: CareQuestion): Promise<string | undefined> {
  const commune = await currentCommune(deps, ctx);
  if (!commune) return undefined;
  const t = translator(deps, ctx);
  const service = deps.service.serviceFor(commune, 'booking');
  const lines = [t(`care.${asked}`), contactLines(t, commune, service)];
  if (service.hours) lines.push(openNow(t, localeOf(ctx), service, deps.service.clock.now()));
  return lines.join('\n');
}
