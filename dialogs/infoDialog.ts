/**
 * Infos pratiques: opening hours, « est-ce ouvert maintenant ? », contacts and addresses of the
 * commune's services and guichet unique, and its rates (« c'est quoi mon tarif », « mon quotient
 * familial »: the commune's, and the family's when the resident is signed in and linked). Answers as many questions as asked; anything else goes
 * back to the main dialog, which routes it. By SMS the contacts come one page at a time (« suite »).
 */
import { parisDay } from '../src/domain/parisTime';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { asksAmountOwed, asksForDeadlines, asksForTariffs, asksHowToPay, parseInfoQuery, saysWhenOrWhere, type InfoQuery } from '../src/nlu/infoQuery';
import { normalize } from '../src/domain/text';
import type { Commune } from '../src/domain/types';
import { closingAtQuestion } from '../src/nlu/closing';
import { asksSameOfActivity, asksSameOfService } from '../src/nlu/serviceFollowUp';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { currentCommune, localeOf, send, toActivity, translator, type DialogDeps } from './dialogContext';
import { answerInfo, contactLines, paymentMeansAnswer, resolveService, withPeriod } from './infoAnswers';
import { answerInfoFollowUp } from './hoursElsewhere';
import { asksForNextPage, paginate } from './pages';
import { tariffsAnswer } from './tariffsAnswer';
import { deadlinesAnswer } from './deadlinesAnswer';
import { answerTopic, topicAsked } from './topicAnswer';
import type { AnsweredTopic } from '../src/nlu/topicFollowUp';

export const INFO_DIALOG = 'info';
const FLOW = 'infoFlow';
const PROMPT = 'infoPrompt';

export interface InfoOptions {
  query?: string;
  /** The question answered just before: a follow-up (« et demain ? ») takes what it does not say from it. */
  last?: InfoQuery;
  /** The page of the contacts to show (« suite » by SMS: one service at a time). */
  page?: number;
  /** Questions that follow the query (« et lundi 25 ? », said while the commune was asked): answered after it, each from the one before. */
  followUps?: string[];
  /** The rates or the deadlines were just answered: the query asks the same of another activity (« et le centre ? »). */
  topic?: ActivityTopic;
  /** A follow-up of the topic answered (`answered`), or a word's meaning (« c'est quoi le QF ? »): answered by topicAnswer.ts. */
  aboutTopic?: string;
  answered?: AnsweredTopic;
}

/** An answer about the activities: a follow-up naming another one asks the same of it. */
type ActivityTopic = 'tariffs' | 'deadlines';

/** Kept in the waterfall's state between the answer and the next message. */
interface InfoValues {
  last?: InfoQuery;
  /** The next page of the contacts, when there is one. */
  nextPage?: number;
  topic?: ActivityTopic;
  /** The topic just answered (the rates, a word's meaning): « et pour 2 enfants ? » next is read against it. */
  answered?: AnsweredTopic;
}

/** What the info dialog hands back to the main dialog. */
export interface InfoResult {
  unhandled?: AnyInput;
  /** « merci », « au revoir »: thanked, then a polite word instead of the menu. */
  closing?: boolean;
}

const DONE = /^(non|non merci|merci|c est tout|rien|ok merci|parfait|d accord merci|no|no thanks|thanks)$/;

/** « c quoi le guichet unique », « c'est quoi la mairie annexe », « what is the guichet unique »: what a service is (when one is named). */
const WHAT_IS = /^(?:(?:et |mais )?(?:c est |cest |c )?quoi (?:le|la|les|l)\b|(?:et )?(?:c est|cest|c) quoi\b|qu est ce que\b|what is\b|whats\b|what s\b)/;

/** Another commune served, named in the question (its name or postal code, not one shared with this commune). */
async function otherCommuneNamed(deps: DialogDeps, commune: Commune, text: string): Promise<Commune | undefined> {
  const match = await deps.service.matchCommune(text);
  return match.kind === 'found' && match.commune.id !== commune.id ? match.commune : undefined;
}

