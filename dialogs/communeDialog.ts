/**
 * « Quelle est votre commune ? » — asked when the channel does not tell it, with the communes
 * served listed in the text itself (SMS, screen readers) as well as in buttons. The answer is
 * matched tolerantly (name, part of it, a slip, number in the list, postal code) and remembered in
 * the resident's profile. A request typed instead (« horaires de la mairie ») is kept, and handed
 * back with the commune so that it is answered once the commune is known.
 */
import type { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import type { Reply } from '../cards/cardRenderer';
import { withoutCommuneName, type CommuneMatch } from '../src/domain/communeMatch';
import { positionOf } from '../src/nlu/choice';
import { asksForLostReference, asksForMyRequests, asksToFollowRequest } from '../src/nlu/requestTopics';
import { onlyAPlaceLead } from '../src/nlu/placeAnswer';
import { takesBackCommuneChange } from '../src/nlu/communeStay';
import { besidesAddress, besidesCommune, communeNamed, keptAlong, type CommuneNamed } from './communeNamed';
import { fold, recognizeYesNo } from '../src/nlu/yesNo';
import type { Commune } from '../src/domain/types';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { communeAside } from './communeAside';
import { keptCompleted } from './communeKeptDetail';
import { communeBefore, send, setCommune, toActivity, translator, type DialogDeps } from './dialogContext';

export const COMMUNE_DIALOG = 'commune';

/** Words said around a commune's name (« c'est sur seine », « plutôt poissy »). */
const AROUND = new Set(['c', 'est', 'celle', 'la', 'le', 'de', 'du', 'a', 'plutot', 'commune', 'ville', 'je', 'suis', 'j', 'habite', 'svp', 'merci', 'non']);
/** Every word of `answer` is one of `name` or said around it. */
const onlyWordsOf = (answer: string, name: string): boolean => {
  const words = new Set(fold(name).split(/[^a-z0-9]+/));
  return fold(answer).split(/[^a-z0-9]+/).every((w) => !w || words.has(w) || AROUND.has(w));
};
const PROMPT = 'communePrompt';
const FLOW = 'communeFlow';

export interface CommuneOptions {
  /** Text to show before the question (why we ask again). */
  leadKey?: string;
  candidates?: string[];
  /** A request typed before the commune was known: answered once it is. */
  kept?: AnyInput;
  /** Said before the question (thanks answered). */
  said?: string;
  /** A goodbye was said: nothing asked now, the next message answers the question. */
  quiet?: boolean;
  /** The candidates are suggested for a place they are named after (« Poissy ? »): « oui » takes the one suggested. */
  near?: boolean;
}

/** What the dialog ends with: the commune chosen, and the request kept meanwhile. */
export interface CommuneResult {
  communeId: string;
  pending?: AnyInput;
  /** After « changer de commune »: « en fait non » or the same commune, the commune before kept (a task put aside is offered back)… */
  stayed?: boolean;
  /** …or another commune chosen (the tasks put aside were the other commune's). */
  changed?: boolean;
}

/** Intents that are not a request to answer later. */
export const NOT_A_REQUEST = new Set(['unknown', 'greeting', 'abort']);

/** A request to answer once the commune is known: an intent, or what the routing reads besides (« c pour suivre ma demande », « j'ai perdu ma référence »). */
export const asksSomething = (deps: DialogDeps, text: string): boolean =>
  !NOT_A_REQUEST.has(deps.understand(text).intent) || asksToFollowRequest(text) || asksForLostReference(text) || asksForMyRequests(text);

export class CommuneDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(COMMUNE_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [this.ask.bind(this), this.check.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private question(ctx: TurnContext, leads: string[], candidates: Commune[], all: boolean, near = false): Reply {
    const t = translator(this.deps, ctx);
    const list = candidates.map((c, i) => `${i + 1}. ${c.name}`);
    // « Vouliez-vous dire Carrières-sous-Poissy ? »: one commune suggested, answered by « oui » or a commune's name.
    const only = near && candidates.length === 1 ? candidates[0] : undefined;
    if (only) return { text: [...leads.map((key) => t(key)), t('commune.near', { commune: only.name }), t('commune.nearHowToAnswer')].join('\n'), choices: [{ label: only.name }], listed: true };
    return {
      text: [...leads.map((key) => t(key)), ...(all ? [t('commune.list')] : []), ...list, t('commune.ask'), t('commune.howToAnswer')].join('\n'),
      choices: candidates.map((c) => ({ label: c.name })),
      listed: true,
    };
  }

  private async shown(options: CommuneOptions): Promise<Commune[]> {
    const all = await this.deps.service.listCommunes();
    return options.candidates ? all.filter((c) => options.candidates?.includes(c.id)) : all;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as CommuneOptions;
    const candidates = await this.shown(options);
    const leads = [options.leadKey, options.kept ? 'commune.kept' : undefined].filter((k): k is string => !!k);
    const all = !options.candidates;
    const reply = this.question(step.context, leads, candidates, all, options.near);
    const retry = this.question(step.context, ['commune.empty'], candidates, all);
    if (options.said) await send(this.deps, step.context, { text: options.said });
    return step.prompt(PROMPT, { ...(options.quiet ? {} : { prompt: toActivity(this.deps, step.context, reply) }), retryPrompt: toActivity(this.deps, step.context, retry) });
  }

  private async check(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const input = step.result as AnyInput;
    const options = (step.options ?? {}) as CommuneOptions;
    const answer = input.text;
    // A number answers the list that was shown, which may be a shortened one.
    // A commune suggested (« Vouliez-vous dire … ? ») is not numbered: a number is of the communes served.
    const suggested = options.near ? await this.shown(options) : undefined;
    const shown = suggested ? await this.deps.service.listCommunes() : await this.shown(options);
    // « 2 », « la première », « le dernier »: its place in that list.
    const position = positionOf(fold(answer), shown.length);
    // « oui », « ouais c ça » to the one commune suggested.
    const yes = suggested?.length === 1 ? recognizeYesNo(answer) : undefined;
    const picked = position ? shown[position - 1] : yes?.answer === 'yes' ? suggested?.[0] : undefined;
    // A number that is not in the shortened list shown (« 3 » when two were shown) names no commune.
    const outOfList = !picked && !suggested && options.candidates && /^\d{1,2}$/.test(answer.trim());
    // The place of an act's event (« je suis né à Poissy ») is the act's, not the commune asked, unless it is a commune served (communeNamed.ts).
    const named = picked || outOfList ? undefined : await communeNamed(this.deps, answer);
    const said = picked ? { kind: 'found' as const, commune: picked } : outOfList ? { kind: 'none' as const, communes: shown } : (named as CommuneNamed).match;
    // « sur seine », « poissy » after « Carrières » fitted two: the one of those shown that the words tell apart.
    // Only words of that name (« Triel sur Seine » names another commune: suggested, never taken).
    const apart = !options.near && options.candidates && said.kind === 'none' ? said.near?.filter((c) => options.candidates?.includes(c.id) && onlyWordsOf(answer, c.name)) : undefined;
    const match = apart?.length === 1 && apart[0] ? { kind: 'found' as const, commune: apart[0] } : said;
    // « horaires de la mairie »: a request rather than a commune, kept for when the commune is known (« bjr carrieres sous poissy » asks nothing).
    const rest = named ? besidesCommune(named, answer) : answer;
    // Of the same kind as a request kept (« copie integrale » after « il me faut un acte de mariage »): it completes it, never replaces it.
    // « 5 avenue foch carrieres sur seine »: an address given as the answer is only where the resident lives (not a change of it).
    const asked = besidesAddress(rest);
    const request = !picked && !namesOnlyNear(match, answer) && asksSomething(this.deps, asked) ? keptAlong(this.deps, options.kept, { ...input, text: rest }) : undefined;
    // « c moi », « pour ma fille » after « il me faut un acte de naissance »: the kept request's next answer, kept with it (communeKeptDetail.ts).
    const completed = request || picked ? undefined : keptCompleted(this.deps, options.kept, asked);
    // « merci », « bonjour », « et lundi 25 ? »: answered or kept, the commune asked again (communeAside.ts).
    const aside = match.kind === 'none' && !request && !completed ? communeAside(this.deps, step.context, answer, options.kept) : undefined;
    const kept = request ?? completed ?? aside?.kept ?? options.kept;
    const before = await communeBefore(this.deps, step.context);
    if (match.kind === 'found') {
      await setCommune(this.deps, step.context, match.commune.id);
      await send(this.deps, step.context, { text: translator(this.deps, step.context)(named?.atPlace ? 'commune.notedFromPlace' : 'commune.noted', { commune: match.commune.name }) });
      return step.endDialog({ communeId: match.commune.id, ...(kept ? { pending: kept } : {}), ...(before ? (before.id === match.commune.id ? { stayed: true } : { changed: true }) : {}) } satisfies CommuneResult);
    }
    // « en fait non », « non je reste », « annuler » after « changer de commune »: the commune before is kept.
    if (before && takesBackCommuneChange(answer)) {
      await setCommune(this.deps, step.context, before.id);
      await send(this.deps, step.context, { text: translator(this.deps, step.context)('commune.stayed', { commune: before.name }) });
      return step.endDialog({ communeId: before.id, stayed: true } satisfies CommuneResult);
    }
    const again = (next: CommuneOptions) => step.replaceDialog(FLOW, { ...next, ...(kept ? { kept } : {}) } satisfies CommuneOptions);
    if (match.kind === 'ambiguous') return again({ leadKey: 'commune.ambiguous', candidates: match.candidates.map((c) => c.id) });
    // « Poissy ? »: not served, but a commune served is named after it (« Carrières-sous-Poissy »): suggested.
    if (match.kind === 'none' && match.near && !request && !aside && !completed) return again({ leadKey: 'commune.unknown', candidates: match.near.map((c) => c.id), near: true });
    // « non » to the commune suggested: that one is not theirs; the communes served listed.
    if (yes?.answer === 'no') return again({ leadKey: 'commune.notNear' });
    if (aside) return again({ ...(aside.leadKey ? { leadKey: aside.leadKey } : {}), ...(aside.said ? { said: aside.said } : {}), ...(aside.quiet ? { quiet: true } : {}) });
    // A request typed at the shortened list (« Carrières » fits two): kept, and the same two asked again.
    const among = options.candidates && !options.near ? { candidates: options.candidates } : {};
    if (completed) return again({ ...among, leadKey: 'commune.keptDetail' });
    return again(request ? among : { leadKey: 'commune.unknown' });
  }
}

/** « Poissy ? », « j'habite à Poissy », « mairie de Poissy »: only the place a commune served is named after (never a request, nor an act asked). */
export function namesOnlyNear(match: CommuneMatch, text: string): boolean {
  const near = match.kind === 'none' ? match.near?.[0] : undefined;
  if (!near) return false;
  const rest = withoutCommuneName(text, near);
  return rest.replace(/[\s?!.]+/g, '') === '' || onlyAPlaceLead(rest);
}
