/**
 * What the first turns after a start would otherwise wait for, made ready shortly after the server
 * listens: the date recognizer's worker (its French models compile for seconds, in a worker thread)
 * and the learned intent model (tens of milliseconds to parse). Each is also made at its first use,
 * whichever comes first, and both timers end with the server: a bot stopped early loads nothing
 * afterwards.
 */
import type { Logger } from './logger';
import { intentModel } from './nlu/intentFallback';
import type { DateRecognizer } from './nlu/recognizerFallback';
import { RecognizerWorker } from './nlu/recognizerWorker';

/**
 * How long after listening the warm-ups start (unless a turn needed them first): the first replies
 * after a start do not share the CPU with them.
 */
export const WARM_UP_DELAY_MS = 2000;

export interface WarmUps {
  /** The date recognizer, in its worker thread (started here if not yet). */
  recognize: DateRecognizer;
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
  const loadModel = () => {
    try {
      intentModel();
    } catch (e) {
      logger.error('nlu.model.error', { error: e instanceof Error ? e.message : String(e) });
    }
  };
  let timers: NodeJS.Timeout[] = [];
  return {
    recognize: ((text, reference) => start().recognize(text, reference)) as DateRecognizer,
    startLater(ms: number) {
      timers = [setTimeout(start, ms), setTimeout(loadModel, ms)];
      for (const timer of timers) timer.unref();
    },
    async stop() {
      for (const timer of timers) clearTimeout(timer);
      await worker?.stop();
    },
  };
}
