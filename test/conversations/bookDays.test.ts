/** Task success in conversation (taskTests.ts): booking days, on both channels. */
import { TASK_RUNS } from './taskRuns';
import { conversationTests } from './taskTests';

conversationTests(TASK_RUNS.bookDays.tables, TASK_RUNS.bookDays.tasks);
