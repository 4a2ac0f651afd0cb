/**
 * By SMS, the requests kept at a task's sign-in (afterSignInQueue.ts) are made one at a time. Before, « mes réservations »,
 * « annule le 17 pour hugo » and « ça fait combien » all came in the code's reply: 577 characters, 4 segments, hard to
 * read on a phone. Now the first task's answer ends on the next request, quoted, and « suite » makes it; anything else
 * is routed as usual (the request stays kept, offered again after it), « non » forgets them. Web Chat, where a reply
 * costs nothing, still makes them all in the code's turn (mainMenu.ts afterTask).
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { send, translator, type DialogDeps } from './dialogContext';
import { MAIN_FLOW, type MainOptions } from './mainOptions';
import { dropAfterSignIn, nextAfterSignIn, peekAfterSignIn } from './afterSignInQueue';
import { asksForNextPage } from './pages';
import { recognizeYesNo } from '../src/nlu/yesNo';

/** The words of a request quoted back: at most this many characters (a long one is cut at a word, with « ... »). */
const QUOTED = 40;

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= QUOTED) return flat;
  const cut = flat.slice(0, QUOTED);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), QUOTED / 2)).trim()}...`;
}

/**
 * When the channel is paid for (SMS) and a request is kept, the words it is offered with (left in the queue), else
 * undefined: the caller then makes it at once, as on Web Chat.
 */
export function keptNextBySms(deps: DialogDeps, step: WaterfallStepContext): string | undefined {
  if (deps.renderer.pageChars(step.context.activity.channelId) === undefined) return undefined;
  const next = peekAfterSignIn(step);
  return next ? quoted(next.text ?? '') || undefined : undefined;
}

/** The question that ends the task's answer: the next request, and « suite » to make it. */
export const keptNextAsk = (deps: DialogDeps, step: WaterfallStepContext, request: string): string =>
  translator(deps, step.context)('signIn.keptNextAsk', { request });

/**
 * The answer to that question: « suite », « oui », « ok » make the request kept; « non » forgets the requests kept
 * (said so, the menu waits); anything else is undefined, routed as usual.
 */
export async function takeKeptNext(deps: DialogDeps, step: WaterfallStepContext, text: string): Promise<DialogTurnResult | undefined> {
  const yesNo = recognizeYesNo(text);
  const goOn = asksForNextPage(text) || (yesNo?.answer === 'yes' && !yesNo.rest);
  if (goOn) {
    const next = nextAfterSignIn(step);
    return next ? step.replaceDialog(MAIN_FLOW, { pending: next } satisfies MainOptions) : undefined;
  }
  if (yesNo?.answer !== 'no' || yesNo.rest) return undefined;
  dropAfterSignIn(step);
  await send(deps, step.context, { text: translator(deps, step.context)('signIn.keptDropped') });
  return step.replaceDialog(MAIN_FLOW, { again: true } satisfies MainOptions);
}
