/**
 * Questions at the menu that look like a task but ask how things work, answered in a few lines and back to the
 * menu: how to enrol a child at school (« comment inscrire mon enfant à l'école ? »: enrolmentAnswer.ts), whether
 * another parent can have access (« mon mari peut aussi se connecter ? »: each parent's espace, the same family key).
 */
import type { TurnContext } from 'botbuilder';
import { prepare } from '../src/nlu/frenchText';
import { asksSchoolEnrolment } from '../src/nlu/schoolEnrolment';
import { asksSecondParentAccess } from '../src/nlu/secondParent';
import { currentCommune, translator, type DialogDeps } from './dialogContext';
import { schoolEnrolmentAnswer } from './enrolmentAnswer';

/** The answer to such a question, or undefined when the message is not one (or no commune is chosen yet). */
export async function menuQuestionAnswer(deps: DialogDeps, ctx: TurnContext, text: string): Promise<string | undefined> {
  const said = prepare(text);
  if (asksSchoolEnrolment(said)) return schoolEnrolmentAnswer(deps, ctx);
  if (!asksSecondParentAccess(said)) return undefined;
  const commune = await currentCommune(deps, ctx);
  return commune ? translator(deps, ctx)('familyKey.secondParent', { keyName: commune.familyKeyName }) : undefined;
}
