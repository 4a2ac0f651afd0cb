/**
 * « Modifier les réservations »: choose the activity, the children, then the days — on the
 * calendar card (toggles, « Tout cocher », months, « Valider ») or in words (« les mardis et
 * jeudis de janvier sauf le 12 ») — then the basket (« Confirmer » / « Modifier ») and the
 * confirmation with its reference. On SMS, words are the way, with « oui » / « non ».
 *
 * The days wished on other months stay in the dialog's options while the resident moves from
 * month to month, so nothing already ticked is lost.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Reply } from '../cards/cardRenderer';
import { isDomainError } from '../src/domain/errors';
import { confirmationText } from '../src/domain/bookingConfirmation';
import type { BookableActivity, Wish } from '../src/domain/reservations';
import { normalize } from '../src/domain/text';
import type { Account, Child } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { detectActivity } from '../src/nlu/activities';
import type { Intent } from '../src/nlu/intents';
import { prepare } from '../src/nlu/frenchText';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { activitiesOfNamed, childrenToBook, otherActivity } from './bookingContext';
import { changedWishes, readBasketAnswer } from './basketAnswer';
import { basketText, calendarReply, mergeWishes, monthName, setAsideLines, wishesFromSubmit } from './calendarCard';
import { askChoice, notUnderstood, readChoice, type ChoiceOption } from './choicePrompt';
import { channelUser, currentCommune, localeOf, send, translator, type DialogDeps } from './dialogContext';
import type { InfoResult } from './infoDialog';
import { requireSignIn, SIGN_IN_DIALOG, type SignInResult } from './signInDialog';

export const BOOKING_DIALOG = 'booking';
const FLOW = 'bookingFlow';
const ACTIVITY = 'bookingActivity';
const CHILDREN = 'bookingChildren';
const DAYS = 'bookingDays';
const BASKET = 'bookingBasket';
const PROMPT = 'bookingPrompt';
const RESUME = 'bookingResume';

export interface BookingOptions {
  /** The message that started the booking (« réserver la cantine les mardis de janvier pour Léa »). */
  text?: string;
  /** A calendar card submitted outside the flow (an old card): handled as if shown now. */
  submit?: Record<string, unknown>;
  cancel?: boolean;
  activityId?: number;
  childIds?: number[];
  /** Children named in the first message, kept while the activity is asked. */
  childNames?: string[];
  /** The month on screen (set when the calendar is shown): a day said without a month is of it. */
  month?: string;
  /** Days wished on other months, kept while moving between months. */
  wishes?: Wish[];
  /** Toggles as the resident left them on the current month (after « Tout cocher »). */
  desired?: Array<[string, boolean]>;
  basketId?: number;
  /** The basket in words, as shown before « Confirmer ». */
  basketText?: string;
  /** At the basket, a plain « non » was said: a second one gives up. */
  afterNo?: boolean;
  /** Why the question is asked again. */
  lead?: string;
}

/** Intents that are another task than changing bookings. */
const OTHER_TASKS: readonly Intent[] = ['report_absence', 'list_bookings', 'list_invoices', 'pay_invoice', 'opening_hours', 'contact'];

const basketOptions = (t: Translate): ChoiceOption[] => [
  { label: t('booking.basket.confirm'), meaning: 'yes', synonyms: ['je confirme', 'valider', 'je valide'] },
  { label: t('booking.basket.modify'), synonyms: ['changer', 'corriger', 'modifier le panier', 'changer les jours'] },
  { label: t('booking.basket.abandon'), meaning: 'no', synonyms: ['laisser tomber', 'laissez tomber', 'annuler le panier', 'abandon'] },
];
const ALL_CHILDREN = ['tous', 'toutes', 'les deux', 'les 2', 'les trois', 'les 3', 'tout le monde', 'tous les deux', 'all', 'both'];

