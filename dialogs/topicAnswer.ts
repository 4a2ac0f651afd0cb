/**
 * The answer to a short question read against the topic just answered (src/nlu/topicFollowUp.ts), and to a word's meaning
 * (« c'est quoi le QF ? »): a few lines from the locales, the same at the menu, in the Infos pratiques and at a task's
 * question (the task's question asked again after it, nothing paused). Each answer says which topic it leaves, for the next
 * follow-up (« c'est quoi le QF ? » then « et comment je le calcule ? »).
 */
import type { TurnContext } from 'botbuilder';
import type { Commune, ServiceCode } from '../src/domain/communeTypes';
import { numberFormat } from '../src/domain/formats';
import { definitionAsked } from '../src/nlu/definitions';
import { prepare } from '../src/nlu/frenchText';
import { askOfTopic, TOPIC_SERVICE, type AnsweredTopic, type TopicAsk } from '../src/nlu/topicFollowUp';
import { channelUser, currentCommune, localeOf, translator, type DialogDeps } from './dialogContext';
import { whoGivesTheKey } from './familyKeyAnswer';
import { answerInfo, contactLines } from './infoAnswers';
import { schoolCalendarAnswer } from './schoolCalendarAnswer';

export interface TopicAnswer {
  text: string;
  /** The topic the answer leaves, for the next follow-up. */
  topic: AnsweredTopic;
  /** What was answered (for the tests: the kind of the follow-up). */
  kind: TopicAsk['kind'];
}

/** The services a word names (the others: the commune's service for the topic). */
const OWN_SERVICE: Partial<Record<AnsweredTopic, ServiceCode>> = { guichetUnique: 'guichet_unique', apps: 'periscolaire', regie: 'regie' };

/** What a message asks: of the topic just answered when there is one, else a word's meaning only. */
export function topicAsked(text: string, topic: AnsweredTopic | undefined): TopicAsk | undefined {
  const said = prepare(text);
  if (topic) return askOfTopic(said, topic);
  const term = definitionAsked(said);
  return term ? { kind: 'define', term } : undefined;
}

/** The answer to what a message asks of the topic (or a meaning), or undefined when it asks none / no commune is chosen. */
export async function answerTopic(deps: DialogDeps, ctx: TurnContext, text: string, topic: AnsweredTopic | undefined): Promise<TopicAnswer | undefined> {
  const asked = topicAsked(text, topic);
  if (!asked) return undefined;
  const commune = await currentCommune(deps, ctx);
  if (!commune) return undefined;
  const answer = await answerOf(deps, ctx, commune, asked, topic);
  return answer ? { ...answer, kind: asked.kind } : undefined;
}

async function answerOf(deps: DialogDeps, ctx: TurnContext, commune: Commune, asked: TopicAsk, topic: AnsweredTopic | undefined): Promise<Omit<TopicAnswer, 'kind'> | undefined> {
  const t = translator(deps, ctx);
  const names = { commune: commune.name, keyName: commune.familyKeyName, portal: commune.portalName, url: commune.portalUrl };
  switch (asked.kind) {
    case 'define': {
      // The QF: how to see one's own (the rates only when asked: « les tarifs »).
      const own = asked.term === 'qf' ? ((await ownQf(deps, ctx, commune)) ?? t('definitions.qfSeeOwn')) : undefined;
      // The régie, the guichet unique: how to reach it too (« c quoi le guichet unique » is often where it is).
      const service = asked.term === 'regie' || asked.term === 'guichetUnique' ? ownService(commune, asked.term) : undefined;
      const reach = service ? commune.services.find((s) => s.code === service) : undefined;
      return { text: [t(`definitions.${asked.term}`, names), own, reach ? contactLines(t, commune, reach, deps.renderer.isPaid(ctx.activity.channelId)) : undefined].filter(Boolean).join('\n'), topic: asked.term };
    }
    case 'keyGet':
      return { text: await whoGivesTheKey(deps, ctx, 'familyKey.notReceived'), topic: 'familyKey' };
    case 'keyEnter':
      return { text: t('familyKey.howToEnter', names), topic: 'familyKey' };
    case 'qfHow':
      return { text: t('definitions.qfHow', names), topic: 'qf' };
    case 'qfOwn':
      return { text: (await ownQf(deps, ctx, commune)) ?? t('definitions.qfSeeOwn'), topic: 'qf' };
    case 'perChild':
      return { text: [t('tariffs.perChild'), contactLines(t, commune, deps.service.serviceFor(commune, 'invoices'), deps.renderer.isPaid(ctx.activity.channelId))].join('\n'), topic: 'tariffs' };
    case 'taxNoticeSend':
      return { text: t('definitions.taxNoticeSend', names), topic: 'taxNotice' };
    case 'taxNoticeWhere':
      return { text: t('definitions.taxNoticeWhere', names), topic: 'taxNotice' };
    case 'actAbroadFrench':
      return { text: t('civilAct.abroadFrenchSince'), topic: 'actAbroad' };
    case 'schoolCalendar': {
      const text = await schoolCalendarAnswer(deps, ctx, asked.asked, asked.text);
      return text ? { text, topic: 'schoolCalendar' } : undefined;
    }
    case 'service': {
      if (!topic) return undefined;
      const code = asked.query.service ?? ownService(commune, topic) ?? deps.service.serviceFor(commune, TOPIC_SERVICE[topic]).code;
      return { text: answerInfo(t, localeOf(ctx), commune, { ...asked.query, service: code }, deps.service.clock.now(), false, ctx.activity.channelId === 'sms'), topic };
    }
  }
}

/** The word's own service when the commune has it (« le guichet unique » then « c'est où ? »). */
const ownService = (commune: Commune, topic: AnsweredTopic): ServiceCode | undefined => {
  const code = OWN_SERVICE[topic];
  return code && commune.services.some((s) => s.code === code) ? code : undefined;
};

/** The resident's quotient, signed in and linked; how to see it otherwise (undefined: not signed in, said by the caller). */
async function ownQf(deps: DialogDeps, ctx: TurnContext, commune: Commune): Promise<string | undefined> {
  const t = translator(deps, ctx);
  const account = await deps.service.accounts.signedIn(channelUser(ctx));
  if (!account) return undefined;
  const file = await deps.service.familyFile(account);
  if (!file) return t('tariffs.linkForYours', { keyName: commune.familyKeyName });
  const qf = file.household.quotientFamilial;
  return qf === null ? t('tariffs.yourNoQf') : t('tariffs.yourQf', { qf: numberFormat(localeOf(ctx), { maximumFractionDigits: 0 }).format(qf) });
}
