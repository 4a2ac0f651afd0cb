/** Task success in conversation (taskTests.ts): cancelling days and reporting an absence, on both channels. */
import { TASK_RUNS } from './taskRuns';
import { conversationTests } from './taskTests';

conversationTests(TASK_RUNS.cancelDays.tables, TASK_RUNS.cancelDays.tasks);
