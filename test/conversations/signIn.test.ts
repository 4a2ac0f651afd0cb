/** Task success in conversation (taskTests.ts): signing in and giving a family key, on both channels. */
import { TASK_RUNS } from './taskRuns';
import { conversationTests } from './taskTests';

conversationTests(TASK_RUNS.signIn.tables, TASK_RUNS.signIn.tasks);
