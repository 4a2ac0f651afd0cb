/** The labelled set: understand() must keep at least 95 % on intents and on exact date sets. */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';

import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { INTENTS } from '../../src/nlu/intents';
import { parseCorpus, score } from '../../src/nlu/score';

const ROOT = path.resolve(__dirname, '../..');
const corpus = parseCorpus(fs.readFileSync(path.join(__dirname, 'corpus.jsonl'), 'utf8'));
const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(ROOT), 'utf8')));

describe('the labelled set', () => {
  it('has at least 250 utterances and covers every intent', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(250);
    const covered = new Set(corpus.map((u) => u.intent));
    expect(INTENTS.filter((i) => !covered.has(i))).toEqual([]);
  });

  it('scores at least 95 % on intents, dates (exact set) and activities', () => {
    const s = score(corpus, holidays);
    const report = s.misses.map((m) => `${m.line} ${m.field}: ${m.text} → ${JSON.stringify(m.got)} (expected ${JSON.stringify(m.expected)})`).join('\n');
    expect({ intent: s.intent / s.total >= 0.95, dates: s.dates / s.total >= 0.95, activity: s.activity / s.total >= 0.95, report }).toMatchObject({
      intent: true,
      dates: true,
      activity: true,
    });
  });
});
