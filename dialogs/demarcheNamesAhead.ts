/**
 * Both names typed at a démarche's last-name question (« Haddad Karim », « HADDAD Karim »: fullName.ts),
 * when the person's first name is the next question and not answered yet: both kept, to be read back
 * (`demarche.namesRead`); the first name is then not asked. Otherwise the answer is the last name, as typed.
 */
import { fieldsFor, type FormField } from '../src/domain/demarches';
import { splitFullName } from '../src/nlu/fullName';
import { check, withoutFirstName } from './accountFields';
import type { DemarcheTurn } from './demarcheState';

export function namesAhead(turn: DemarcheTurn, field: FormField, name: string): { lastName: string; firstName: string } | undefined {
  if (field.input.type !== 'lastName') return undefined;
  const fields = fieldsFor(turn.options.kind, turn.options.answers);
  const next = fields[fields.findIndex((f) => f.id === field.id) + 1];
  if (!next || next.input.type !== 'firstName' || turn.options.answers[next.id] !== undefined) return undefined;
  const both = splitFullName(name);
  const lastName = both && check('lastName', both.lastName);
  const firstName = both && check('firstName', both.firstName);
  if (!lastName || !firstName) return undefined;
  turn.options.answers[field.id] = lastName;
  turn.options.answers[next.id] = firstName;
  return { lastName, firstName };
}

/** At the first name's, that first name taken off the last name typed just before with it (« Thomas Robert », then « Robert »). */
export function firstNameOff(turn: DemarcheTurn, field: FormField, name: string): void {
  if (field.input.type !== 'firstName') return;
  const fields = fieldsFor(turn.options.kind, turn.options.answers);
  const before = fields[fields.findIndex((f) => f.id === field.id) - 1];
  const last = before?.input.type === 'lastName' ? turn.options.answers[before.id] : undefined;
  if (before && typeof last === 'string') turn.options.answers[before.id] = withoutFirstName(last, name);
}
