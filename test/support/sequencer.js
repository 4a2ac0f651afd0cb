/**
 * Jest's order of the test files: jest's own (the files that failed last time first, then the longest
 * by the durations kept in its cache), with the durations of a full run committed in durations.json
 * (scripts/test-durations.js) for the files jest has no duration for. Without a duration jest places a
 * file by its size, the largest first, and CI's cache is always new: files short in lines and long to run
 * (the conversation tables, the process and fuzz tests, the intent model's check over the labelled data,
 * one to five minutes each on a loaded machine) were placed anywhere, and the run could end with one worker
 * finishing such a file while the other had nothing left. Longest first, the short files fill the end.
 * A file missing from durations.json (new since) runs first, by size, as jest places untimed files.
 * The conversation tables (test/conversations) still run first when neither has a duration for them.
 */
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;
const committed = require('./durations.json');

const root = path.resolve(__dirname, '..', '..');
/** Files much longer to run than their size says. */
const LONG = [/[\\/]test[\\/]conversations[\\/][^\\/]+\.test\.ts$/];

class CommittedDurations extends Sequencer {
  time(test) {
    const known = super.time(test);
    if (known != null) return known;
    const seconds = committed[path.relative(root, test.path).split(path.sep).join('/')];
    return seconds == null ? undefined : seconds * 1000;
  }

  sort(tests) {
    const sorted = super.sort(tests);
    const longUntimed = (test) => test.duration == null && LONG.some((re) => re.test(test.path));
    return [...sorted.filter(longUntimed), ...sorted.filter((test) => !longUntimed(test))];
  }
}

module.exports = CommittedDurations;
