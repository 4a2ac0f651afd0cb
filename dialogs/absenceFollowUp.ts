/**
 * What is said at the menu right after an absence is recorded: more of the same (« et le 21 aussi », « et hugo
 * aussi »), or days taken back (« en fait pas le 8 », « j'ai dit le 9 pas le 8 », « non, plutôt le 9 »): what was
 * recorded those days is undone (the absence deleted, the bookings it cancelled put back), said so, and the days
 * said instead are the absence's.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { isDomainError } from '../src/domain/errors';
import { listDays } from '../src/domain/formats';
import { parisDay } from '../src/domain/parisTime';
import { saysDaysTakenBack, takesBackAbsence, type DaysTakenBack } from '../src/nlu/daysTakenBack';
import { saysInsteadOf, saysMoreOf } from '../src/nlu/moreDays';
import { prepare } from '../src/nlu/frenchText';
import { normalize } from '../src/domain/text';
import { ABSENCE_DIALOG, type AbsenceOptions } from './absenceDialog';
import { saysIllness } from './absenceReasonWords';
import { billingAnswer } from './absenceOutcome';
import { asksBillingOfAbsence } from './absenceBillingQuestion';
import { localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';
import { MAIN_FLOW, type AbsenceDone, type MainOptions } from './mainOptions';

/** The turn taken for what was said after an absence recorded, or undefined when it is about something else. */
export async function afterAbsence(deps: DialogDeps, step: WaterfallStepContext, done: AbsenceDone, text: string): Promise<DialogTurnResult | undefined> {
  const account = await signedIn(deps, step.context);
  const file = account ? await deps.service.familyFile(account) : undefined;
  if (!account || !file) return undefined;
  const children = file.children.map((c) => c.child);
  const today = parisDay(deps.service.clock.now());
  const names = children.map((c) => c.firstName);
  const month = [...done.days].sort()[0]?.slice(0, 7);
  const reason = done.reason ? { reason: done.reason } : {};
  // « je dois payer quand même ? », « la journée sera facturée ? »: what the absence's own days cost (else its rule), never the invoices.
  if (asksBillingOfAbsence(text)) {
    const t = translator(deps, step.context);
    const days = done.billing && billingAnswer(t, localeOf(step.context), done.billing, done.days);
    const none = done.noneBooked ? t('absence.billing.nothing', { days: listDays(localeOf(step.context), [...done.days].sort()) }) : undefined;
    await send(deps, step.context, { text: days ?? none ?? t('absence.rule') });
    return step.replaceDialog(MAIN_FLOW, { again: true, lastAbsence: done } satisfies MainOptions);
  }
  // « en fait pas le 8 », « j'ai dit le 9 pas le 8 »: days of the absence taken out (nothing recorded: the days instead, below).
  // « finalement il mangera », « annule l'absence (du 18) »: the absence taken back (the days said, else all).
  const whole = done.noneBooked ? undefined : takesBackAbsence(text, today, month);
  const back: DaysTakenBack | undefined = whole ? { out: whole.days.length ? whole.days : done.days, into: [] } : done.noneBooked ? undefined : saysDaysTakenBack(text, today, month, done.days);
  const out = back ? (back.out ?? done.days) : [];
  if (back && out.every((d) => done.days.includes(d))) {
    const t = translator(deps, step.context);
    try {
      for (const child of children.filter((c) => done.childIds.includes(c.id))) {
        const undo = (done.undo ?? []).filter((u) => u.childId === child.id && out.includes(u.day));
        if (undo.length) await deps.service.reservations.withdrawAbsence(account, child.id, undo);
        await send(deps, step.context, { text: t('absence.withdrawn', { name: child.firstName, days: listDays(localeOf(step.context), out) }) });
      }
    } catch (e) {
      if (!isDomainError(e)) throw e;
      await send(deps, step.context, { text: t(`errors.${e.code}`, e.params) });
      return step.replaceDialog(MAIN_FLOW, { again: true } satisfies MainOptions);
    }
    if (back.into.length) return step.beginDialog(ABSENCE_DIALOG, { childIds: done.childIds, days: back.into, ...reason } satisfies AbsenceOptions);
    const days = done.days.filter((d) => !out.includes(d));
    const left: AbsenceDone = { ...done, days, undo: (done.undo ?? []).filter((u) => !out.includes(u.day)) };
    return step.replaceDialog(MAIN_FLOW, { again: true, ...(days.length ? { lastAbsence: left } : {}) } satisfies MainOptions);
  }
  // « il a rdv chez le dentiste », « c pour une sortie »: why, said after the absence recorded (no new absence asked).
  const own = children.filter((c) => done.childIds.includes(c.id)).map((c) => c.firstName);
  if (givesReasonOnly(text, names, done.reason === undefined ? own : [])) {
    const t = translator(deps, step.context);
    // The reason said is the absence's from now on: its rows hold it (« Maladie » for « rdv chez le médecin »).
    const said: 'illness' | 'other' = saysIllness(normalize(text)) ? 'illness' : 'other';
    if (said !== (done.reason ?? 'other')) {
      for (const child of children.filter((c) => done.childIds.includes(c.id))) {
        const ids = (done.undo ?? []).filter((u) => u.childId === child.id).flatMap((u) => u.absenceIds);
        if (ids.length) await deps.service.reservations.restateAbsenceReason(account, child.id, ids, t(`absence.reason.${said}`));
      }
    }
    // Nothing was recorded (nothing booked, or already cancelled): no absence « stays recorded ».
    await send(deps, step.context, { text: t(done.noneBooked ? 'absence.reasonNothingRecorded' : 'absence.reasonNoted') });
    return step.replaceDialog(MAIN_FLOW, { again: true, lastAbsence: { ...done, reason: said } } satisfies MainOptions);
  }
  // « et le 21 aussi », « et hugo aussi le 28 »: the same absence for those days or that child.
  // « non, lundi 7 décembre » after an absence that found nothing booked: those days instead.
  // « et le vendredi aussi » after an absence on Thursday 17: Friday 18 (a weekday said alone is of the absence's last week).
  const about = [...done.days].sort().at(-1);
  const more = saysMoreOf(text, today, names, month, about) ?? (done.noneBooked ? saysInsteadOf(text, today, names, month, about) : undefined);
  if (!more) return undefined;
  const named = children.filter((c) => more.names.includes(c.firstName)).map((c) => c.id);
  return step.beginDialog(ABSENCE_DIALOG, { childIds: named.length ? named : done.childIds, days: more.days.length ? more.days : done.days, ...reason } satisfies AbsenceOptions);
}

