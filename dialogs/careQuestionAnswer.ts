/**
 * The answer to a question about a child's day at the canteen or the accueils (src/nlu/careQuestion.ts: a diet, the
 * menus, an item lost, a medicine): the chat does not handle it; the service that looks after the children does (the
 * commune's booking service: its contacts, open now or not).
 */
import type { TurnContext } from 'botbuilder';
import type { CareQuestion } from '../src/nlu/careQuestion';
import { currentCommune, localeOf, translator, type DialogDeps } from './dialogContext';
import type { Commune, CommuneService } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { contactLines, openNow, shortContact } from './infoAnswers';

/**
 * By SMS, a service in one line: its phone and e-mail; its name alone when it has neither (« Service Scolaire-Enfance-Jeunesse
 * (SEJ) »), the portal's long address being the Web Chat's (3 segments with it).
 */
export const smsContact = (t: Translate, commune: Commune, service: CommuneService): string => (service.phone || service.email ? shortContact(t, commune, service) : service.name);

export async function careQuestionAnswer(deps: DialogDeps, ctx: TurnContext, asked: CareQuestion): Promise<string | undefined> {
  const commune = await currentCommune(deps, ctx);
  if (!commune) return undefined;
  const t = translator(deps, ctx);
  const service = deps.service.serviceFor(commune, 'booking');
  // Where each message is paid for (SMS): the service's phone and e-mail on the same line (2 segments with the greeting).
  if (deps.renderer.isPaid(ctx.activity.channelId)) return `${t(`care.${asked}`)} ${smsContact(t, commune, service)}`;
  const lines = [t(`care.${asked}`), contactLines(t, commune, service)];
  if (service.hours) lines.push(openNow(t, localeOf(ctx), service, deps.service.clock.now()));
  return lines.join('\n');
}
