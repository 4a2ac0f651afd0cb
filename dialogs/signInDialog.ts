/**
 * « Me connecter »: the e-mail of the account, then the 6-digit code mailed to it. No password
 * ever passes through the conversation; the code is checked and forgotten (never kept in state).
 * « renvoyer » sends a new code, « autre adresse » starts again with another e-mail.
 * Where cards are shown, a sign-in card also opens the bot's own sign-in page (e-mail and
 * password); the page gives a 6-digit code that the resident types here, which signs in.
 */
import type { TurnContext } from 'botbuilder-core';
import { ComponentDialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStep, type WaterfallStepContext } from './dialogLibrary';
import { MAIN_FLOW, type MainFlowValues } from './mainOptions';
import { CODES_PER_HOUR, emailIn, type CodeAsk, type CodeCheck } from '../src/domain/accounts';
import { codeIn, familyKeyIn } from '../src/domain/secretShapes';
import { forgetsSignInCode } from '../src/nlu/accountTopics';
import { normalize } from '../src/domain/text';
import type { Account } from '../src/domain/types';
import { prepare } from '../src/nlu/frenchText';
import { detectIntent } from '../src/nlu/intents';
import { keyQuestionAtSignIn } from '../src/nlu/familyKeyQuestions';
import { notACode } from '../src/nlu/notACode';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { ask, channelUser, currentCommune, localeOf, send, signedIn, signInTurn, translator, type DialogDeps } from './dialogContext';
import { parisDateTime } from './dateWords';
import { familyKeyAnswer } from './familyKeyAnswer';
import { evening } from './helloWords';
import { CODE_EXPIRED, NOT_RECEIVED, OTHER_EMAIL, PHONE_ONLY, RESEND, START_AGAIN, signInOwnAnswer, signInTrouble, wordsNotEmail } from './signInWords';

export { forgetsEmail, signInOwnAnswer, signInTrouble, triesAnEmail, wordsNotEmail } from './signInWords';

export const SIGN_IN_DIALOG = 'signIn';
const FLOW = 'signInFlow';
const PROMPT = 'signInPrompt';

interface SignInOptions {
  /** The e-mail already given: ask for the code directly. */
  email?: string;
  /** What to say before asking again. */
  leadKey?: string;
  leadParams?: Record<string, unknown>;
  /** Signing in to link the family file: the key is asked right after, so the welcome does not say how to link. */
  linking?: boolean;
  /** A request typed where the e-mail was awaited (« et celle d'hugo vendredi ? »): handed back once signed in. */
  kept?: AnyInput;
  /** The resident said the sign-in does not work (« mon adresse gmail marche pas »): what can be done said first (signInWords.ts). */
  trouble?: boolean;
  /** New codes asked in this sign-in: past a few, the lead says a code may not come (the hourly limit per account). */
  resends?: number;
}

/** New codes asked past which the lead says why none may come: with the first, one short of the hourly limit (accounts.ts CODES_PER_HOUR). */
const RESENDS_BEFORE_LIMIT = CODES_PER_HOUR - 2;

/** What the dialog hands back: the account signed in, or nothing. */
export interface SignInResult {
  account?: Account;
  /** The request kept while the e-mail was awaited, to be routed now (from the menu). */
  unhandled?: AnyInput;
}


