/**
 * The main menu: the rubrics that fit where the resident is (not signed in, signed in, or signed
 * in with the family file linked), as one reply the renderer shows once in each channel's form —
 * a card with its text equivalent and `speak` where cards exist, a numbered list in text
 * elsewhere. The answer is read against the options shown: a card button, or a number, a label
 * or a synonym through the shared recognizer (src/nlu/choice.ts).
 */
import type { Activity, TurnContext } from 'botbuilder';
import type { DialogInstance, PromptOptions, PromptRecognizerResult } from './dialogLibrary';
import type { Reply } from '../cards/cardRenderer';
import type { Translate } from '../src/i18n';
import { positionOf, recognizeChoice, type ChoiceOption } from '../src/nlu/choice';
import { MENU_ITEMS, matchMenuChoice, type MenuItem } from '../src/nlu/menuChoice';
import { fold } from '../src/nlu/yesNo';
import { AnyInputPrompt, type AnyInput, type AskState } from './anyInputPrompt';
import { signedIn, type DialogDeps } from './dialogContext';
import { shown } from './storedPrompt';

/** Where the resident is, for the menu. */
export type MenuState = 'guest' | 'signedIn' | 'linked';

export interface MenuOption extends ChoiceOption {
  id: MenuItem;
}

/** The rubrics of each state, in order, with the locale key of their label. */
const MENUS: Record<MenuState, ReadonlyArray<{ id: MenuItem; key: string }>> = {
  guest: [
    { id: 'createAccount', key: 'menu.item.createAccount' },
    { id: 'signIn', key: 'menu.item.signIn' },
    { id: 'requests', key: 'menu.item.requests' },
    { id: 'info', key: 'menu.item.info' },
  ],
  signedIn: [
    { id: 'familyKey', key: 'menu.item.familyKey' },
    { id: 'requests', key: 'menu.item.requests.signedIn' },
    { id: 'contactDetails', key: 'menu.item.contactDetails' },
    { id: 'info', key: 'menu.item.info' },
  ],
  linked: [
    { id: 'booking', key: 'menu.item.booking' },
    { id: 'absence', key: 'menu.item.absence' },
    { id: 'invoices', key: 'menu.item.invoices' },
    { id: 'familyFile', key: 'menu.item.familyFile' },
    { id: 'requests', key: 'menu.item.requests.signedIn' },
    { id: 'info', key: 'menu.item.info' },
  ],
};

/** The resident's state: signed in on this channel or not, and with a family file linked or not. */
export async function menuStateOf(deps: DialogDeps, ctx: TurnContext): Promise<MenuState> {
  const account = await signedIn(deps, ctx);
  if (!account) return 'guest';
  return account.householdId ? 'linked' : 'signedIn';
}

/** The options of the menu in this state; `keyName`: the commune's name for the family key (« Clé Enfance »). */
export function menuOptions(t: Translate, state: MenuState, keyName: string): MenuOption[] {
  return MENUS[state].map(({ id, key }) => {
    const label = t(key, { keyName });
    // The label of the item in the other states is understood too (« Démarches sans compte » once signed in).
    const generic = t(`menu.item.${id}`, { keyName });
    return { id, label, synonyms: generic === label ? [] : [generic] };
  });
}

/**
 * The menu; `again`: it follows an answer (a shorter title). Where messages are paid for (SMS),
 * the list goes without the card's hint, and after an answer a one-line hint replaces it; none when
 * the answer said what to do next (`nextSaid`).
 */
export function menuReply(t: Translate, options: readonly MenuOption[], again = false, nextSaid = false): Reply {
  const title = again ? t('menu.again') : t('menu.title');
  const { hint, choices, card } = menuParts(t, options);
  return {
    short: again ? { text: nextSaid ? '' : t('menu.afterAnswer'), cardText: '', choices: [] } : { cardText: '' },
    text: title,
    // The hint the card shows, in words too (SMS, screen readers).
    cardText: hint,
    choices,
    // The buttons are the card's: not offered a second time as suggested actions.
    choicesInCard: true,
    card,
  };
}

/**
 * The menu's choices and card, made once for a list of rubrics and the same translator: the prompt and
 * its variants (menu again, not understood) share them, so that what a variant keeps of them is told
 * the same by identity (storedPrompt.ts) and not by comparing their JSON.
 */
const partsMade = new WeakMap<readonly MenuOption[], { t: Translate; parts: Pick<Required<Reply>, 'choices' | 'card'> & { hint: string } }>();

function menuParts(t: Translate, options: readonly MenuOption[]): Pick<Required<Reply>, 'choices' | 'card'> & { hint: string } {
  const made = partsMade.get(options);
  if (made?.t === t) return made.parts;
  const items = options.map(({ id, label }) => ({ id, label }));
  const hint = t('menu.hint');
  const parts = { hint, choices: items.map((i) => ({ label: i.label })), card: { template: 'mainMenu', data: { hint, items } } };
  partsMade.set(options, { t, parts });
  return parts;
}

