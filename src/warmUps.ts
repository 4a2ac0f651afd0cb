/**
 * What the first turns after a start would otherwise wait for, made ready after the server listens:
 * understanding's first-use costs (its patterns compiled, the learned intent model parsed: ~240 ms in all),
 * at once but in small steps between turns, so that no turn waits long behind them; and, a little later,
 * the date recognizer's worker (its French models compile for seconds, in a worker thread that would share
 * the two cores with the first replies). Each is also made at its first use, whichever comes first, and
 * everything ends with the server: a bot stopped early loads nothing afterwards.
 */
import type { Logger } from './logger';
import type { AskedAhead, DateRecognizer } from './nlu/recognizerFallback';
import { RecognizerWorker } from './nlu/recognizerWorker';
import { understandingWarmSteps } from './nlu/warmSteps';

/**
 * How long after listening the date recognizer's worker starts (unless a turn needed it first): the first
 * replies after a start do not share the CPU with it. The server takes it from DATES_WARM_UP_MS (src/config.ts), 2 s by default.
 */
export const WARM_UP_DELAY_MS = 2000;
/** How long the understanding's steps run before letting turns in. */
const SLICE_MS = 8;

export interface WarmUps extends AskedAhead {
  /** The date recognizer, in its worker thread (started here if not yet); ask() asks it ahead, without waiting. */
  recognize: DateRecognizer;
  /** Resolves once understanding's warm-up steps are done (at once before startLater, and after a stop). */
  warm(): Promise<void>;
  startLater(ms: number): void;
  stop(): Promise<void>;
}

export function warmUps(logger: Logger): WarmUps {
  let worker: RecognizerWorker | undefined;
  const start = () =>
    (worker ??= new RecognizerWorker({
      onReady: (ms) => logger.info('nlu.warm', { ms }),
      onError: (e) => logger.error('nlu.worker.error', { error: `${e.name}: ${e.message}` }),
    }));
  let stopped = false;
  /** Resolved once understanding's steps are done (or failed, or the server stopped); none before startLater(). */
  let warming: Promise<void> | undefined;
  let warmed = () => {};
  /** Understanding's steps, a slice at a time between turns. */
  const warmUnderstanding = (steps: Array<() => void>, since: number) => {
    const end = performance.now() + SLICE_MS;
    try {
      while (!stopped && steps.length > 0 && performance.now() < end) (steps.shift() as () => void)();
    } catch (e) {
      logger.error('nlu.warm.error', { error: e instanceof Error ? e.message : String(e) });
      warmed();
      return;
    }
    if (stopped) return warmed();
    if (steps.length > 0) setImmediate(() => warmUnderstanding(steps, since));
    else {
      logger.info('nlu.understandingWarm', { ms: Math.round(performance.now() - since) });
      warmed();
    }
  };
  let timers: NodeJS.Timeout[] = [];
  return {
    recognize: ((text, reference) => start().recognize(text, reference)) as DateRecognizer,
    ask: (text, reference) => start().ask(text, reference),
    // Never starts the worker: until it runs (WARM_UP_DELAY_MS, or a turn's reading needs it), nothing is asked ahead.
    ready: () => worker?.ready === true,
    // A message that comes while the steps run waits for them without holding the event loop: its reading then pays no first-use cost.
    warm: () => warming ?? Promise.resolve(),
    startLater(ms: number) {
      const since = performance.now();
      warming = new Promise<void>((resolve) => (warmed = resolve));
      setImmediate(() => (stopped ? warmed() : warmUnderstanding(understandingWarmSteps(), since)));
      timers = [setTimeout(start, ms)];
      for (const timer of timers) timer.unref();
    },
    async stop() {
      stopped = true;
      warmed();
      for (const timer of timers) clearTimeout(timer);
      await worker?.stop();
    },
  };
}
