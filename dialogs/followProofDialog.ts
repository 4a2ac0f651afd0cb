/**
 * Following a request made without an e-mail, from any conversation: after its reference, a name and
 * a date written in the request are asked (src/domain/requestProof.ts). Ends with the request found, or
 * `notFound` (the three did not match, never saying which), or `byPhone` when the resident cannot give them.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { parisDay } from '../src/domain/parisTime';
import type { FollowedRequest } from '../src/domain/requestService';
import { saysHasNone } from '../src/nlu/noneAnswer';
import { readPastDay } from '../src/nlu/pastDay';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { ask, currentCommune, type DialogDeps, translator } from './dialogContext';

export const FOLLOW_PROOF_DIALOG = 'followProof';
const FLOW = 'followProofFlow';
const PROMPT = 'followProofPrompt';

export interface FollowProofOptions {
  reference: string;
  /** The name already given (the date is asked again after an answer that is not one). */
  name?: string;
  leadKey?: string;
}

export type FollowProofResult = { request: FollowedRequest } | { notFound: true } | { byPhone: true };

/** « je ne sais pas », « je ne me souviens plus »: the detail cannot be given. */
const DOES_NOT_KNOW = /\b(?:(?:je )?(?:ne )?(?:sais|sait) (?:pas|plus)|(?:me )?(?:souviens|rappelle) (?:pas|plus)|aucune idee|no idea|(?:i )?(?:don t|do not) (?:know|remember))\b/;

export class FollowProofDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(FOLLOW_PROOF_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [this.askName.bind(this), this.askDay.bind(this), this.check.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private cannotSay(text: string): boolean {
    const said = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']/g, ' ');
    return saysHasNone(text) || DOES_NOT_KNOW.test(said);
  }

  private async askName(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as FollowProofOptions;
    if (options.name) return step.next({ text: options.name } satisfies AnyInput);
    const t = translator(this.deps, step.context);
    return ask(this.deps, step, PROMPT, { text: t('follow.proof.askName', { reference: options.reference }) }, `${t('follow.proof.intro')}\n`);
  }

  private async askDay(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as FollowProofOptions;
    const name = (step.result as AnyInput).text;
    if (!options.name && this.cannotSay(name)) return step.endDialog({ byPhone: true } satisfies FollowProofResult);
    (step.values as { name?: string }).name = name;
    const t = translator(this.deps, step.context);
    const lead = options.leadKey ? `${t(options.leadKey)}\n` : '';
    return ask(this.deps, step, PROMPT, { text: t('follow.proof.askDay') }, lead);
  }

  private async check(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as FollowProofOptions;
    const { name } = step.values as { name: string };
    const text = (step.result as AnyInput).text;
    const day = readPastDay(text, parisDay(this.deps.service.clock.now()));
    if (!day) {
      if (this.cannotSay(text)) return step.endDialog({ byPhone: true } satisfies FollowProofResult);
      return step.replaceDialog(FLOW, { reference: options.reference, name, leadKey: 'follow.proof.badDay' } satisfies FollowProofOptions);
    }
    const commune = await currentCommune(this.deps, step.context);
    const request = commune ? await this.deps.service.requests.followWithoutEmail(commune, options.reference, name, day) : undefined;
    return step.endDialog((request ? { request } : { notFound: true }) satisfies FollowProofResult);
  }
}