/** What the menu's prompt keeps in its options besides the prompts: the menu again after an aside; the menu after a bare number. */
export interface MenuValidations {
  /** Asked again after an aside (« aide », « parler à quelqu'un »): the menu after an answer (a one-line hint by SMS). */
  reprompt?: Partial<Activity>;
  /** A bare number typed where no list was shown (« 1 » after a goodbye, or after the one-line hint): why, then the full menu. */
  numberWithoutList?: Partial<Activity>;
}

/** The menu's prompt's own state: whether its last message showed the rubrics (a card, buttons, a numbered list). */
export interface MenuPromptState extends AskState {
  listShown?: boolean;
  numberWithoutList?: boolean;
}

/** « 1 », « 2. », « 3) »: a number alone, which means an item only of a list the resident sees. */
const BARE_NUMBER = /^\s*\d{1,2}\s*[.)]?\s*$/;
/** « le 2 », « le 26 »: a day of the month as much as an item (« et le 26 ? » after a booking), left to the routing. */
const DAY_OF_MONTH = /^\s*le\s+\d/i;

/**
 * A message that only picks an item by its place (« 1 », « la 1 », « n°2 », « choix 3 », « la deuxième », « le dernier »),
 * which means something only against a list the resident sees.
 */
export function picksByNumber(text: string): boolean {
  // « la dernière » is no place in a list: the latest of what was just spoken of (the invoice), read by the routing (count 0: never a pick).
  const position = DAY_OF_MONTH.test(text) ? undefined : positionOf(fold(text), 0);
  return BARE_NUMBER.test(text) || (position !== undefined && position >= 1);
}

/** Whether a message shows options to choose by number or button: a card, suggested actions, or numbered lines. */
export function showsOptions(activity: Partial<Activity> | string | undefined): boolean {
  if (!activity || typeof activity === 'string') return typeof activity === 'string' && /^\s*\d+[.)] /m.test(activity);
  return Boolean(activity.attachments?.length || activity.suggestedActions?.actions?.length || /^\s*\d+[.)] /m.test(activity.text ?? ''));
}

/**
 * The menu's prompt: asked again after an aside, it shows the `reprompt` of its options. It reads a number
 * against the rubrics only when its last message showed them: after a goodbye or the one-line hint (SMS), a
 * bare « 1 » would open a rubric the resident does not see; it gets `numberWithoutList` (why, and the full menu).
 */
export class MenuPrompt extends AnyInputPrompt {
  protected override async onPrompt(ctx: TurnContext, state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const own = state as MenuPromptState;
    const numberAsked = (options.validations as MenuValidations | undefined)?.numberWithoutList;
    if (isRetry && own.numberWithoutList && numberAsked) {
      own.numberWithoutList = false;
      own.listShown = true;
      await ctx.sendActivity(shown(ctx, numberAsked, options));
      return;
    }
    own.listShown = showsOptions(await this.ask(ctx, state, options, isRetry));
  }

  override async repromptDialog(ctx: TurnContext, instance: DialogInstance): Promise<void> {
    const { options, state } = instance.state as { options?: PromptOptions; state?: MenuPromptState };
    const reprompt = shown(ctx, (options?.validations as MenuValidations | undefined)?.reprompt, options);
    if (reprompt) await ctx.sendActivity(reprompt);
    else await super.repromptDialog(ctx, instance);
    if (state) state.listShown = showsOptions(reprompt ?? shown(ctx, options?.prompt));
  }

  // The prompt's state comes second, as botbuilder's Prompt passes it (AnyInputPrompt reads none).
  protected override async onRecognize(ctx: TurnContext, state?: object): Promise<PromptRecognizerResult<AnyInput>> {
    const own = (state ?? {}) as MenuPromptState;
    const { text, value } = ctx.activity;
    if (own.listShown === false && (value === undefined || value === null) && typeof text === 'string' && picksByNumber(text)) {
      own.numberWithoutList = true;
      return { succeeded: false };
    }
    return super.onRecognize(ctx);
  }
}

/**
 * The rubric an answer chose: a card button, or a number, label or synonym of the options shown;
 * or the exact label of a rubric of another state (Teams' command list sends « Réserver ou annuler »).
 */
export function readMenuChoice(t: Translate, input: { text: string; value?: unknown }, shown: readonly MenuOption[]): MenuItem | undefined {
  const submitted = matchMenuChoice(undefined, input.value);
  if (submitted) return submitted;
  if (!input.text) return undefined;
  const match = recognizeChoice(input.text, shown, true);
  if (match) return shown[match.index]?.id;
  const said = fold(input.text);
  return MENU_ITEMS.find((id) => fold(t(`menu.item.${id}`, { keyName: '' })) === said);
}
