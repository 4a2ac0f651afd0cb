/** Task success in conversation (taskTests.ts): seeing and paying invoices, e-invoices, on both channels. */
import { TASK_RUNS } from './taskRuns';
import { conversationTests } from './taskTests';

conversationTests(TASK_RUNS.invoiceTasks.tables, TASK_RUNS.invoiceTasks.tasks);
