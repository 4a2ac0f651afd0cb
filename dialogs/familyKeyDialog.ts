/**
 * « Saisir ma Clé Enfance » (« code famille » in some communes): links the signed-in account to
 * its household. Signs in first when needed. Wrong keys are counted by the domain; when it
 * locks, the resident gets the right service's contacts and hours.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { familyKeyIn } from '../src/domain/secretShapes';
import { normalize } from '../src/domain/text';
import { familyKeyQuestion } from '../src/nlu/familyKeyQuestions';
import { prepare } from '../src/nlu/frenchText';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { ask, currentCommune, send, signedIn, translator, type DialogDeps } from './dialogContext';
import { familyKeyAnswer, whoGivesTheKey } from './familyKeyAnswer';
import type { InfoResult } from './infoDialog';
import type { ShownMonthResult } from './mainOptions';
import { requireSignIn, type SignInResult } from './signInDialog';

export const FAMILY_KEY_DIALOG = 'familyKey';
/** Its waterfall, whose options keep a request typed at the key's question (keyRequestKept.ts). */
export const FAMILY_KEY_FLOW = 'familyKeyFlow';
const FLOW = FAMILY_KEY_FLOW;
const PROMPT = 'familyKeyPrompt';

export interface KeyOptions {
  /** The message that opened the dialog: a key said in it (« ma clé c'est ABCD-… ») is used without asking. */
  text?: string;
  leadKey?: string;
  leadParams?: Record<string, unknown>;
  /** A request for the family's tasks typed at the key's question (keyRequestKept.ts): served once the key is accepted. */
  kept?: string;
}

/** What the dialog hands back: whether the account is now linked to its family file. */
export interface KeyResult {
  linked?: boolean;
}

const NOT_RECEIVED = /\b(pas (?:recue?|eu|de (?:cle|code))|not received|jamais recue?|perdu|perdue|egare|egaree|je ne l ai pas|je l ai pas|ou (?:la|le) trouver|comment (?:l|la|le) (?:avoir|obtenir|recevoir)|(?:la|le) (?:re)?trouve (?:pas|plus)|introuvable|can t find|cannot find|lost)\b/;

/** The key typed before signing in is not kept (no secret reaches the store): the resident is told to keep it. */
const signInLead = (step: WaterfallStepContext): string => {
  const text = (step.options as KeyOptions | undefined)?.text;
  return text && familyKeyIn(text) ? 'familyKey.signInFirstKeyTyped' : 'familyKey.signInFirst';
};

export class FamilyKeyDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(FAMILY_KEY_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [this.explain.bind(this), requireSignIn(deps, signInLead, true), this.ask.bind(this), this.check.bind(this)]));
    this.initialDialogId = FLOW;
  }

  /**
   * A question about the key (« c'est quoi ? », « comment je l'obtiens ? ») or « je n'en ai pas »: what it is and who
   * gives it, without signing in. Anything else goes on to the sign-in and the key.
   */
  private async explain(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = (step.options as KeyOptions | undefined)?.text;
    const question = text ? familyKeyQuestion(prepare(text)) ?? (NOT_RECEIVED.test(normalize(text)) ? 'none' : undefined) : undefined;
    if (!question) return step.next();
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    const t = translator(this.deps, step.context);
    await send(this.deps, step.context, { text: await familyKeyAnswer(this.deps, step.context, question) });
    if (question === 'what') {
      await send(this.deps, step.context, { text: t('familyKey.howToEnter', { keyName: commune.familyKeyName, portal: commune.portalName, url: commune.portalUrl }) });
    }
    // « et je la trouve où ? » said next is about the key (topicAnswer.ts).
    return step.endDialog({ answered: 'familyKey' } satisfies ShownMonthResult);
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const account = (step.result as SignInResult | undefined)?.account;
    const commune = await currentCommune(this.deps, step.context);
    if (!account || !commune) return step.endDialog();
    const t = translator(this.deps, step.context);
    if (account.householdId) {
      const household = await this.deps.service.household(account.householdId);
      await send(this.deps, step.context, { text: t('familyKey.already', { name: household?.name ?? '' }) });
      return step.endDialog();
    }
    if (!this.deps.renderer.canAskSecrets(step.context.activity.channelId)) {
      await send(this.deps, step.context, { text: t('familyKey.notHere', { keyName: commune.familyKeyName, portal: commune.portalName, url: commune.portalUrl }) });
      return step.endDialog();
    }
    const options = (step.options ?? {}) as KeyOptions;
    if (options.text && familyKeyIn(options.text)) return step.next({ text: options.text } satisfies AnyInput);
    const lead = options.leadKey ? `${t(options.leadKey, options.leadParams)}\n` : '';
    const question = t('familyKey.ask', { keyName: commune.familyKeyName });
    return ask(this.deps, step, PROMPT, { text: question }, lead, true);
  }

  private async check(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const input = step.result as AnyInput;
    const commune = await currentCommune(this.deps, step.context);
    const account = await signedIn(this.deps, step.context);
    if (!commune || !account) return step.replaceDialog(FLOW, {} satisfies KeyOptions);
    if (NOT_RECEIVED.test(normalize(input.text))) {
      await this.sayWhoToAsk(step, 'familyKey.notReceived');
      return step.endDialog();
    }
    // « c'est quoi une clé enfance ? », « je la trouve où ? » at its question: what it is and who gives it, the key asked again (not a try).
    if (familyKeyQuestion(prepare(input.text)) === 'what') {
      await send(this.deps, step.context, { text: await familyKeyAnswer(this.deps, step.context, 'what') });
      const kept = (step.options as KeyOptions | undefined)?.kept;
      return step.replaceDialog(FLOW, { ...(kept ? { kept } : {}) } satisfies KeyOptions);
    }
    // A sentence with no key in it (« mes enfants sont inscrits à quoi ? »): another request, not a try.
    if (!/\d/.test(input.text) && normalize(input.text).split(' ').filter(Boolean).length >= 4 && !familyKeyIn(input.text)) {
      return step.endDialog({ unhandled: input } satisfies InfoResult);
    }
    const result = await this.deps.service.accounts.enterFamilyKey(account, input.text);
    if (result.ok) {
      await send(this.deps, step.context, { text: t('familyKey.linked', { name: result.household.name, fileNumber: result.household.fileNumber }) });
      // The request typed at the question, kept: handed back to be served now that the file is linked.
      const kept = (step.options as KeyOptions | undefined)?.kept;
      return step.endDialog({ linked: true, ...(kept ? { unhandled: { text: kept } } : {}) } satisfies KeyResult & InfoResult);
    }
    if (result.reason === 'locked') {
      await this.sayWhoToAsk(step, 'familyKey.locked');
      return step.endDialog();
    }
    const leadKey = result.reason === 'malformed' ? 'familyKey.malformed' : result.triesLeft === 1 ? 'familyKey.wrongLast' : 'familyKey.wrong';
    const leadParams = result.reason === 'wrong' ? { commune: commune.name, count: result.triesLeft } : undefined;
    const kept = (step.options as KeyOptions | undefined)?.kept;
    return step.replaceDialog(FLOW, { leadKey, leadParams, ...(kept ? { kept } : {}) } satisfies KeyOptions);
  }

  /** The service that issues keys, its contacts and whether it is open now (familyKeyAnswer.ts). */
  private async sayWhoToAsk(step: WaterfallStepContext, key: string): Promise<void> {
    const text = await whoGivesTheKey(this.deps, step.context, key);
    if (text) await send(this.deps, step.context, { text });
  }
}
