/**
 * npm run nlu:score [-- FILE]  — prints intent, date (exact set) and activity accuracy of
 * understand() on a labelled set (default test/nlu/corpus.jsonl), then every line that differs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../config';
import { holidaysFrom } from '../nlu/schoolCalendar';
import { parseCorpus, percent, score } from '../nlu/score';


const root = path.resolve(__dirname, '../../..');
const file = process.argv[2] ?? path.join(root, 'test', 'nlu', 'corpus.jsonl');
const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(root), 'utf8')));
const s = score(parseCorpus(fs.readFileSync(file, 'utf8')), holidays);
const short = (v: unknown) => {
  const text = JSON.stringify(v);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
};
for (const m of s.misses) process.stdout.write(`line ${m.line} ${m.field}: « ${m.text.slice(0, 80)} » expected ${short(m.expected)} got ${short(m.got)}\n`);
process.stdout.write(`\n${path.relative(root, file)}: ${s.total} utterances\n`);
process.stdout.write(`intent   ${percent(s.intent, s.total)} (${s.intent}/${s.total})\n`);
process.stdout.write(`dates    ${percent(s.dates, s.total)} (${s.dates}/${s.total}) exact set\n`);
process.stdout.write(`activity ${percent(s.activity, s.total)} (${s.activity}/${s.total})\n`);
process.stdout.write(`false dates: ${s.falseDates} utterance(s) given a day not meant\n`);
