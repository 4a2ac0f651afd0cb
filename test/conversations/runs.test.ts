/** Every conversation of every table runs in one of the task files (a task named in no file would be silently skipped). */
import { ALL_TABLES, TASK_RUNS } from './taskRuns';

test('every conversation of the tables is run by a task file, once', () => {
  const runs = Object.values(TASK_RUNS);
  const notRun = ALL_TABLES.filter((c) => runs.filter((r) => r.tables.includes(c) && r.tasks.includes(c.task)).length !== 1);
  expect(notRun.map((c) => `${c.task}: ${c.name}`)).toEqual([]);
  expect(ALL_TABLES.length).toBeGreaterThan(100);
});
