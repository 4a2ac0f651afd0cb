/** Task success in conversation (taskTests.ts): civil-status acts, other démarches and following a request, on both channels. */
import { TASK_RUNS } from './taskRuns';
import { conversationTests } from './taskTests';

conversationTests(TASK_RUNS.requestTasks.tables, TASK_RUNS.requestTasks.tasks);
