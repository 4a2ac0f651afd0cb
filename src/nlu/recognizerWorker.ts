/**
 * Microsoft's French date recognizer in a worker thread: its models compile there (seconds of CPU)
 * while the event loop answers residents. understand() is synchronous and called from every
 * dialog. So a turn asks first, ahead and without waiting (ask(), from src/nlu/datesAhead.ts, while
 * the turn's state loads): the answer is kept, and recognize() then gives it at once. A question not
 * asked ahead is asked synchronously: it goes through a MessagePort, the thread sleeps on a shared
 * counter (Atomics.wait, at most `timeoutMs`) and takes the answer with receiveMessageOnPort.
 * The recognizer reads a few dozen characters (hintWindows), a few milliseconds once compiled.
 * Until the models are compiled, after a timeout, or if the worker failed, the answer is « not
 * ready » (undefined): the turn goes on without the fallback, as if the phrase held no date (the
 * dialog asks for the days).
 * The worker never keeps the process alive (unref) and stop() ends it.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { DateRecognizer, RecognizedDate } from './recognizerFallback';

/** Slots of the shared signal: answers given so far, 1 once the models are compiled, and how long that took (ms). */
const ANSWERS = 0;
const READY = 1;
const COMPILE_MS = 2;
/** Answers asked ahead kept: those of the turns in flight, and a little more. */
const KEPT_ANSWERS = 64;

/** The worker's code (plain CommonJS, run with eval: no build step, the same in tests and in dist/). */
const SOURCE = `
const { workerData } = require('node:worker_threads');
const { port, shared, modulePath } = workerData;
const signal = new Int32Array(shared);
const { recognizeDateTime } = require(modulePath);
const t0 = Date.now();
recognizeDateTime('le premier lundi de janvier', 'fr-fr', undefined, new Date());
Atomics.store(signal, ${COMPILE_MS}, Date.now() - t0);
Atomics.store(signal, ${READY}, 1);
port.on('message', ({ id, text, reference }) => {
  let results = [];
  try {
    results = recognizeDateTime(text, 'fr-fr', undefined, new Date(reference)).map((r) => ({ typeName: r.typeName, text: r.text, resolution: r.resolution }));
  } catch {}
  port.postMessage({ id, results });
  Atomics.add(signal, ${ANSWERS}, 1);
  Atomics.notify(signal, ${ANSWERS});
});
`;

interface Answer {
  id?: number;
  results?: RecognizedDate[];
}

export interface RecognizerWorkerOptions {
  /** Longest a turn waits for an answer not asked ahead, once the models are compiled (default 80 ms: the event loop waits that long at most). */
  timeoutMs?: number;
  /** Longest a turn waits for an answer asked ahead (default 100 ms; the event loop goes on meanwhile). */
  aheadTimeoutMs?: number;
  /** Called once when the models are compiled (ms of compiling), or when the worker fails. */
  onReady?: (ms: number) => void;
  onError?: (error: Error) => void;
}

export class RecognizerWorker {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(12));
  private readonly timeoutMs: number;
  private readonly aheadTimeoutMs: number;
  private failed = false;
  private next = 0;
  /** Questions asked ahead, waiting for their answer. */
  private readonly pending = new Map<number, (results: RecognizedDate[]) => void>();
  /** Answers to questions asked ahead, by question (the last few); undefined: asked, given up. */
  private readonly answers = new Map<string, RecognizedDate[] | undefined>();

  constructor(options: RecognizerWorkerOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 80;
    this.aheadTimeoutMs = options.aheadTimeoutMs ?? 100;
    const { port1, port2 } = new MessageChannel();
    this.port = port2;
    this.port.on('message', (answer: Answer) => this.settle(answer));
    this.port.unref();
    this.worker = new Worker(SOURCE, {
      eval: true,
      workerData: { port: port1, shared: this.signal.buffer, modulePath: require.resolve('@microsoft/recognizers-text-date-time') },
      transferList: [port1],
    });
    this.worker.unref();
    this.worker.once('error', (e) => {
      this.failed = true;
      options.onError?.(e);
    });
    this.worker.once('exit', () => (this.failed = true));
    // Readiness is polled: the worker says it on the shared signal only.
    const waitReady = setInterval(() => {
      if (this.failed) clearInterval(waitReady);
      if (!this.ready) return;
      clearInterval(waitReady);
      options.onReady?.(Atomics.load(this.signal, COMPILE_MS));
    }, 50);
    waitReady.unref();
  }

  /** True once the models are compiled and the worker is alive. */
  get ready(): boolean {
    return !this.failed && Atomics.load(this.signal, READY) === 1;
  }

  /**
   * Asks ahead, without holding the event loop: resolves once the answer is kept for recognize(), or
   * after `aheadTimeoutMs` (recognize() then answers « no date » at once for it). Not ready: nothing asked.
   */
  ask(text: string, reference: Date): Promise<void> {
    const key = `${reference.toISOString()} ${text}`;
    if (!this.ready || this.answers.has(key)) return Promise.resolve();
    const id = ++this.next;
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.keep(key, undefined);
        resolve();
      }, this.aheadTimeoutMs);
      timer.unref();
      // A late answer is still kept: the same words later are answered at once.
      this.pending.set(id, (results) => {
        clearTimeout(timer);
        this.keep(key, results);
        resolve();
      });
      this.port.postMessage({ id, text, reference: reference.toISOString() });
    });
  }

  /** The recognizer's results, or undefined when it is not ready, failed or did not answer in time. */
  readonly recognize: DateRecognizer = (text, reference) => {
    if (!this.ready) return undefined;
    const key = `${reference.toISOString()} ${text}`;
    if (this.answers.has(key)) return this.answers.get(key);
    const id = ++this.next;
    let seen = Atomics.load(this.signal, ANSWERS);
    this.port.postMessage({ id, text, reference: reference.toISOString() });
    const deadline = performance.now() + this.timeoutMs;
    for (;;) {
      for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
        const answer = m.message as Answer;
        if (answer.id === id) return answer.results ?? [];
        // An answer to a question asked ahead, read here first; late answers to questions that timed out are dropped.
        this.settle(answer);
      }
      const left = deadline - performance.now();
      if (left <= 0) return undefined;
      Atomics.wait(this.signal, ANSWERS, seen, left);
      seen = Atomics.load(this.signal, ANSWERS);
    }
  };

  private settle(answer: Answer): void {
    const done = answer.id === undefined ? undefined : this.pending.get(answer.id);
    if (!done) return;
    this.pending.delete(answer.id as number);
    done(answer.results ?? []);
  }

  private keep(key: string, results: RecognizedDate[] | undefined): void {
    // Given up, then answered late: the answer replaces the « given up ».
    this.answers.delete(key);
    this.answers.set(key, results);
    if (this.answers.size > KEPT_ANSWERS) this.answers.delete(this.answers.keys().next().value as string);
  }

  /** Ends the worker (its compile included). */
  async stop(): Promise<void> {
    this.failed = true;
    for (const done of this.pending.values()) done([]);
    this.pending.clear();
    this.port.close();
    await this.worker.terminate();
  }
}
