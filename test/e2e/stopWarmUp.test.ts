/**
 * A bot stopped before its warm-ups are due leaves nothing behind: the learned intent model is not
 * loaded after the stop (a timer left running loaded it once the process, or a test file, was gone).
 */
import * as intentFallback from '../../src/nlu/intentFallback';
import { startApp } from '../../src/index';
import { WARM_UP_DELAY_MS } from '../../src/warmUps';
import { tempConfig } from '../support/harness';

it('does not load the intent model after a stop that came before its warm-up', async () => {
  const load = jest.spyOn(intentFallback, 'intentModel');
  const app = await startApp(tempConfig());
  await app.stop();
  await new Promise((resolve) => setTimeout(resolve, WARM_UP_DELAY_MS + 300));
  expect(load).not.toHaveBeenCalled();
});
