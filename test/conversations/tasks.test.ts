/**
 * Task success in conversation: every table's conversations, on Web Chat and by SMS through the
 * signed webhook, each checked by its outcome in the database. The summary (task × channel →
 * conversations, succeeded, rate, mean turns) is printed at the end.
 */
import { accountConversations } from './account';
import { bookingConversations } from './booking';
import { familyConversations } from './family';
import { infoConversations } from './info';
import { invoiceConversations } from './invoices';
import { markKnown } from './known';
import { requestConversations } from './requests';
import { cases, openBench, runConversation, summary, type Bench, type Result } from './runner';

const ONLY = process.env.CONV_ONLY;
const all = cases(markKnown([...accountConversations, ...bookingConversations, ...familyConversations, ...invoiceConversations, ...requestConversations, ...infoConversations])).filter(([title]) => !ONLY || title.includes(ONLY));

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
