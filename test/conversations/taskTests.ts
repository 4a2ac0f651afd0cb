/**
 * Task success in conversation: a table's conversations, on Web Chat and by SMS through the signed
 * webhook, each checked by its outcome in the database. The summary (task × channel → conversations,
 * succeeded, rate, mean turns) is printed at the end.
 *
 * The tables run from several test files, a few tasks each (about 100 to 150 conversations), so that
 * the test workers share them: in one file they were the run's longest file by far (807 conversations),
 * and it ran last, alone in one worker, when jest had no previous durations (see test/support/sequencer.js).
 */
import { markKnown } from './known';
import { cases, openBench, runConversation, summary, type Bench, type Conversation, type Result } from './runner';

const ONLY = process.env.CONV_ONLY;

/** The tests of these conversations, each on its channels; `tasks` are the tasks this file runs (each must have conversations). */
export function conversationTests(tables: readonly Conversation[], tasks: readonly string[]): void {
  const mine = tables.filter((c) => tasks.includes(c.task));
  const missing = tasks.filter((t) => !mine.some((c) => c.task === t));
  if (missing.length) throw new Error(`No conversation for the task(s) ${missing.join(', ')}`);
  const all = cases(markKnown(mine)).filter(([title]) => !ONLY || title.includes(ONLY));

  let bench: Bench;
  const results: Result[] = [];
  beforeAll(async () => {
    bench = await openBench();
  });
  afterAll(async () => {
    console.log(`Conversations: task success per task and channel\n${summary(results)}`);
    await bench?.app.stop();
  });

  it.each(all)('%s', async (_title, conv, channel) => {
    const result = await runConversation(bench, conv, channel);
    results.push(result);
    if (process.env.CONV_SHOW) console.log(`${_title}\n${result.transcript}\n=> ${result.problem ?? 'ok'}`);
    if (conv.knownFailure) {
      if (result.ok) throw new Error(`Marked as a known failure (${conv.knownFailure}) but it now succeeds: remove the mark.\n${result.transcript}`);
      return;
    }
    if (!result.ok) throw new Error(`Not done: ${result.problem}\nTranscript:\n${result.transcript}`);
  });
}
