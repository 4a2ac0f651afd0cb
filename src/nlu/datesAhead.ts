/**
 * What a message will ask the date recognizer, asked at the start of its turn while the turn's state
 * loads (and, right after a start, once understanding's warm-up is done): the worker's answer is then kept (src/nlu/recognizerWorker.ts), and understand(), which is
 * synchronous, gets it at once instead of holding the event loop while the worker reads. Only messages
 * with a word the recognizer reads (« le lendemain », « le premier lundi ») cost a reading here; a
 * reading in a dialog that differs from this one (another month on screen) asks as before.
 */
import { prepare } from './frenchText';
import { needsFallback, type AskedAhead } from './recognizerFallback';
import { understand, type UnderstandContext } from './understand';

export async function askDatesAhead(text: unknown, ctx: Omit<UnderstandContext, 'recognizer'>, recognizer: AskedAhead): Promise<void> {
  // Right after a start, understanding's own warm-up first (in slices between turns): this message's reading then does not hold the event loop.
  await recognizer.warm?.();
  if (typeof text !== 'string' || ctx.fallback === false || !needsFallback(prepare(text)) || recognizer.ready?.() === false) return;
  const questions: Array<[string, Date]> = [];
  understand(text, {
    ...ctx,
    recognizer: (words, reference) => {
      questions.push([words, reference]);
      return undefined;
    },
  });
  await Promise.all(questions.map(([words, reference]) => recognizer.ask(words, reference)));
}