export class InfoDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(INFO_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [this.start.bind(this), this.next.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async start(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog({} satisfies InfoResult);
    const { query, last, page = 0, followUps = [], topic, aboutTopic, answered } = (step.options ?? {}) as InfoOptions;
    const values = step.values as InfoValues;
    let promptKey = 'info.more';
    // A follow-up of the topic answered; « c'est quoi le QF ? » routed here as a question of the rates: its definition, not the table.
    const about = aboutTopic ?? (query && topicAsked(query, undefined) ? query : undefined);
    // « et la mairie de Chanteloup le 25 décembre ? » on Carrières-sur-Seine's space: never this commune's answer for the other's.
    const other = query ? await otherCommuneNamed(this.deps, commune, query) : undefined;
    const topical = about && !other ? await answerTopic(this.deps, step.context, about, aboutTopic ? answered : undefined) : undefined;
    if (other) {
      await send(this.deps, step.context, { text: t('menu.otherCommune', { commune: commune.name, other: other.name }) });
    } else if (topical) {
      values.answered = topical.topic;
      await send(this.deps, step.context, { text: topical.text });
    } else if (query && asksHowToPay(query)) {
      values.answered = 'paymentMeans';
      await send(this.deps, step.context, { text: paymentMeansAnswer(t, commune, this.deps.service.serviceFor(commune, 'invoices'), this.deps.renderer.isPaid(step.context.activity.channelId)) });
    } else if (query && (topic === 'deadlines' || asksForDeadlines(query))) {
      (step.values as InfoValues).topic = 'deadlines';
      await send(this.deps, step.context, { text: await deadlinesAnswer(this.deps, step.context, query) });
    } else if (query && (topic === 'tariffs' || asksForTariffs(query))) {
      (step.values as InfoValues).topic = 'tariffs';
      values.answered = 'tariffs';
      await send(this.deps, step.context, { text: await tariffsAnswer(this.deps, step.context, query) });
    } else if (query) {
      // « pendant les vacances de Noël », « la semaine prochaine »: the days the date reader finds (school calendar of the commune's zone), read as one period.
      const read = (text: string) => withPeriod(parseInfoQuery(text), this.deps.understand(text, [], undefined, commune.schoolZone), text, parisDay(this.deps.service.clock.now()));
      // A follow-up that asks the hours of a service without any: the town hall's reception instead (hoursElsewhere.ts).
      // By SMS, whom to contact in one line (infoAnswers.ts).
      const short = step.context.activity.channelId === 'sms';
      const after = (before: InfoQuery | undefined, text: string) => (before ? answerInfoFollowUp(t, localeOf(step.context), commune, before, read(text), this.deps.service.clock.now(), short) : { asked: read(text), text: answerInfo(t, localeOf(step.context), commune, read(text), this.deps.service.clock.now(), false, short) });
      const opening = after(last, query);
      let asked = opening.asked;
      const answers = [opening.text];
      for (const next of followUps) {
        const answered = after(asked, next);
        asked = answered.asked;
        answers.push(answered.text);
      }
      (step.values as InfoValues).last = asked;
      await send(this.deps, step.context, { text: answers.join('\n') });
    } else {
      // The general service first (the most asked), then the others; by SMS one page at a time.
      const general = resolveService(commune, undefined);
      const services = [...commune.services].sort((a, b) => Number(b === general) - Number(a === general));
      const pages = paginate(services.map((s) => contactLines(t, commune, s)), this.deps.renderer.pageChars(step.context.activity.channelId));
      const shown = pages[Math.min(page, pages.length - 1)] ?? [];
      const more = page + 1 < pages.length;
      if (more) (step.values as InfoValues).nextPage = page + 1;
      const overview = [...(page === 0 ? [t('info.intro', { commune: commune.name })] : []), ...shown];
      await send(this.deps, step.context, { text: `${overview.join('\n\n')}${more ? `\n${t('info.nextPage')}` : ''}` });
      promptKey = 'info.ask';
    }
    const prompt = toActivity(this.deps, step.context, { text: t(promptKey) });
    return step.prompt(PROMPT, { prompt, retryPrompt: toActivity(this.deps, step.context, { text: t('info.ask') }) });
  }

  private async next(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const input = step.result as AnyInput;
    const text = input.text;
    // « merci », « au revoir » (« non merci » answers « une autre question ? »: the hint, as « non »).
    const closing = closingAtQuestion(text);
    if (closing === 'thanks' || closing === 'goodbye') return step.endDialog({ closing: true } satisfies InfoResult);
    // « ok », « d'accord »: heard, nothing more to ask (the menu's question next).
    if (closing === 'ack' || DONE.test(normalize(text))) return step.endDialog({} satisfies InfoResult);
    const intent = text ? this.deps.understand(text).intent : 'unknown';
    const { last, nextPage, topic, answered } = step.values as InfoValues;
    if (nextPage !== undefined && asksForNextPage(text)) return step.replaceDialog(FLOW, { page: nextPage } satisfies InfoOptions);
    // « et le centre de loisirs le mercredi ? » after the rates: the rates of that activity (not a booking).
    if (topic && !asksForTariffs(text) && !asksForDeadlines(text) && !asksAmountOwed(text) && asksSameOfActivity(text)) return step.replaceDialog(FLOW, { query: text, topic } satisfies InfoOptions);
    // « c'est quoi le QF ? »; after the rates, « et pour 2 enfants ? »: read against the topic just answered (topicAnswer.ts).
    if (topicAsked(text, answered)) return step.replaceDialog(FLOW, { aboutTopic: text, ...(answered ? { answered } : {}) } satisfies InfoOptions);
    // « et la cantine ? », « et pour la cantine ? »: the same question about that service (not a booking).
    // « c quoi le guichet unique ? »: a question of its own, nothing taken from the one before (not its day, nor « l'adresse »).
    const named = parseInfoQuery(text);
    const own = WHAT_IS.test(normalize(text)) && Boolean(named.service || named.other);
    if (last && !own && asksSameOfService(text)) return step.replaceDialog(FLOW, { query: text, last } satisfies InfoOptions);
    if (intent === 'opening_hours' || intent === 'contact' || asksForTariffs(text) || asksForDeadlines(text) || asksHowToPay(text)) return step.replaceDialog(FLOW, { query: text, ...(last && !own ? { last } : {}) } satisfies InfoOptions);
    // « et demain ? », « et samedi ? », « à midi et demi ? », « elle rouvre quand ? », « c'est où ? »: the same question for that day or time, or the same place.
    const asked = parseInfoQuery(text);
    // « et pendant les vacances d'été ? »: a period the date reader finds (withPeriod), the same question for it.
    const period = last && intent === 'unknown' ? withPeriod(asked, this.deps.understand(text, [], undefined, (await currentCommune(this.deps, step.context))?.schoolZone), text, parisDay(this.deps.service.clock.now())).period : undefined;
    if (last && intent === 'unknown' && (saysWhenOrWhere(asked) || asked.wants === 'reopens' || asked.wants === 'address' || period)) return step.replaceDialog(FLOW, { query: text, last } satisfies InfoOptions);
    return step.endDialog({ unhandled: input } satisfies InfoResult);
  }
}