export class SignInDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(SIGN_IN_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [this.ask.bind(this), this.answer.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = (step.options ?? {}) as SignInOptions;
    if (!options.email) {
      const already = await signedIn(this.deps, step.context);
      if (already && !options.leadKey) {
        await send(this.deps, step.context, { text: t('signIn.already', { name: fullName(t, already) }) });
        return step.endDialog({ account: already } satisfies SignInResult);
      }
    }
    const lead = options.leadKey ? `${t(options.leadKey, options.leadParams)}\n` : options.trouble ? `${t('signIn.trouble', { count: CODES_PER_HOUR })}\n` : '';
    // A code that no longer works: its lead says « renvoyer »; « type the code received » would have it typed again in vain.
    // No code sent (too many asked for the address): « renvoyer » would be refused again.
    const deadCode = options.leadKey === 'signIn.expired' || options.leadKey === 'signIn.tooManyTries' || options.leadKey === 'signIn.codeLimit';
    const question = options.email ? t(deadCode ? 'signIn.askOtherAddress' : 'signIn.askCode') : t('signIn.askEmail');
    const commune = await currentCommune(this.deps, step.context);
    if (!options.email && !options.leadKey && commune && this.deps.renderer.canAskSecrets(step.context.activity.channelId)) {
      const token = await this.deps.service.passwords.signInLink(commune, channelUser(step.context));
      const url = `${this.deps.publicUrl()}/connexion/${token}`;
      const data = { title: t('signIn.card.title'), text: t('signIn.card.text'), button: t('signIn.card.button'), url };
      await send(this.deps, step.context, { text: '', cardText: `${data.title}\n${data.text}\n${data.button} : ${url}`, speak: `${data.title}. ${data.text}`, card: { template: 'signIn', data } });
    }
    // « ouais », « ok » at the e-mail: what is awaited said, the question asked again (closingAside.ts). (The code's question reads « renvoyer », a yes, itself.)
    if (!options.email) Object.assign(step.values, { awaited: { key: 'signIn.awaited.email' } });
    // Secret: the code, or the code of the sign-in page (an e-mail address given here stays readable).
    return ask(this.deps, step, PROMPT, { text: question }, lead, true);
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as SignInOptions;
    const input = step.result as AnyInput;
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog({} satisfies SignInResult);
    const locale = localeOf(step.context);

    const user = channelUser(step.context);
    if (START_AGAIN.test(normalize(input.text)) || START_AGAIN.test(prepare(input.text))) return step.replaceDialog(FLOW, { ...linkingOf(step) } satisfies SignInOptions);
    // « mon adresse gmail marche pas », « j'arrive pas à me connecter » where the e-mail is asked: what can be done, then the e-mail.
    if (!options.email && !emailIn(input.text) && signInTrouble(input.text)) return step.replaceDialog(FLOW, { ...linkingOf(step), trouble: true } satisfies SignInOptions);
    // « mdp oublié »: no password is needed here (not a wrong e-mail, no code try used).
    if (!emailIn(input.text) && codeIn(input.text) === undefined && detectIntent(prepare(input.text)) === 'forgot_password') {
      return step.replaceDialog(FLOW, { ...linkingOf(step), ...(options.email ? { email: options.email } : {}), leadKey: 'signIn.noPasswordNeeded' } satisfies SignInOptions);
    }
    const code = codeIn(input.text) !== undefined;
    // « j'ai pas de clé », « c'est quoi la clé ? »: what the family key is and who gives it; not needed to sign in (asked after).
    const keyQuestion = emailIn(input.text) ? undefined : keyQuestionAtSignIn(prepare(input.text));
    if (keyQuestion) {
      await send(this.deps, step.context, { text: await familyKeyAnswer(this.deps, step.context, keyQuestion) });
      return step.replaceDialog(FLOW, { ...linkingOf(step), ...(options.email ? { email: options.email } : {}), leadKey: 'signIn.keyNotNeeded', leadParams: { keyName: commune.familyKeyName } } satisfies SignInOptions);
    }
    if (code && (await this.deps.service.passwords.hasPendingCode(user))) {
      const check = await this.deps.service.passwords.confirmPageCode(commune, user, input.text, signInTurn(step.context));
      if (check.ok) return this.welcome(step, check);
      return step.replaceDialog(FLOW, { ...linkingOf(step), email: options.email, ...this.retry(check) } satisfies SignInOptions);
    }
    if (!options.email) {
      if (code) return step.replaceDialog(FLOW, { ...linkingOf(step), leadKey: 'signIn.noPageCode' } satisfies SignInOptions);
      const email = emailIn(input.text);
      if (!email) {
        const leadKey = this.notAnEmail(input.text);
        // Words, not an e-mail: kept, handed back once signed in (the task under way, if any, goes on as well).
        const kept = leadKey === 'signIn.wordsNotEmail' ? { kept: input } : {};
        return step.replaceDialog(FLOW, { ...linkingOf(step), ...kept, leadKey, leadParams: { keyName: commune.familyKeyName } } satisfies SignInOptions);
      }
      const asked = await this.deps.service.accounts.startSignIn(commune, email, locale);
      return step.replaceDialog(FLOW, { ...linkingOf(step), email, ...(asked.sent ? { leadKey: 'signIn.codeSent', leadParams: { email } } : codeLimitLead(email, asked)) } satisfies SignInOptions);
    }

    const said = normalize(input.text);
    if (OTHER_EMAIL.test(said)) return step.replaceDialog(FLOW, { ...linkingOf(step) } satisfies SignInOptions);
    if (RESEND.test(said) || NOT_RECEIVED.test(said) || CODE_EXPIRED.test(said) || forgetsSignInCode(input.text)) {
      const asked = await this.deps.service.accounts.resendSignInCode(commune, options.email, locale);
      // Said the same whether the address has an account or not (nobody learns who has one): past the limit per address, none sent.
      if (!asked.sent) return step.replaceDialog(FLOW, { ...linkingOf(step), email: options.email, resends: options.resends, ...codeLimitLead(options.email, asked) } satisfies SignInOptions);
      const resends = (options.resends ?? 0) + 1;
      const leadKey = resends >= RESENDS_BEFORE_LIMIT ? 'signIn.codeSentLimit' : 'signIn.codeSent';
      return step.replaceDialog(FLOW, { ...linkingOf(step), email: options.email, resends, leadKey, leadParams: { email: options.email, count: CODES_PER_HOUR } } satisfies SignInOptions);
    }
    // A phone number, an e-mail address, a sentence: not a try at the code, none used up; what to do said.
    const notCode = notACode(input.text);
    if (notCode) return step.replaceDialog(FLOW, { ...linkingOf(step), email: options.email, leadKey: `signIn.notCode.${notCode}`, leadParams: { email: options.email, keyName: commune.familyKeyName } } satisfies SignInOptions);
    const check = await this.deps.service.accounts.confirmSignIn(commune, options.email, input.text, user, signInTurn(step.context));
    if (check.ok) return this.welcome(step, check);
    return step.replaceDialog(FLOW, { ...linkingOf(step), email: options.email, ...this.retry(check) } satisfies SignInOptions);
  }

  private async welcome(step: WaterfallStepContext, check: Extract<CodeCheck, { ok: true }>): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const commune = await currentCommune(this.deps, step.context);
    const last = check.previousSignIn ? t('signIn.lastSignIn', parisDateTime(localeOf(step.context), check.previousSignIn)) : t('signIn.firstSignIn');
    const linking = (step.options as SignInOptions | undefined)?.linking === true;
    const linkable = !linking && !check.account.householdId && this.deps.renderer.canAskSecrets(step.context.activity.channelId);
    const hint = linkable ? `\n${t('signIn.linkHint', { keyName: commune?.familyKeyName ?? '' })}` : '';
    await send(this.deps, step.context, { text: `${t(evening(this.deps.service.clock.now()) ? 'signIn.welcomeEvening' : 'signIn.welcome', { name: fullName(t, check.account) })} — ${last}${hint}` });
    const kept = (step.options as SignInOptions | undefined)?.kept;
    // Signed in for a task (« mes factures »): the task goes on, and the request kept follows it (afterTask, mainMenu.ts).
    if (kept && keptAfterTask(step, kept)) return step.endDialog({ account: check.account } satisfies SignInResult);
    return step.endDialog({ account: check.account, ...(kept ? { unhandled: kept } : {}) } satisfies SignInResult);
  }

  /** What to say when the answer to « Quelle est l'adresse e-mail ? » is none: the family key typed too early is not kept. */
  private notAnEmail(text: string): string {
    if (familyKeyIn(text) !== undefined) return 'signIn.keyAfterSignIn';
    if (signInOwnAnswer(text)) return 'signIn.emailForgotten';
    // « 07 11 22 33 44 »: a phone number, not words to keep for after the sign-in (it was routed then as « pas compris »).
    if (PHONE_ONLY.test(text.trim())) return 'signIn.phoneNotEmail';
    return wordsNotEmail(text) ? 'signIn.wordsNotEmail' : 'signIn.badEmail';
  }

  /** What to say when a code was not accepted. */
  private retry(check: Exclude<CodeCheck, { ok: true }>): Pick<SignInOptions, 'leadKey' | 'leadParams'> {
    const leadKey =
      check.reason === 'wrong' ? (check.triesLeft === 1 ? 'signIn.wrongCodeLast' : 'signIn.wrongCode') : check.reason === 'tooManyTries' ? 'signIn.tooManyTries' : 'signIn.expired';
    return { leadKey, leadParams: check.reason === 'wrong' ? { count: check.triesLeft } : undefined };
  }
}

