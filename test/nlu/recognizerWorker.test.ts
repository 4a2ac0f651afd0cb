/**
 * The date recognizer in its worker thread: « not ready » at once while its models compile, the
 * same days as in process once ready, asked ahead without waiting, nothing after a timeout or once
 * stopped, and a worker left running never keeps a process alive.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { recognizeDays } from '../../src/nlu/recognizerFallback';
import { RecognizerWorker } from '../../src/nlu/recognizerWorker';
import { understand } from '../../src/nlu/understand';

jest.setTimeout(60_000);
const ROOT = path.resolve(__dirname, '..', '..');

async function whenReady(worker: RecognizerWorker): Promise<void> {
  const t0 = performance.now();
  while (!worker.ready) {
    if (performance.now() - t0 > 50_000) throw new Error('the worker did not compile its models within 50 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the recognizer in a worker thread', () => {
  let worker: RecognizerWorker;
  let readyMs: number | undefined;
  beforeAll(() => {
    worker = new RecognizerWorker({ timeoutMs: 20_000, onReady: (ms) => (readyMs = ms) });
  });
  afterAll(() => worker.stop());

  it('answers « not ready » at once while its models compile, and the turn goes on without it', () => {
    expect(worker.ready).toBe(false);
    // The worker's answer itself does not wait for the compile (seconds): not the cold start of understanding in this
    // process, which a loaded machine makes slow, but the call to the worker alone.
    const t0 = performance.now();
    expect(worker.recognize('le lendemain', new Date('2026-11-23T12:00:00Z'))).toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(recognizeDays('le lendemain', '2026-11-23', worker.recognize)).toEqual([]);
    expect(understand('cantine le lendemain', { today: '2026-11-23', recognizer: worker.recognize }).dates).toEqual([]);
  });

  it('once ready, reads « le lendemain » and « le premier lundi de janvier » as in process', async () => {
    await whenReady(worker);
    expect(recognizeDays('le lendemain', '2026-11-23', worker.recognize)).toEqual(['2026-11-24']);
    expect(recognizeDays('le premier lundi de janvier', '2026-11-23', worker.recognize)).toEqual(['2027-01-04']);
    expect(recognizeDays('mon premier enfant', '2026-11-23', worker.recognize)).toEqual([]);
    expect(understand('cantine le lendemain', { today: '2026-11-23', recognizer: worker.recognize }).dates).toEqual(['2026-11-24']);
    // Its compile time is reported once ready.
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(readyMs).toBeGreaterThan(0);
  });

  it('gives up after its timeout, and a late answer is not taken for the next question', async () => {
    const hasty = new RecognizerWorker({ timeoutMs: 0 });
    try {
      await whenReady(hasty);
      expect(hasty.recognize('le premier lundi de janvier', new Date('2026-11-23T12:00:00Z'))).toBeUndefined();
      // The late answer (4 January) arrives meanwhile; taken for the next question, it would be a day.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(recognizeDays('le lendemain', '2026-11-30', hasty.recognize)).toEqual([]);
    } finally {
      await hasty.stop();
    }
  });

  it('answers at once what was asked ahead, without waiting on the event loop; given up ahead, « no date » at once', async () => {
    // With no wait at all, only what was asked ahead can be answered.
    const ahead = new RecognizerWorker({ timeoutMs: 0, aheadTimeoutMs: 20_000 });
    const hasty = new RecognizerWorker({ timeoutMs: 20_000, aheadTimeoutMs: 0 });
    try {
      await Promise.all([whenReady(ahead), whenReady(hasty)]);
      const reference = new Date('2026-11-23T12:00:00Z');
      expect(ahead.recognize('le premier lundi de janvier', reference)).toBeUndefined();
      // The event loop is free while the worker reads: a timer set now fires before the answer is awaited.
      let ticked = false;
      setImmediate(() => (ticked = true));
      await ahead.ask('le lendemain', reference);
      expect(ticked).toBe(true);
      expect(recognizeDays('le lendemain', '2026-11-23', ahead.recognize)).toEqual(['2026-11-24']);
      // Asked ahead but not answered in time: the turn reads no date and does not wait again (20 s here). A long
      // message, so that the worker cannot answer within the 0 ms given (« le lendemain » alone sometimes did).
      const slow = `le lendemain${' et puis encore'.repeat(300)}`;
      await hasty.ask(slow, reference);
      const t0 = performance.now();
      expect(hasty.recognize(slow, reference)).toBeUndefined();
      expect(performance.now() - t0).toBeLessThan(1000);
      // Its late answer is kept for the next time.
      for (const t1 = performance.now(); hasty.recognize(slow, reference) === undefined && performance.now() - t1 < 20_000; ) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(recognizeDays(slow, '2026-11-23', hasty.recognize)).toEqual(['2026-11-24']);
    } finally {
      await Promise.all([ahead.stop(), hasty.stop()]);
    }
  });

  // The file's worker, ready since the second test (its models compiled once more for this alone took a tenth of the file's time).
  it('answers nothing once stopped', async () => {
    await whenReady(worker);
    expect(recognizeDays('le lendemain', '2026-11-23', worker.recognize)).toEqual(['2026-11-24']);
    await worker.stop();
    expect(worker.ready).toBe(false);
    expect(worker.recognize('le lendemain', new Date('2026-11-23T12:00:00Z'))).toBeUndefined();
  });
});

it('does not keep a process alive while it compiles', async () => {
  const script = `const { RecognizerWorker } = require(${JSON.stringify(path.join(ROOT, 'src', 'nlu', 'recognizerWorker.ts'))}); new RecognizerWorker(); console.log('started');`;
  const child = spawn(process.execPath, ['-r', path.join(ROOT, 'test', 'support', 'tsRegister.js'), '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const t0 = performance.now();
  // A worker that held the process would hold it for ever (it listens for questions once compiled).
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([new Promise<number | null>((resolve) => child.once('exit', resolve)), new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still running after 30 s'), 30_000)))]);
  clearTimeout(timer);
  child.kill('SIGKILL');
  expect(out).toContain('started');
  expect(code).toBe(0);
  console.log(`process with a compiling worker ended after ${(performance.now() - t0).toFixed(0)} ms`);
});
