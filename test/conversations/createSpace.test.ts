/** Task success in conversation (taskTests.ts): creating a space, on both channels. */
import { TASK_RUNS } from './taskRuns';
import { conversationTests } from './taskTests';

conversationTests(TASK_RUNS.createSpace.tables, TASK_RUNS.createSpace.tasks);