export class BookingDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(BOOKING_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [requireSignIn(deps, 'booking.signInFirst'), this.begin.bind(this)]));
    this.addDialog(new WaterfallDialog(ACTIVITY, [this.askActivity.bind(this), this.readActivity.bind(this)]));
    this.addDialog(new WaterfallDialog(CHILDREN, [this.askChildren.bind(this), this.readChildren.bind(this)]));
    this.addDialog(new WaterfallDialog(DAYS, [this.showDays.bind(this), this.readDays.bind(this)]));
    this.addDialog(new WaterfallDialog(BASKET, [this.showBasket.bind(this), this.readBasket.bind(this)]));
    this.addDialog(new WaterfallDialog(RESUME, [this.signInAgain.bind(this), this.resume.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async account(step: WaterfallStepContext): Promise<Account | undefined> {
    return this.deps.service.accounts.signedIn(channelUser(step.context));
  }

  /** A message for another task (« absence », « mes réservations », « horaires de la régie »): handed back to the menu. */
  private elsewhere(step: WaterfallStepContext, input: AnyInput): Promise<DialogTurnResult> | undefined {
    const { intent } = this.deps.understand(input.text);
    if (!OTHER_TASKS.includes(intent)) return undefined;
    return step.endDialog({ unhandled: input } satisfies InfoResult);
  }

  /** The session ended mid-task (30 minutes idle): sign in again, then back to the same step with everything kept. */
  private expired(step: WaterfallStepContext, target: string, options: BookingOptions): Promise<DialogTurnResult> {
    return step.replaceDialog(RESUME, { target, options });
  }

  private async signInAgain(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await send(this.deps, step.context, { text: translator(this.deps, step.context)('booking.sessionExpired') });
    return step.beginDialog(SIGN_IN_DIALOG, {});
  }

  private async resume(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { target, options } = step.options as { target: string; options: BookingOptions };
    if (!(step.result as SignInResult | undefined)?.account) return step.endDialog();
    return step.replaceDialog(target, options);
  }

  private async bookable(step: WaterfallStepContext, account: Account): Promise<BookableActivity[] | undefined> {
    const t = translator(this.deps, step.context);
    const commune = await currentCommune(this.deps, step.context);
    if (account.householdId === null) {
      await send(this.deps, step.context, { text: t('familyFile.notLinked', { keyName: commune?.familyKeyName ?? '' }) });
      return undefined;
    }
    const list = await this.deps.service.reservations.bookable(account);
    if (list.length === 0) {
      await send(this.deps, step.context, { text: t('booking.noEnrolment') });
      return undefined;
    }
    return list;
  }

  /** Says a refusal of the domain in French and ends the task; nothing was saved. */
  private async refused(step: WaterfallStepContext, e: unknown): Promise<DialogTurnResult> {
    if (!isDomainError(e)) throw e;
    const t = translator(this.deps, step.context);
    await send(this.deps, step.context, { text: t(`errors.${e.code}`, e.params) });
    return step.endDialog();
  }

  private async begin(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const account = (step.result as SignInResult | undefined)?.account;
    if (!account) return step.endDialog();
    const options = (step.options ?? {}) as BookingOptions;
    const list = await this.bookable(step, account);
    if (!list) return step.endDialog();
    if (options.submit) return this.handleSubmit(step, options, options.submit);
    const names = [...new Map(list.flatMap((b) => b.children).map((c) => [c.id, c.firstName])).values()];
    const understood = options.text ? this.deps.understand(options.text, names, undefined, list[0]?.activity.schoolZone) : undefined;
    let candidates = understood?.activity ? list.filter((b) => b.activity.code === understood.activity) : list;
    const named = understood?.children ?? [];
    if (named.length && candidates.length > 1) {
      const forNamed = candidates.filter((b) => named.every((n) => b.children.some((c) => c.firstName === n)));
      if (forNamed.length) candidates = forNamed;
    }
    const next: BookingOptions = { ...options, cancel: options.cancel ?? understood?.intent === 'cancel_booking', ...(named.length ? { childNames: named } : {}) };
    if (understood?.dates.length) next.wishes = understood.dates.map((day) => ({ childId: 0, day, action: next.cancel ? 'remove' : 'add' }));
    if (understood?.month) next.month = understood.month;
    if (candidates.length === 1) {
      const only = candidates[0] as BookableActivity;
      next.activityId = only.activity.id;
      const chosen = only.children.filter((c) => named.includes(c.firstName));
      if (chosen.length) next.childIds = chosen.map((c) => c.id);
      else if (only.children.length === 1) next.childIds = [(only.children[0] as Child).id];
      return step.replaceDialog(next.childIds ? DAYS : CHILDREN, next);
    }
    if (understood?.activity && candidates.length === 0) next.lead = translator(this.deps, step.context)('booking.activityNotEnrolled');
    return step.replaceDialog(ACTIVITY, next);
  }

  // ── Activity ───────────────────────────────────────────────────────────

  private async askActivity(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const account = await this.account(step);
    if (!account) return step.endDialog();
    const list = await this.bookable(step, account);
    if (!list) return step.endDialog();
    const t = translator(this.deps, step.context);
    const options = step.options as BookingOptions;
    const choices = activitiesOfNamed(list, options.childNames).map((b) => ({ label: b.activity.label }));
    return askChoice(this.deps, step, PROMPT, { text: t('booking.askActivity'), options: choices }, options.lead ? `${options.lead}\n` : '');
  }

  private async readActivity(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = { ...(step.options as BookingOptions), lead: undefined };
    const input = step.result as AnyInput;
    const account = await this.account(step);
    if (!account) return step.endDialog();
    if ((input.value as { calendar?: unknown } | undefined)?.calendar) return this.handleSubmit(step, options, input.value as Record<string, unknown>);
    const list = activitiesOfNamed(await this.deps.service.reservations.bookable(account), options.childNames);
    const chosen = readChoice(step);
    const code = detectActivity(prepare(input.text));
    const found = (chosen ? list[chosen.index] : undefined) ?? (code ? list.filter((b) => b.activity.code === code) : []).at(0);
    if (!found) return this.elsewhere(step, input) ?? step.replaceDialog(ACTIVITY, { ...options, lead: notUnderstood(t, 'choice.task.booking') });
    const childIds = childrenToBook(found.children, options.childNames);
    return step.replaceDialog(childIds ? DAYS : CHILDREN, { ...options, activityId: found.activity.id, ...(childIds ? { childIds } : {}) });
  }

  // ── Children ───────────────────────────────────────────────────────────

  private async enrolled(step: WaterfallStepContext, options: BookingOptions): Promise<Child[]> {
    const account = await this.account(step);
    if (!account) return [];
    const list = await this.deps.service.reservations.bookable(account);
    return list.find((b) => b.activity.id === options.activityId)?.children ?? [];
  }

  private async askChildren(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = step.options as BookingOptions;
    const children = await this.enrolled(step, options);
    if (children.length === 0) return step.endDialog();
    const choices = [...children.map((c) => ({ label: c.firstName })), { label: t('booking.allChildren'), synonyms: ALL_CHILDREN }];
    return askChoice(this.deps, step, PROMPT, { text: t('booking.askChildren'), options: choices }, options.lead ? `${options.lead}\n` : '');
  }

  private async readChildren(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = { ...(step.options as BookingOptions), lead: undefined };
    const input = step.result as AnyInput;
    if ((input.value as { calendar?: unknown } | undefined)?.calendar) return this.handleSubmit(step, options, input.value as Record<string, unknown>);
    const children = await this.enrolled(step, options);
    const said = normalize(input.text);
    const answer = readChoice(step);
    // Several names (« Léa et Hugo ») choose no single option: each name counts.
    const chosen = answer ? (answer.index >= children.length ? children : [children[answer.index] as Child]) : children.filter((c) => new RegExp(`\\b${normalize(c.firstName)}\\b`).test(said));
    if (chosen.length === 0) return this.elsewhere(step, input) ?? step.replaceDialog(CHILDREN, { ...options, lead: notUnderstood(t, 'choice.task.booking') });
    return step.replaceDialog(DAYS, { ...options, childIds: chosen.map((c) => c.id) });
  }

  // ── Days ───────────────────────────────────────────────────────────────

  private async showDays(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const locale = localeOf(step.context);
    const options = step.options as BookingOptions;
    if (options.submit) return this.handleSubmit(step, { ...options, submit: undefined }, options.submit);
    const account = await this.account(step);
    if (!account || options.activityId === undefined || !options.childIds) return step.endDialog();
    // Days already said in words (« les mardis de janvier »): straight to the basket.
    const said = options.wishes?.filter((w) => w.childId === 0) ?? [];
    if (said.length) {
      const wishes = options.childIds.flatMap((childId) => said.map((w) => ({ ...w, childId })));
      return this.toBasket(step, { ...options, wishes: [] }, account, wishes);
    }
    try {
      const reservations = this.deps.service.reservations;
      const activity = (await reservations.bookable(account)).find((b) => b.activity.id === options.activityId)?.activity;
      if (!activity) return step.endDialog();
      const month = options.month ?? reservations.defaultMonth(activity);
      // Kept with the step's options: the answer to this calendar reads « le 11 » in this month.
      options.month = month;
      const view = await reservations.calendar(account, options.activityId, options.childIds, month);
      const desired = new Map(options.desired ?? []);
      for (const w of options.wishes ?? []) if (w.day.startsWith(month)) desired.set(`d_${w.childId}_${w.day}`, w.action === 'add');
      const lead = [options.lead, ...(options.wishes?.filter((w) => !w.day.startsWith(month)).length ? [t('booking.calendar.keptOtherMonths')] : [])].filter(Boolean).join('\n');
      const reply = calendarReply(t, locale, view, desired, lead ? `${lead}\n` : '');
      const hint = t(this.deps.renderer.toActivity(reply, step.context.activity.channelId).attachments ? 'booking.calendar.hintCard' : 'booking.calendar.hintText', { month: monthName(locale, month) });
      const withHint: Reply = { ...reply, cardText: `${reply.cardText ?? ''}\n${hint}` };
      return step.prompt(PROMPT, { prompt: this.deps.renderer.toActivity(withHint, step.context.activity.channelId) });
    } catch (e) {
      return this.refused(step, e);
    }
  }

  private async readDays(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    let options: BookingOptions = { ...(step.options as BookingOptions), lead: undefined, desired: undefined };
    const input = step.result as AnyInput;
    const value = input.value as Record<string, unknown> | undefined;
    if (value?.calendar) return this.handleSubmit(step, options, value);
    const account = await this.account(step);
    if (!account) return this.expired(step, DAYS, options);
    if (!options.childIds || options.activityId === undefined) return step.endDialog();
    const list = await this.deps.service.reservations.bookable(account);
    const names = [...new Set(list.flatMap((b) => b.children.map((c) => c.firstName)))];
    const understood = this.deps.understand(input.text, names, options.month, list[0]?.activity.schoolZone);
    const other = OTHER_TASKS.includes(understood.intent) ? this.elsewhere(step, input) : undefined;
    if (other) return other;
    const change = otherActivity(list, { activityId: options.activityId, childIds: options.childIds }, understood);
    if (change.kind === 'notEnrolled') return step.replaceDialog(DAYS, { ...options, lead: t('booking.otherActivityNotEnrolled') });
    if (change.kind === 'switch') {
      // The days wished so far were for the other activity: they are not carried over.
      options = { ...options, activityId: change.activity.activity.id, childIds: change.childIds, wishes: [] };
      const lead = t('booking.switched', { activity: change.activity.activity.label });
      if (understood.dates.length === 0) return step.replaceDialog(DAYS, { ...options, lead });
      await send(this.deps, step.context, { text: lead });
    }
    if (understood.dates.length === 0) {
      if (understood.month) return step.replaceDialog(DAYS, { ...options, month: understood.month });
      const lead = understood.needsEndDate ? t('booking.needsEndDate') : t('booking.daysNotUnderstood');
      return step.replaceDialog(DAYS, { ...options, lead });
    }
    const children = list.find((b) => b.activity.id === options.activityId)?.children ?? [];
    const named = children.filter((c) => understood.children?.includes(c.firstName)).map((c) => c.id);
    const childIds = named.length ? named : (options.childIds ?? []);
    const action = understood.intent === 'cancel_booking' || (options.cancel && understood.intent !== 'book') ? 'remove' : 'add';
    const wishes = mergeWishes(options.wishes ?? [], childIds.flatMap((childId) => understood.dates.map((day) => ({ childId, day, action }) as Wish)));
    return this.toBasket(step, { ...options, wishes: [] }, account, wishes);
  }

  /** A calendar card's submit: a change of month, « Tout cocher / Tout décocher », or « Valider ». */
  private async handleSubmit(step: WaterfallStepContext, options: BookingOptions, value: Record<string, unknown>): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const account = await this.account(step);
    if (!account) return this.expired(step, DAYS, { ...options, submit: value });
    const month = typeof value.month === 'string' && /^\d{4}-\d{2}$/.test(value.month) ? value.month : undefined;
    const activityId = Number(value.activityId);
    const childIds = String(value.children ?? '').split(',').filter((s) => /^\d+$/.test(s)).map(Number);
    if (!month || !Number.isInteger(activityId) || childIds.length === 0) {
      await send(this.deps, step.context, { text: t('booking.badSubmit') });
      return step.replaceDialog(DAYS, { ...options, lead: undefined });
    }
    const { wishes } = wishesFromSubmit(month, value);
    const base: BookingOptions = { ...options, activityId, childIds, month, lead: undefined, desired: undefined };
    try {
      await this.deps.service.reservations.checkCardDays(account, month, wishes);
      const view = await this.deps.service.reservations.calendar(account, activityId, childIds, month);
      const stale = typeof value.v === 'string' && value.v !== view.version;
      const kept = mergeWishes(options.wishes ?? [], wishes, month);
      const lead = stale ? t('booking.staleCard') : undefined;
      if (value.calendar === 'month' && typeof value.to === 'string' && /^\d{4}-\d{2}$/.test(value.to)) {
        return step.replaceDialog(DAYS, { ...base, month: value.to, wishes: kept, lead });
      }
      if (value.calendar === 'all' || value.calendar === 'none') {
        const on = value.calendar === 'all';
        const all: Array<[string, boolean]> = view.children.flatMap(({ child, days }) =>
          days.filter((d) => d.state.kind === 'open' || d.state.kind === 'late' || (d.state.kind === 'cancelOnly' && !on)).map((d): [string, boolean] => [`d_${child.id}_${d.day}`, on]),
        );
        return step.replaceDialog(DAYS, { ...base, wishes: kept.filter((w) => !w.day.startsWith(month)), desired: all, lead });
      }
      if (kept.length === 0) return step.replaceDialog(DAYS, { ...base, wishes: [], lead: [lead, t('booking.nothingChanged')].filter(Boolean).join('\n') });
      if (lead) await send(this.deps, step.context, { text: lead });
      return this.toBasket(step, { ...base, wishes: [] }, account, kept);
    } catch (e) {
      return this.refused(step, e);
    }
  }

  private async toBasket(step: WaterfallStepContext, options: BookingOptions, account: Account, wishes: Wish[]): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const locale = localeOf(step.context);
    try {
      const basket = await this.deps.service.reservations.planBasket(account, options.activityId as number, wishes);
      if (basket.lines.length === 0) {
        const lead = [t('booking.basket.empty'), ...setAsideLines(t, locale, basket)].join('\n');
        return step.replaceDialog(DAYS, { ...options, month: wishes[0]?.day.slice(0, 7) ?? options.month, lead });
      }
      const month = options.month ?? wishes[0]?.day.slice(0, 7);
      return step.replaceDialog(BASKET, { ...options, month, basketId: basket.id, lead: undefined, basketText: basketText(t, locale, basket) } satisfies BookingOptions);
    } catch (e) {
      return this.refused(step, e);
    }
  }

  // ── Basket ─────────────────────────────────────────────────────────────

  private async showBasket(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = step.options as BookingOptions;
    // After a plain « non »: the basket just shown is not shown again, the question asks what to do.
    const text = options.afterNo ? '' : `${options.basketText ?? ''}\n`;
    const question = t(options.afterNo ? 'booking.basket.which' : 'booking.basket.question');
    return askChoice(this.deps, step, PROMPT, { text: question, options: basketOptions(t) }, `${options.lead ? `${options.lead}\n` : ''}${text}`);
  }

  private async readBasket(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const locale = localeOf(step.context);
    const options = { ...(step.options as BookingOptions), lead: undefined };
    const input = step.result as AnyInput;
    const value = input.value as Record<string, unknown> | undefined;
    if (value?.calendar) return this.handleSubmit(step, options, value);
    const account = await this.account(step);
    if (!account) return this.expired(step, BASKET, options);
    if (options.basketId === undefined) return step.endDialog();
    const afterNo = options.afterNo === true;
    options.afterNo = undefined;
    const list = await this.deps.service.reservations.bookable(account);
    const names = [...new Set(list.flatMap((b) => b.children.map((c) => c.firstName)))];
    const understood = this.deps.understand(input.text, names, options.month);
    const chosen = readChoice(step);
    if (!chosen && OTHER_TASKS.includes(understood.intent)) return this.elsewhere(step, input) ?? step.replaceDialog(BASKET, options);
    const answer = readBasketAnswer(input.text, chosen, basketOptions(t), afterNo, understood);
    if (answer.kind === 'modify') {
      const wishes = await this.deps.service.reservations.basketWishes(account, options.basketId);
      return step.replaceDialog(DAYS, { ...options, basketId: undefined, wishes, month: wishes[0]?.day.slice(0, 7) ?? options.month });
    }
    if (answer.kind === 'days') {
      // « non, plutôt le 4 décembre »: a new basket of those days, shown to be confirmed.
      const current = await this.deps.service.reservations.basketWishes(account, options.basketId);
      const children = list.find((b) => b.activity.id === options.activityId)?.children ?? [];
      const named = children.filter((c) => understood.children?.includes(c.firstName)).map((c) => c.id);
      const wishes = changedWishes(current, understood.dates, named, understood.intent === 'cancel_booking', answer.replace);
      return this.toBasket(step, { ...options, basketId: undefined, wishes: [] }, account, wishes);
    }
    if (answer.kind === 'which') return step.replaceDialog(BASKET, { ...options, afterNo: true });
    if (answer.kind === 'abandon') {
      await send(this.deps, step.context, { text: t('booking.basket.abandoned') });
      return step.endDialog();
    }
    if (answer.kind !== 'confirm') return this.elsewhere(step, input) ?? step.replaceDialog(BASKET, { ...options, lead: notUnderstood(t, 'choice.task.booking') });
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    try {
      const outcome = await this.deps.service.reservations.confirmBasket(account, commune, options.basketId, locale);
      if (outcome.kind === 'changed') {
        if (outcome.basket.lines.length === 0) {
          await send(this.deps, step.context, { text: [t('booking.basket.deadlinePassed'), ...setAsideLines(t, locale, outcome.basket)].join('\n') });
          return step.endDialog();
        }
        return step.replaceDialog(BASKET, { ...options, basketId: outcome.basket.id, lead: t('booking.basket.deadlinePassed'), basketText: basketText(t, locale, outcome.basket) } satisfies BookingOptions);
      }
      // The confirmation e-mail says the same words: queued with the confirmation, sent right after it.
      await send(this.deps, step.context, { text: confirmationText(t, locale, outcome) });
      return step.endDialog();
    } catch (e) {
      return this.refused(step, e);
    }
  }
}
