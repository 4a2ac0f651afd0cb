/**
 * « Retirer une absence » recorded earlier, in this conversation or another (« annuler l'absence du 12 »,
 * « finalement Léa ira à la cantine lundi »): the family's absences still to come are found
 * (src/domain/absenceWithdrawal.ts); the one meant (its day, its child) is taken back at once, else
 * the resident picks it from the list (« 1 », « le 2 », « celle de lundi », « toutes »). A booking it
 * cancelled is put back; one that could no longer be booked on time is said so.
 * (Right after an absence is recorded, « en fait pas le 8 » is absenceFollowUp.ts's.)
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { listDays } from '../src/domain/formats';
import type { RecordedAbsence } from '../src/domain/reservations';
import type { Account, Child } from '../src/domain/types';
import { prepare } from '../src/nlu/frenchText';
import { absenceTakenBack, mayTakeBack } from '../src/nlu/absenceWithdrawn';
import { MONTH } from '../src/nlu/dateWords';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { ALL_CHILDREN } from './allChildrenSaid';
import { OTHER_TASKS } from './bookingSteps';
import { weekdayDay } from './calendarCard';
import { askChoice, notUnderstood, readChoice } from './choicePrompt';
import { localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';
import { requireFamilyFile } from './familyFileFirst';
import type { InfoResult } from './infoDialog';
import type { SignInResult } from './signInDialog';

export const ABSENCE_WITHDRAW_DIALOG = 'absenceWithdraw';
const FLOW = 'absenceWithdrawFlow';
const PICK = 'absenceWithdrawPick';
const PROMPT = 'absenceWithdrawPrompt';

export interface WithdrawOptions {
  /** The message that asked (« annuler l'absence du 12 »): its days and children choose the absence. */
  text?: string;
  /** The absences offered to pick from (child, day). */
  offered?: Array<{ childId: number; day: string }>;
  lead?: string;
}

const MONTH_SAID = new RegExp(`\\b${MONTH}\\b|\\d[/.-]\\d`);
const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();

/**
 * The absences among `list` that the words say: their days, their children (none said: any). A day said without its
 * month (« le 12 », « lundi ») with no absence that day is the same day of the month, or weekday, of a later one.
 */
function meant(list: RecordedAbsence[], text: string, dates: readonly string[], childIds: readonly number[]): RecordedAbsence[] {
  const ofChild = list.filter((a) => childIds.length === 0 || childIds.includes(a.childId));
  const exact = ofChild.filter((a) => dates.length === 0 || dates.includes(a.day));
  const said = prepare(text);
  if (exact.length || MONTH_SAID.test(said)) return exact;
  const byNumber = /\d/.test(said);
  return ofChild.filter((a) => dates.some((d) => (byNumber ? a.day.slice(8) === d.slice(8) : weekday(a.day) === weekday(d))));
}

/**
 * At the menu: « annuler l'absence du 12 » starts the task; « finalement Léa ira à la cantine lundi » only when such an
 * absence is recorded (otherwise it is routed as usual: a booking…). Undefined when the message is not that.
 */
export async function absenceWithdrawnAtMenu(deps: DialogDeps, step: WaterfallStepContext, text: string): Promise<DialogTurnResult | undefined> {
  // Most messages cannot take an absence back: the family file is not read for them.
  if (!mayTakeBack(prepare(text))) return undefined;
  const account = await signedIn(deps, step.context);
  const file = account ? await deps.service.familyFile(account) : undefined;
  const children = file?.children.map((c) => c.child) ?? [];
  const how = absenceTakenBack(prepare(text), children.map((c) => c.firstName));
  if (!how) return undefined;
  if (how === 'goes') {
    if (!account || !file) return undefined;
    const said = deps.understand(text, children.map((c) => c.firstName));
    const named = children.filter((c) => said.children?.includes(c.firstName)).map((c) => c.id);
    const found = meant(await deps.service.reservations.recordedAbsences(account), text, said.dates, named);
    if (found.length === 0) return undefined;
  }
  return step.beginDialog(ABSENCE_WITHDRAW_DIALOG, { text } satisfies WithdrawOptions);
}