/** Words of a reason for an absence. */
const REASON = /\b(?:rdv|rendez vous|dentiste|medecin|docteur|orthophoniste|kine|hopital|malade|fievre|grippe|gastro|sortie|voyage|famille|enterrement|obseques|mariage|greve|vacances|angine|varicelle|otite)\b/;
/**
 * Words that ask for something (a new absence, a booking, another day, another child: « ma fille est malade ojd »;
 * a paper: « je peux envoyer le certificat du médecin ? », sent as any paper is, never a reason noted).
 */
const ASKS = /\b(?:signal\w*|absen\w*|reserv\w*|annul\w*|inscri\w*|aussi|autre|demain|lundi|mardi|mercredi|jeudi|vendredi|semaine|\d+|aujourd\w*|auj|ojd|ajd|hier|ce matin|les deux|les 2|certificats?|justificatifs?|attestations?|papiers?|documents?|ordonnances?)\b/;
/** Who the child is to the resident (« ma fille », « mon fils »). */
const RELATION = /\b(?:fille|fils|garcon|petite?|grande?)\b/;

/**
 * A reason alone (« il a rdv chez le dentiste »), no day nor request, and no child named but the absence's own
 * (`own`: its one child, while it has no reason yet: « ma fille a rdv chez le dentiste », « Léa a rdv chez le dentiste »).
 */
function givesReasonOnly(text: string, names: readonly string[], own: readonly string[]): boolean {
  const said = prepare(text);
  if (!REASON.test(said) || ASKS.test(said) || said.split(' ').length > 10) return false;
  const named = names.filter((n) => new RegExp(`\\b${normalize(n)}\\b`).test(said));
  if (named.length) return own.length > 0 && named.every((n) => own.includes(n));
  return !RELATION.test(said) || own.length === 1;
}