/**
 * « retour », « revenir », « précédent », « back » in a form of several questions (the account's creation, a civil-status
 * act, a démarche): its question before is asked again, what was answered to it said back, the other answers kept
 * (accountBack.ts, civilActBack.ts, demarcheBack.ts). At its first question there is none before: said so, the question
 * asked again. Elsewhere these words still go to the menu (mainInterruptions.ts).
 */
import { detectCommand } from '../src/nlu/commands';

export const saysBack = (text: string | undefined): boolean => detectCommand(text) === 'back';

/** The field answered last before `current` in the form's order (`current` undefined: at the read-back, after them all). */
export function fieldBefore<F extends string>(order: readonly F[], current: F | undefined, answered: (f: F) => boolean): F | undefined {
  const end = current === undefined || !order.includes(current) ? order.length : order.indexOf(current);
  for (let i = end - 1; i >= 0; i--) {
    const field = order[i] as F;
    if (answered(field)) return field;
  }
  return undefined;
}

export interface BackLead {
  leadKey: string;
  leadParams?: Record<string, unknown>;
}

/** Said before the question asked again: none before it, or the one before with the answer it had (when it reads as words). */
export function backLead(found: boolean, value?: string): BackLead {
  if (!found) return { leadKey: 'form.back.first' };
  return value ? { leadKey: 'form.back.was', leadParams: { value } } : { leadKey: 'form.back.previous' };
}
