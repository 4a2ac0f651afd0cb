/**
 * A date of birth typed at a name question of a démarche (« 12/03/1990 » at « Quel est votre nom ? » of the
 * electoral roll, « né le 3 mars 1988 » at the partner's first name): kept for the day question that follows that
 * person's names, when it passes that question's checks (a voter old enough at the next election), said so, and the
 * name asked again. Never the day of another person (a name question between), nor a « depuis quand » day.
 */
import { checkDay, electionCheck, fieldsFor, oldEnoughToVote, type FormField } from '../src/domain/demarches';
import { parisDay } from '../src/domain/parisTime';
import { pastDayIn, readPastDay } from '../src/nlu/pastDay';
import type { DemarcheTurn } from './demarcheState';

const YEAR = /\b(?:19|20)\d{2}\b/;

/** The day field this name question's person has next, and the day said for it; undefined when none fits. */
export function dayAhead(turn: DemarcheTurn, field: FormField, text: string): { id: string; day: string } | undefined {
  if (!/\d/.test(text)) return undefined;
  const fields = fieldsFor(turn.options.kind, turn.options.answers);
  const at = fields.findIndex((f) => f.id === field.id);
  // The person's first name may come between their name and their day; any other name is another person's.
  const next = fields.slice(at + 1).find((f, i) => !(i === 0 && field.input.type === 'lastName' && f.input.type === 'firstName'));
  if (!next || next.input.type !== 'day' || next.input.latest || turn.options.answers[next.id] !== undefined) return undefined;
  const now = turn.deps.service.clock.now();
  const today = parisDay(now);
  const day = readPastDay(text, today) ?? (YEAR.test(text) ? pastDayIn(text, today, Number(today.slice(0, 4))) : undefined);
  if (!day || checkDay(day, next.input.rule, today) !== 'ok') return undefined;
  if (next.input.rule === 'voter') {
    const election = electionCheck(turn.deps.electionDays, now);
    if (!oldEnoughToVote(day, today, election.state === 'noneKnown' ? undefined : election.firstRound)) return undefined;
  }
  return { id: next.id, day };
}
