/**
 * A bot stopped before its warm-ups are done leaves nothing behind: the learned intent model is not
 * loaded after the stop (a timer left running loaded it once the process, or a test file, was gone).
 * A bot left running has understanding warm without any turn: the model is loaded. A message that
 * comes meanwhile waits for the warm-up without holding the event loop (warm()), and never for ever.
 */
import * as intentFallback from '../../src/nlu/intentFallback';
import { startApp } from '../../src/index';
import { createLogger } from '../../src/logger';
import { WARM_UP_DELAY_MS, warmUps } from '../../src/warmUps';
import { tempConfig } from '../support/harness';

afterEach(() => jest.restoreAllMocks());

it('does not load the intent model after a stop that came before its warm-up', async () => {
  const load = jest.spyOn(intentFallback, 'intentModel');
  const app = await startApp(tempConfig());
  await app.stop();
  const atStop = load.mock.calls.length;
  await new Promise((resolve) => setTimeout(resolve, WARM_UP_DELAY_MS + 300));
  expect(load.mock.calls.length).toBe(atStop);
});

it('warms understanding after listening, with no turn: the intent model is loaded', async () => {
  const load = jest.spyOn(intentFallback, 'intentModel');
  const app = await startApp(tempConfig());
  try {
    // Well before the date recognizer's delay: at once, not with it.
    for (let i = 0; i < 30 && load.mock.calls.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(load).toHaveBeenCalled();
  } finally {
    await app.stop();
  }
});

describe('waiting for understanding to be warm', () => {
  it('resolves at once before the warm-up is started, once its steps are done after, and at a stop', async () => {
    const load = jest.spyOn(intentFallback, 'intentModel');
    const before = warmUps(createLogger('silent'));
    await before.warm();
    expect(load).not.toHaveBeenCalled();

    const started = warmUps(createLogger('silent'));
    // The date recognizer's worker far later: only understanding's steps here.
    started.startLater(600_000);
    await started.warm();
    // Its steps are done: the intent model (one of them) is loaded.
    expect(load).toHaveBeenCalled();
    await started.stop();

    const stopped = warmUps(createLogger('silent'));
    stopped.startLater(600_000);
    await stopped.stop();
    await stopped.warm();
  });
});
