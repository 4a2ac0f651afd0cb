/**
 * What following a request answers: a request found (its line, the agent's message, and after a refusal what to
 * do next and who to ask; asked to cancel it, who cancels it), and the requests made in this conversation, said
 * at once without a reference asked (followRequestDialog.ts).
 */
import type { TurnContext } from 'botbuilder-core';
import type { FollowedRequest } from '../src/domain/requestService';
import type { Commune } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { currentCommune, localeOf, translator, type DialogDeps } from './dialogContext';
import { describeRequest } from './followMine';
import { contactLines } from './infoAnswers';

/** A request followed: its line, the agent's message, and after a refusal what to do next and who to ask. */
export function followedLines(deps: DialogDeps, t: Translate, locale: string, commune: Commune, request: FollowedRequest, cancel?: boolean, short = false): string[] {
  const lines = [describeRequest(t, locale, request)];
  if (request.message) lines.push(t('request.toldMessage', { message: request.message }));
  const contact = () => contactLines(t, commune, deps.service.serviceFor(commune, 'requests'), short);
  if (request.status === 'refused') lines.push(t('follow.refusedNext'), contact());
  // Asked to cancel it: the service cancels a request still open; the chat says who to ask (a request done is not cancelled).
  else if (cancel) lines.push(...(request.status === 'completed' ? [t('follow.cancelDone')] : [t('follow.cancelHow'), contact()]));
  return lines;
}

/** The requests made in this conversation (by this channel user; `reference`: that one only), as followed; undefined when there is none. */
export async function madeHereText(deps: DialogDeps, context: TurnContext, reference?: string, cancel?: boolean): Promise<string | undefined> {
  const commune = await currentCommune(deps, context);
  const { channelId, conversation, from } = context.activity;
  if (!commune || !conversation?.id || !from?.id) return undefined;
  const all = await deps.service.requests.madeInConversation(commune, { channelId, conversationId: conversation.id, userId: from.id });
  const made = reference ? all.filter((r) => r.reference === reference) : all;
  if (made.length === 0) return undefined;
  const t = translator(deps, context);
  return [t('follow.madeHere'), ...made.flatMap((r) => followedLines(deps, t, localeOf(context), commune, r, cancel, deps.renderer.isPaid(context.activity.channelId)))].join('\n');
}
