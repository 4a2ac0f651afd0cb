/**
 * The short answers at the menu, which start no task: « oui », « yes », « oui oui » (the whole menu),
 * « non » to « Puis-je faire autre chose pour vous ? » or « merci, au revoir » (a goodbye), « non »
 * otherwise (nothing more, the menu waits), « un instant », « ok », « 👍 » (the menu waits); by SMS, « suite » to the
 * next request kept at a sign-in.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { send, translator, type DialogDeps } from './dialogContext';
import { MAIN_FLOW, type MainOptions } from './mainOptions';
import { closingAtQuestion, isClosing } from '../src/nlu/closing';
import { asksToWait } from '../src/nlu/waitWords';
import { normalize } from '../src/domain/text';
import { plainYesNo, recognizeYesNo } from '../src/nlu/yesNo';
import { takeKeptNext } from './keptNextBySms';

/** The menu's next turn for a short answer, or undefined when the message is something else. */
export async function shortAnswerAtMenu(deps: DialogDeps, step: WaterfallStepContext, text: string, after: MainOptions): Promise<DialogTurnResult | undefined> {
  // By SMS, « suite », « oui » or « non » to the next request kept at a sign-in (keptNextBySms.ts).
  const keptNext = after.keptNext ? await takeKeptNext(deps, step, text) : undefined;
  if (keptNext) return keptNext;
  const t = translator(deps, step.context);
  // « oui », « yes » to « Puis-je faire autre chose pour vous ? »: the menu in full; « non », « no », « nan »: a goodbye.
  const yesNo = after.again && closingAtQuestion(text) !== 'ack' ? recognizeYesNo(text) : undefined;
  if (yesNo && !yesNo.rest) return step.replaceDialog(MAIN_FLOW, (yesNo.answer === 'yes' ? {} : { closing: true }) satisfies MainOptions);
  if (isClosing(text)) return step.replaceDialog(MAIN_FLOW, { closing: true } satisfies MainOptions);
  // « un instant », « att je cherche », « ok », « 👍 » at the menu: no task to start, the menu waits.
  const ack = closingAtQuestion(text) === 'ack';
  if (asksToWait(normalize(text)) || ack) {
    await send(deps, step.context, { text: t('topics.waitMenu') });
    // « ok », « 👍 »: an answer heard; the menu is not sent again in full (by SMS, its short word).
    return step.replaceDialog(MAIN_FLOW, (ack ? { again: true } : {}) satisfies MainOptions);
  }
  // « oui », « oui oui », « yes » at the menu otherwise: the menu in full; « no », « nope », as « non »: nothing more.
  const plain = plainYesNo(text);
  if (plain === 'no') await send(deps, step.context, { text: t('commands.abortAtMenu') });
  if (plain) return step.replaceDialog(MAIN_FLOW, (plain === 'no' ? { again: true } : {}) satisfies MainOptions);
  return undefined;
}
