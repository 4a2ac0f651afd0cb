/**
 * A child's name said for a booking or an absence that is none of the family's children
 * (« inscrire lucas à la cantine lundi », the family having Léa and Hugo): what to say before the
 * child is asked, naming the children of the family file. The rest of the request (activity,
 * days) is kept by the caller. Read against every child of the file, not only those enrolled in
 * the activity (a child not enrolled there has its own answer: booking.childNotHere).
 */
import type { TurnContext } from 'botbuilder-core';
import type { Account } from '../src/domain/types';
import { unknownChildNames } from '../src/nlu/unknownChildNames';
import { askedAsRequest } from '../src/nlu/taskRequest';
import { translator, type DialogDeps } from './dialogContext';

export async function unknownChildLead(deps: DialogDeps, context: TurnContext, account: Account, text: string | undefined, known: readonly string[]): Promise<string | undefined> {
  if (!text || unknownChildNames(text, known).length === 0) return undefined;
  const file = await deps.service.familyFile(account);
  const all = file?.children.map((c) => c.child.firstName) ?? [...known];
  const unknown = unknownChildNames(text, all);
  if (unknown.length === 0) return undefined;
  return translator(deps, context)('children.unknown', { names: unknown.join(', '), children: all.join(', ') });
}

/**
 * The same, for an answer to « Pour quel enfant ? » (« lucas » alone is a name there). A request said there
 * (« signaler une absence svp ») opens with its verb, no name: only the names it places itself are read.
 */
export function unknownChildAnswer(deps: DialogDeps, context: TurnContext, account: Account, text: string, known: readonly string[]): Promise<string | undefined> {
  return unknownChildLead(deps, context, account, askedAsRequest(text) ? text : `pour ${text}`, known);
}
