/**
 * The committed model (npm run nlu:train), behind its own module so that intentFallback.ts can load it on first
 * use: a process that never reads free text (a job, the admin CLI) never parses it. The counts' file is not named
 * after intentModel.ts: Node resolves « ./intentModel » to a .json before a .ts (the bot run from its sources).
 */
import MODEL from './intentCounts.json';
import type { IntentModel } from './intentModel';

export const COMMITTED_MODEL: IntentModel = MODEL;