export class AbsenceWithdrawDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(ABSENCE_WITHDRAW_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [...requireFamilyFile(deps, 'absence.withdraw.signInFirst'), this.begin.bind(this)]));
    this.addDialog(new WaterfallDialog(PICK, [this.askPick.bind(this), this.readPick.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async family(step: WaterfallStepContext): Promise<{ account: Account; children: Child[] } | undefined> {
    const account = await signedIn(this.deps, step.context);
    const file = account ? await this.deps.service.familyFile(account) : undefined;
    return account && file ? { account, children: file.children.map((c) => c.child) } : undefined;
  }

  /** What the words say among the recorded absences. */
  private read(text: string, children: Child[], list: RecordedAbsence[]): { found: RecordedAbsence[]; dates: string[] } {
    const said = this.deps.understand(text, children.map((c) => c.firstName));
    const named = children.filter((c) => said.children?.includes(c.firstName)).map((c) => c.id);
    return { found: meant(list, text, said.dates, named), dates: said.dates };
  }

  private async begin(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (!(step.result as SignInResult | undefined)?.account) return step.endDialog();
    const family = await this.family(step);
    if (!family) return step.endDialog();
    const t = translator(this.deps, step.context);
    const locale = localeOf(step.context);
    const list = await this.deps.service.reservations.recordedAbsences(family.account);
    const open = list.filter((a) => a.withdrawable);
    const { found, dates } = this.read((step.options as WithdrawOptions | undefined)?.text ?? '', family.children, list);
    const late = found.filter((a) => !a.withdrawable);
    if (late.length) await send(this.deps, step.context, { text: t('absence.withdraw.tooLate', { days: listDays(locale, [...new Set(late.map((a) => a.day))]) }) });
    const chosen = found.filter((a) => a.withdrawable);
    // The days said (or the only absence of the child named): taken back at once, for one child; for several, which.
    const children = new Set(chosen.map((a) => a.childId));
    if (chosen.length && (dates.length || chosen.length === 1) && children.size === 1) return this.withdraw(step, family, chosen);
    if (chosen.length) return step.replaceDialog(PICK, { offered: chosen.map(({ childId, day }) => ({ childId, day })) } satisfies WithdrawOptions);
    if (late.length) return step.endDialog();
    // None of those days: said so, and the others offered when there are some.
    const lead = dates.length ? t('absence.withdraw.noneOn', { days: listDays(locale, dates) }) : undefined;
    if (open.length === 0) {
      await send(this.deps, step.context, { text: [lead, t('absence.withdraw.none')].filter(Boolean).join('\n') });
      return step.endDialog();
    }
    return step.replaceDialog(PICK, { offered: open.map(({ childId, day }) => ({ childId, day })), ...(lead ? { lead } : {}) } satisfies WithdrawOptions);
  }

  private async askPick(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const family = await this.family(step);
    if (!family) return step.endDialog();
    const t = translator(this.deps, step.context);
    const { offered = [], lead } = step.options as WithdrawOptions;
    const name = (id: number) => family.children.find((c) => c.id === id)?.firstName ?? '';
    const options = offered.map((a) => ({ label: t('absence.withdraw.option', { name: name(a.childId), day: weekdayDay(localeOf(step.context), a.day) }) }));
    const all = offered.length > 1 ? [{ label: t('absence.withdraw.all'), synonyms: [...ALL_CHILDREN, 'toutes les absences', 'les deux absences'] }] : [];
    return askChoice(this.deps, step, PROMPT, { text: t('absence.withdraw.which'), options: [...options, ...all] }, lead ? `${lead}\n` : '');
  }

  private async readPick(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const family = await this.family(step);
    if (!family) return step.endDialog();
    const options = step.options as WithdrawOptions;
    const offered = options.offered ?? [];
    const input = step.result as AnyInput;
    const chosen = readChoice(step);
    const list = (await this.deps.service.reservations.recordedAbsences(family.account)).filter((a) => a.withdrawable && offered.some((o) => o.childId === a.childId && o.day === a.day));
    const picked = chosen ? (chosen.index >= offered.length ? list : list.filter((a) => a.childId === offered[chosen.index]?.childId && a.day === offered[chosen.index]?.day)) : undefined;
    // « celle de lundi », « Léa le 12 »: the days and the child said.
    const said = picked ?? this.read(input.text, family.children, list).found;
    const narrowed = chosen || said.length < list.length ? said : [];
    if (narrowed.length) return this.withdraw(step, family, narrowed);
    const { intent } = this.deps.understand(input.text);
    if (OTHER_TASKS.includes(intent) || intent === 'book' || intent === 'cancel_booking') return step.endDialog({ unhandled: input } satisfies InfoResult);
    return step.replaceDialog(PICK, { ...options, lead: notUnderstood(translator(this.deps, step.context), 'choice.task.absenceWithdraw') });
  }

  /** Each absence taken back, said per child. */
  private async withdraw(step: WaterfallStepContext, family: { account: Account; children: Child[] }, absences: RecordedAbsence[]): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const locale = localeOf(step.context);
    const lines: string[] = [];
    for (const child of family.children) {
      const days: string[] = [];
      for (const a of absences.filter((x) => x.childId === child.id)) if (await this.deps.service.reservations.withdrawRecordedAbsence(family.account, child.id, a.day)) days.push(a.day);
      if (days.length) lines.push(t('absence.withdrawn', { name: child.firstName, days: listDays(locale, days) }));
    }
    await send(this.deps, step.context, { text: lines.length ? lines.join('\n') : t('absence.withdraw.none') });
    return step.endDialog();
  }
}
