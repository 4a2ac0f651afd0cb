/**
 * « retour » in a démarche (formBack.ts): the question before, in the démarche's order, asked again — its answer said back
 * and forgotten, to be given again; the others kept. At « Que voulez-vous corriger ? », the read-back. What is never asked
 * is no question to go back to: the e-mail of a resident signed in, the papers where files cannot be sent (SMS).
 */
import type { DialogTurnResult } from './dialogLibrary';
import { fieldsFor } from '../src/domain/demarches';
import { communePostalCodes } from '../src/domain/eligibility';
import { localeOf, signedIn } from './dialogContext';
import { shownAnswer } from './demarcheQuestion';
import { pending, type DemarcheTurn } from './demarcheState';
import { backLead, fieldBefore } from './formBack';

export async function answerBack(turn: DemarcheTurn): Promise<DialogTurnResult> {
  const { deps, step, options, again } = turn;
  const { kind, answers, papers } = options;
  if (options.correcting) {
    const lead = backLead(true);
    return again(lead.leadKey, lead.leadParams);
  }
  const fields = fieldsFor(kind, answers);
  const account = answers.email !== undefined ? await signedIn(deps, step.context) : undefined;
  const files = deps.renderer.canReceiveFiles(step.context.activity);
  const asked = (id: string) => {
    const field = fields.find((f) => f.id === id);
    if (field?.input.type === 'file') return files && papers[id] !== undefined;
    return answers[id] !== undefined && !(id === 'email' && account?.email === answers.email);
  };
  const before = fieldBefore(fields.map((f) => f.id), pending(options)?.id, asked);
  const field = fields.find((f) => f.id === before);
  const lead = backLead(field !== undefined, field ? shownAnswer(turn.t, options, field, localeOf(step.context), { name: turn.commune.name, postalCodes: communePostalCodes(turn.commune) }) : undefined);
  if (field) {
    delete answers[field.id];
    delete papers[field.id];
  }
  return again(lead.leadKey, lead.leadParams);
}
