/**
 * Jest's order of the test files: jest's own (the files that failed last time first, then the longest
 * by the durations kept in its cache), except that the conversation tables (test/conversations) run
 * first when jest has no duration for them. Without a duration jest places a file by its size, the
 * largest first; those files are a few lines each and run for minutes (hundreds of conversations), so on
 * CI, whose cache is new, they came last and the run ended waiting for them in one worker while the
 * other had finished.
 */
const Sequencer = require('@jest/test-sequencer').default;

/** Files much longer to run than their size says. */
const LONG = [/[\\/]test[\\/]conversations[\\/][^\\/]+\.test\.ts$/];

class LongFilesFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const longUntimed = (test) => test.duration == null && LONG.some((re) => re.test(test.path));
    return [...sorted.filter(longUntimed), ...sorted.filter((test) => !longUntimed(test))];
  }
}

module.exports = LongFilesFirst;
