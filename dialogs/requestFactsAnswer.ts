/**
 * The answer to a question about a request (src/nlu/requestFacts.ts), at the menu after it was sent
 * or at one of its questions: when the paper comes (what the service does next, who to ask for the
 * exact delay, how to follow the request), what it costs (civil-status acts and the census are
 * free) or the papers to bring (those the démarche's form asks for; none for a civil-status act). The démarche is the one named, else the one under way, else the latest made in this
 * conversation; with none known, or a price the commune does not state, no answer.
 */
import type { TurnContext } from 'botbuilder';
import { electionCheck, fieldsFor, type DemarcheKind } from '../src/domain/demarches';
import { prepare } from '../src/nlu/frenchText';
import { asksAboutRequest, asksRequestDeadline, requestNamed, type RequestKind } from '../src/nlu/requestFacts';
import { longDay } from './dateWords';
import { currentCommune, localeOf, translator, type DialogDeps } from './dialogContext';
import { contactLines } from './infoAnswers';

const KINDS: readonly RequestKind[] = ['civil_status_act', 'citizen_census', 'electoral_roll', 'family_booklet', 'address_change', 'cohabitation_certificate'];
/** The démarches free of charge, as service-public.fr says. */
const FREE: ReadonlySet<RequestKind> = new Set<RequestKind>(['civil_status_act', 'citizen_census', 'electoral_roll']);

/** « et c'est long ? », « ça va prendre du temps ? »: how long, asked of a request sent (not said as « combien de temps »). */
const LONG = /^(?:(?:et|mais|ok|d accord|merci) )*(?:(?:c est|c|ca va etre|ca va|ca sera|ca prend|ca va prendre|ca risque d etre|il faut attendre) )?(?:long|longtemps|du temps|beaucoup de temps)(?: \?)?$/;

const asKind = (kind: string | undefined): RequestKind | undefined => KINDS.find((k) => k === kind);

/** `running`: the démarche under way, or the one asked about just before (« combien de temps pour un acte ? », then « c'est gratuit ? »). */
export async function requestFactsAnswer(deps: DialogDeps, ctx: TurnContext, text: string, running?: string): Promise<{ text: string; kind: RequestKind } | undefined> {
  const long = !asksAboutRequest(text) && LONG.test(prepare(text));
  const fact = long ? 'delay' : (asksAboutRequest(text) ?? (asksRequestDeadline(text) ? 'deadline' : undefined));
  if (!fact) return undefined;
  const commune = await currentCommune(deps, ctx);
  if (!commune) return undefined;
  const { channelId, conversation, from } = ctx.activity;
  const made = conversation?.id && from?.id ? await deps.service.requests.madeInConversation(commune, { channelId, conversationId: conversation.id, userId: from.id }) : [];
  const latest = [...made].sort((a, b) => b.id - a.id)[0];
  const kind = requestNamed(text) ?? asKind(running) ?? asKind(latest?.kind);
  // « c'est long ? » is about a request once one was sent here (at a form's question, it may be the form).
  if (!kind || (long && !latest)) return undefined;
  const t = translator(deps, ctx);
  // A price the commune does not state, asked at the démarche's own questions (« c'est gratuit ? » at the certificat de vie
  // commune's names): said so, with the service to ask, and the question again (it was « Je n'ai pas reconnu un nom »).
  const askedHere = kind === asKind(running);
  const service = () => contactLines(t, commune, deps.service.serviceFor(commune, 'requests'), deps.renderer.isPaid(ctx.activity.channelId));
  if (fact === 'price') return FREE.has(kind) ? { text: t(`requestFacts.free.${kind}`), kind } : askedHere ? { text: `${t('requestFacts.priceAsk')}\n${service()}`, kind } : undefined;
  if (fact === 'papers') return { text: papersText(t, kind), kind };
  // « jusqu'à quand pour s'inscrire ? » at the electoral roll's questions (or just after it): its deadline (the next election's, when
  // known), else its rule. Asked at the menu naming it, the démarche starts as before (its rules say the deadline).
  if (fact === 'deadline') return asKind(running) === 'electoral_roll' ? { text: electionDeadline(deps, ctx, t), kind: 'electoral_roll' } : undefined;
  // The request this is about, when made here: how to follow it.
  const sent = [...made].sort((a, b) => b.id - a.id).find((r) => r.kind === kind);
  const next = kind === 'civil_status_act' ? t('requestFacts.delay.civilAct') : t(`demarche.${kind}.next`);
  const lines = [next, t('requestFacts.delay.ask'), contactLines(t, commune, deps.service.serviceFor(commune, 'requests')), sent ? t('requestFacts.follow', { reference: sent.reference }) : ''];
  return { text: lines.filter(Boolean).join('\n'), kind };
}

/** The papers of a démarche: the files its form asks for (brought to the guichet unique, or attached in the chat). */
function papersText(t: (key: string, params?: Record<string, unknown>) => string, kind: RequestKind): string {
  if (kind === 'civil_status_act') return t('requestFacts.papers.civilAct');
  const papers = fieldsFor(kind as DemarcheKind, {}).filter((f) => f.input.type === 'file').map((f) => t(`demarche.${kind}.label.${f.id}`).replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()));
  return t('requestFacts.papers.list', { label: t(`request.kind.${kind}`), papers: papers.join(', ') });
}

/** The next election's registration deadline (in time or too late for it), or the rule when no election day is known. */
function electionDeadline(deps: DialogDeps, ctx: TurnContext, t: (key: string, params?: Record<string, unknown>) => string): string {
  const check = electionCheck(deps.electionDays, deps.service.clock.now());
  if (check.state === 'noneKnown') return t('demarche.electoral_roll.rules');
  const day = (d: string) => longDay(localeOf(ctx), d);
  return t(`demarche.electoral_roll.deadline.${check.state}`, { election: day(check.firstRound), deadline: day(check.deadline) });
}