/** No code sent: too many asked for this address within the hour (accounts.ts startSignIn); when asking again works, what else to do. */
export const codeLimitLead = (email: string, asked: Extract<CodeAsk, { sent: false }>): Pick<SignInOptions, 'leadKey' | 'leadParams'> => ({
  leadKey: 'signIn.codeLimit',
  leadParams: { email, minutes: asked.minutes },
});


export function fullName(t: ReturnType<typeof translator>, account: Account): string {
  const civility = account.civility ? `${t(`civility.${account.civility}`)} ` : '';
  return `${civility}${account.lastName.toUpperCase()}`;
}


/**
 * A first waterfall step for tasks that need an account: goes on with { account } when signed in,
 * otherwise says why (leadKey, with the commune's family-key name) and runs the sign-in dialog.
 */
export function requireSignIn(deps: DialogDeps, leadKey: string | ((step: WaterfallStepContext) => string), linking = false): WaterfallStep {
  return async (step) => {
    const account = await signedIn(deps, step.context);
    if (account) return step.next({ account } satisfies SignInResult);
    const commune = await currentCommune(deps, step.context);
    const lead = typeof leadKey === 'string' ? leadKey : leadKey(step);
    await send(deps, step.context, { text: translator(deps, step.context)(lead, { keyName: commune?.familyKeyName ?? '' }) });
    const email = step.context.turnState.get(CARRIED) as string | undefined;
    const carried = email ? { email, leadKey: 'signIn.codeStillValid', leadParams: { email } } : {};
    return step.beginDialog(SIGN_IN_DIALOG, { ...carried, ...(linking ? { linking } : {}) } satisfies SignInOptions);
  };
}

