/** Task success in conversation (taskTests.ts): opening hours, contacts and the guichet unique, on both channels. */
import { TASK_RUNS } from './taskRuns';
import { conversationTests } from './taskTests';

conversationTests(TASK_RUNS.infoTasks.tables, TASK_RUNS.infoTasks.tasks);
