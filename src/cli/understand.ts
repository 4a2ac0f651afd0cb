/**
 * npm run --silent understand -- --today YYYY-MM-DD
 * Reads utterances one per line on stdin; prints one JSON object per line, in the same order:
 * {"intent": "...", "dates": ["YYYY-MM-DD", ...], "activity": "<code>" | null}. Nothing else goes
 * to stdout. A line that cannot be read gives the unknown answer; no line is dropped.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { schoolCalendarPath } from '../config';
import { parisDay } from '../domain/parisTime';
import { makeDay } from '../nlu/calendarMath';
import { holidaysFrom } from '../nlu/schoolCalendar';
import { understand } from '../nlu/understand';

const UNKNOWN = JSON.stringify({ intent: 'unknown', dates: [], activity: null });

export function answerLine(line: string, today: string, holidays: ReturnType<typeof holidaysFrom>): string {
  try {
    const { intent, dates, activity } = understand(line, { today, holidays });
    return JSON.stringify({ intent, dates, activity });
  } catch {
    return UNKNOWN;
  }
}

export async function main(args: string[], input: NodeJS.ReadableStream, output: NodeJS.WritableStream, errors: NodeJS.WritableStream, rootDir: string): Promise<number> {
  let today: string;
  try {
    const { values } = parseArgs({ args, options: { today: { type: 'string' } }, strict: true });
    today = values.today ?? parisDay(new Date());
  } catch (e) {
    errors.write(`${e instanceof Error ? e.message : String(e)}\nUsage: npm run --silent understand -- --today YYYY-MM-DD < utterances.txt\n`);
    return 2;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!m || !makeDay(Number(m[1]), Number(m[2]), Number(m[3]))) {
    errors.write(`--today must be a day written YYYY-MM-DD, for example 2026-11-23 (got "${today}").\n`);
    return 2;
  }
  const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(rootDir), 'utf8')));
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!output.write(`${answerLine(line, today, holidays)}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  }
  return 0;
}

if (require.main === module) {
  void main(process.argv.slice(2), process.stdin, process.stdout, process.stderr, path.resolve(__dirname, '../../..')).then((code) => {
    process.exitCode = code;
  });
}
