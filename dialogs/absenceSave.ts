/**
 * The absence recorded, child by child, and what it means said in one message: the days simply cancelled, justified or
 * still billed, the certificate's note, the return asked about; what was done is kept for « et le 21 aussi » or
 * « en fait pas le 8 » said next (mainRoute.ts, absenceTakenBack.ts).
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { isDomainError } from '../src/domain/errors';
import { normalize } from '../src/domain/text';
import type { Account, Child } from '../src/domain/types';
import { parisDay } from '../src/domain/parisTime';
import { localeOf, send, translator, type DialogDeps } from './dialogContext';
import { absenceOutcome, withBilling } from './absenceOutcome';
import type { AbsenceBilling, AbsenceDayDone, ShownMonthResult } from './mainOptions';
import { untilTodayLine } from './absenceSince';
import type { AbsenceOptions } from './absenceOptions';

/** A certificate named in the message that asked (« j'ai le certificat médical pour l'absence… »). */
export const CERTIFICATE_SAID = /\b(?:certificats?|justificatifs?)\b/;

/** The absence recorded for the children chosen, the outcome said, the dialog ended with what was done. */
export async function saveAbsence(
  deps: DialogDeps,
  step: WaterfallStepContext,
  family: { account: Account; children: Child[] },
  options: AbsenceOptions,
  documentId: number | null,
  note: string,
): Promise<DialogTurnResult> {
  const t = translator(deps, step.context);
  if (!options.childIds || !options.days) return step.endDialog();
  const lines: string[] = [];
  const undo: AbsenceDayDone[] = [];
  let billing: AbsenceBilling = { free: [], justified: [], billed: [] };
  let saved = false;
  try {
    const reason = t(`absence.reason.${options.reason ?? 'other'}`);
    for (const child of family.children.filter((c) => options.childIds?.includes(c.id))) {
      const days = await deps.service.reservations.reportAbsence(family.account, child.id, options.days, reason, documentId);
      lines.push(...absenceOutcome(t, localeOf(step.context), child.firstName, days, parisDay(deps.service.clock.now())));
      saved ||= days.some((d) => d.activities.length > 0);
      billing = withBilling(billing, days);
      undo.push(...days.flatMap((d) => (d.undo && (d.undo.absenceIds.length || d.undo.restore.length) ? [{ childId: child.id, day: d.day, ...d.undo }] : [])));
    }
    if (note && saved) lines.push(note);
    // « hugo est malade vendredi 11, je fais comment pour le certificat ? », nothing booked that day: the certificate's
    // question answered too (none needed, how to send one), not only « rien de réservé ».
    if (!saved && CERTIFICATE_SAID.test(normalize(options.text ?? ''))) lines.push(t('absence.certificateNoneBooked'));
    if (options.untilToday && saved) lines.push(await untilTodayLine(deps, t, localeOf(step.context), family.account, parisDay(deps.service.clock.now())));
  } catch (e) {
    if (!isDomainError(e)) throw e;
    lines.push(t(`errors.${e.code}`, e.params));
  }
  await send(deps, step.context, { text: lines.join('\n') });
  // « et le 21 aussi », « et hugo aussi » said next: the same absence (mainRoute.ts).
  // « non, lundi 7 décembre » said next, nothing recorded: the absence for those days instead.
  // « en fait pas le 8 » said next: what was recorded is taken back (absenceTakenBack.ts).
  const absent = { childIds: options.childIds, days: options.days, ...(options.reason ? { reason: options.reason } : {}), ...(saved ? {} : { noneBooked: true }), ...(undo.length ? { undo } : {}), ...(saved ? { billing } : {}) };
  return step.endDialog({ absent } satisfies ShownMonthResult);
}
