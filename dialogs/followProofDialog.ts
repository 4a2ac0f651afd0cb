/**
 * Following a request made without an e-mail, from any conversation: after its reference, a name and
 * a date written in the request are asked (src/domain/requestProof.ts); without a date in it (« aucune »,
 * « je ne sais plus »), the postal address given in it. Ends with the request found, `notFound` (they did
 * not match, never saying which), `locked` (too many wrong tries at this reference, from any conversation),
 * or `byPhone` when the resident cannot give them.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { parisDay } from '../src/domain/parisTime';
import type { RequestProof } from '../src/domain/requestProof';
import type { FollowedRequest } from '../src/domain/requestService';
import { normalize } from '../src/domain/text';
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

/** `withAddress`: the address was given for the date (not remembered, or none): asking the reference again would not help. */
export type FollowProofResult = { request: FollowedRequest } | { notFound: true; withAddress?: true } | { locked: true } | { byPhone: true };

/** « je ne sais pas », « je ne me souviens plus »: the detail cannot be given. */
const DOES_NOT_KNOW = /\b(?:(?:je )?(?:ne )?(?:sais|sait) (?:pas|plus)|(?:me )?(?:souviens|rappelle) (?:pas|plus)|aucune idee|no idea|(?:i )?(?:don t|do not) (?:know|remember))\b/;
/** « pas de date », « aucune date », « il n'y en avait pas », « no date »: the request holds none. */
const NO_DATE = /\b(?:(?:pas|aucune|sans|no|without)(?: de| d| any| a)? dates?|(?:il )?n y en (?:a|avait) (?:pas|aucune)|there (?:is|was) (?:no|none))\b/;

export class FollowProofDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(FOLLOW_PROOF_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [this.askName.bind(this), this.askDay.bind(this), this.afterDay.bind(this), this.afterAddress.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private cannotSay(text: string): boolean {
    const said = normalize(text);
    return saysHasNone(text) || DOES_NOT_KNOW.test(said) || NO_DATE.test(said);
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

  /** A date: checked. No date in the request, or not remembered: its postal address is asked instead. */
  private async afterDay(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as FollowProofOptions;
    const { name } = step.values as { name: string };
    const text = (step.result as AnyInput).text;
    const day = readPastDay(text, parisDay(this.deps.service.clock.now()));
    if (day) return this.check(step, { name, day });
    if (!this.cannotSay(text)) return step.replaceDialog(FLOW, { reference: options.reference, name, leadKey: 'follow.proof.badDay' } satisfies FollowProofOptions);
    const t = translator(this.deps, step.context);
    return ask(this.deps, step, PROMPT, { text: t('follow.proof.askAddress') });
  }

  private async afterAddress(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { name } = step.values as { name: string };
    const text = (step.result as AnyInput).text;
    if (this.cannotSay(text)) return step.endDialog({ byPhone: true } satisfies FollowProofResult);
    return this.check(step, { name, address: text });
  }

  private async check(step: WaterfallStepContext, proof: RequestProof): Promise<DialogTurnResult> {
    const options = step.options as FollowProofOptions;
    const commune = await currentCommune(this.deps, step.context);
    const found = commune ? await this.deps.service.requests.followWithoutEmail(commune, options.reference, proof) : 'wrong';
    if (found === 'locked') return step.endDialog({ locked: true } satisfies FollowProofResult);
    const notFound: FollowProofResult = proof.address === undefined ? { notFound: true } : { notFound: true, withAddress: true };
    return step.endDialog((found === 'wrong' ? notFound : { request: found }) satisfies FollowProofResult);
  }
}
