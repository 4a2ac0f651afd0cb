/**
 * « Quelle est votre commune ? » — asked when the channel does not tell it. The answer is matched
 * tolerantly (name, part of it, number in the list) and remembered in the resident's profile.
 */
import type { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Reply } from '../cards/cardRenderer';
import type { Commune } from '../src/domain/types';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { send, setCommune, toActivity, translator, type DialogDeps } from './dialogContext';

export const COMMUNE_DIALOG = 'commune';
const PROMPT = 'communePrompt';
const FLOW = 'communeFlow';

interface CommuneOptions {
  /** Text to show before the question (why we ask again). */
  leadKey?: string;
  candidates?: string[];
}

export class CommuneDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(COMMUNE_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [this.ask.bind(this), this.check.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async question(ctx: TurnContext, leadKey: string | undefined, candidates: Commune[]): Promise<Reply> {
    const t = translator(this.deps, ctx);
    const lead = leadKey ? `${t(leadKey)}\n` : '';
    return {
      text: `${lead}${t('commune.ask')}`,
      choices: candidates.map((c) => ({ label: c.name })),
    };
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as CommuneOptions;
    const all = await this.deps.service.listCommunes();
    const candidates = options.candidates ? all.filter((c) => options.candidates?.includes(c.id)) : all;
    const reply = await this.question(step.context, options.leadKey, candidates);
    const retry = await this.question(step.context, 'commune.empty', candidates);
    return step.prompt(PROMPT, { prompt: toActivity(this.deps, step.context, reply), retryPrompt: toActivity(this.deps, step.context, retry) });
  }

  private async check(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const input = step.result as AnyInput;
    const options = (step.options ?? {}) as CommuneOptions;
    const answer = input.text;
    // A number answers the list that was shown, which may be a shortened one.
    const all = await this.deps.service.listCommunes();
    const shown = options.candidates ? all.filter((c) => options.candidates?.includes(c.id)) : all;
    const byNumber = /^\s*(\d{1,2})\s*$/.exec(answer);
    const picked = byNumber ? shown[Number(byNumber[1]) - 1] : undefined;
    const match = picked ? { kind: 'found' as const, commune: picked } : await this.deps.service.matchCommune(answer);
    if (match.kind === 'found') {
      await setCommune(this.deps, step.context, match.commune.id);
      await send(this.deps, step.context, { text: translator(this.deps, step.context)('commune.noted', { commune: match.commune.name }) });
      return step.endDialog(match.commune.id);
    }
    if (match.kind === 'ambiguous') {
      return step.replaceDialog(FLOW, { leadKey: 'commune.ambiguous', candidates: match.candidates.map((c) => c.id) } satisfies CommuneOptions);
    }
    return step.replaceDialog(FLOW, { leadKey: 'commune.unknown' } satisfies CommuneOptions);
  }
}
