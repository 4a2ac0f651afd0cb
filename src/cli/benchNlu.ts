/**
 * npm run bench:nlu — time per utterance of understand() against raw recognizers-text
 * (recognizeDateTime, French) on the same utterances of test/nlu/corpus.jsonl, in the same run,
 * both after warm-up, and understand() without the learned intent model (the rules alone). Prints median, 95th
 * percentile and mean in milliseconds, and how long the model takes to be made ready.
 */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../config';
import { performance } from 'node:perf_hooks';
import { recognizeDateTime } from '@microsoft/recognizers-text-date-time';
import { holidaysFrom } from '../nlu/schoolCalendar';
import { parseCorpus } from '../nlu/score';
import { understand } from '../nlu/understand';
import { warmUp } from '../nlu/recognizerFallback';
import { intentModel } from '../nlu/intentFallback';
import { percentile } from './stats';


const ROUNDS = 5;
const root = path.resolve(__dirname, '../../..');
const corpus = parseCorpus(fs.readFileSync(path.join(root, 'test', 'nlu', 'corpus.jsonl'), 'utf8'));
const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(root), 'utf8')));

/** Per utterance, the median of ROUNDS runs, in milliseconds. */
function measure(run: (text: string, today: string) => unknown): number[] {
  return corpus.map((u) => {
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const start = performance.now();
      run(u.text, u.today);
      times.push(performance.now() - start);
    }
    return percentile(times, 50);
  });
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
const ms = (v: number) => v.toFixed(3).padStart(9);

const warmStart = performance.now();
warmUp();
const warmMs = performance.now() - warmStart;
const modelStart = performance.now();
intentModel();
const modelMs = performance.now() - modelStart;
const ours = (text: string, today: string) => understand(text, { today, holidays });
const rulesOnly = (text: string, today: string) => understand(text, { today, holidays, model: false });
const raw = (text: string, today: string) => recognizeDateTime(text, 'fr-fr', undefined, new Date(`${today}T12:00:00Z`));
for (const u of corpus) {
  ours(u.text, u.today);
  raw(u.text, u.today);
}
const results: Array<[string, number[]]> = [
  ['understand()', measure(ours)],
  ['recognizers-text (raw)', measure(raw)],
  ['understand() rules only', measure(rulesOnly)],
];
process.stdout.write(`${corpus.length} utterances, ${ROUNDS} rounds each, after warm-up (recognizer warm-up took ${warmMs.toFixed(0)} ms, intent model ready in ${modelMs.toFixed(1)} ms)\n`);
process.stdout.write(`${'ms per utterance'.padEnd(24)}   median       p95      mean\n`);
for (const [name, times] of results) {
  process.stdout.write(`${name.padEnd(24)}${ms(percentile(times, 50))}${ms(percentile(times, 95))}${ms(mean(times))}\n`);
}
const [oursTimes, rawTimes] = [results[0]?.[1] ?? [], results[1]?.[1] ?? []];
process.stdout.write(`median ratio: understand() takes ${((100 * percentile(oursTimes, 50)) / percentile(rawTimes, 50)).toFixed(1)} % of the raw recognizer's time\n`);
