/**
 * « et pour refaire son passeport je fais comment ? », « je veux refaire ma carte d'identité » at a task's question: where
 * that démarche is made (elsewhereAnswer.ts), then the question again; never read as its answer (a town, a name).
 * « c'est pour un passeport » (what an act is for) says nothing asked: left to the question.
 */
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogLibrary';
import { recognizeChoice } from '../src/nlu/choice';
import { elsewhereDemarche } from '../src/nlu/elsewhereDemarches';
import { elsewherePriceOf } from '../src/nlu/elsewherePrice';
import { prepare } from '../src/nlu/frenchText';
import { detectIntent } from '../src/nlu/intents';
import { currentCommune, send, translator, type DialogDeps } from './dialogContext';
import { elsewhereAnswer } from './elsewhereAnswer';
import type { Place } from './places';
import { inTask, optionsShown, repromptQuestion } from './questionAsked';

/** « c'est pour un passeport », « pour sa carte d'identité »: what a paper is for, not a question. */
const PURPOSE = /^(?:c est |c |cest |ce sera |c etait )?(?:pour|pr)\b/;

export async function takeElsewhere(deps: DialogDeps, innerDc: DialogContext, place: Place): Promise<DialogTurnResult | undefined> {
  const { type, text } = innerDc.context.activity;
  if (type !== 'message' || !text || !inTask(place)) return undefined;
  const said = prepare(text);
  if (PURPOSE.test(said) || detectIntent(said) !== 'elsewhere_demarche') return undefined;
  const kind = elsewhereDemarche(text);
  if (!kind || recognizeChoice(text, optionsShown(innerDc), true) !== undefined) return undefined;
  const commune = await currentCommune(deps, innerDc.context);
  if (!commune) return undefined;
  await send(deps, innerDc.context, elsewhereAnswer(translator(deps, innerDc.context), commune, kind, elsewherePriceOf(said) !== undefined));
  await repromptQuestion(innerDc);
  return { status: DialogTurnStatus.waiting };
}