/** Carried when the flow asks again, so the welcome still knows the key comes next. */
/** (The request kept while the e-mail was awaited is carried too, to the code's question.) */
const linkingOf = (step: WaterfallStepContext): Pick<SignInOptions, 'linking' | 'kept'> => {
  const { linking, kept } = (step.options ?? {}) as SignInOptions;
  return { ...(linking ? { linking: true } : {}), ...(kept ? { kept } : {}) };
};

/**
 * A sign-in inside a task: the request kept noted in the main flow, for when the task ends; false when the sign-in is the
 * task itself (« me connecter »), whose end hands the request back.
 */
function keptAfterTask(step: WaterfallStepContext, kept: AnyInput): boolean {
  for (let dc: DialogContext | undefined = step.parent; dc; dc = dc.parent) {
    const flow = dc.stack.find((d) => d.id === MAIN_FLOW);
    if (!flow) continue;
    if (dc.stack[0]?.id === SIGN_IN_DIALOG) return false;
    (flow.state as { values?: MainFlowValues }).values ??= {};
    (flow.state as { values: MainFlowValues }).values.keptAfterSignIn = kept;
    return true;
  }
  return false;
}

const CARRIED = Symbol('signInCarried');
/** A sign-in under way (its code sent to this e-mail) handed to the task asked for in its middle: that task's sign-in asks for the code. */
export function carrySignIn(context: TurnContext, email: string): void {
  context.turnState.set(CARRIED, email);
}
