/**
 * The committed model (npm run nlu:train), behind its own module so that intentFallback.ts can load it on first
 * use: a process that never reads free text (a job, the admin CLI) never parses it.
 */
import MODEL from './intentModel.json';
import type { IntentModel } from './intentModel';

export const COMMITTED_MODEL: IntentModel = MODEL;
