#!/usr/bin/env node
/**
 * node scripts/check-nlu-set.js test/nlu/heldoutN.jsonl … — checks the labels of an evaluation set without
 * running the recognizer: every row has its fields, every date is a valid ISO day (sorted, no repeat), no text
 * is repeated, and a weekday written next to a day number (« lundi 14 », « Monday 14 June ») is that weekday
 * for the row's `today` (the month, and year, named after it or the month just before it, else the next such
 * day from `today`).
 * Exits 1 on any error.
 */
const fs = require('node:fs');

const WEEKDAYS = {
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 0,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 0,
};
const MONTHS = {
  janvier: 1, janv: 1, fevrier: 2, février: 2, fev: 2, fév: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
  juillet: 7, juil: 7, aout: 8, août: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
  decembre: 12, décembre: 12, dec: 12, déc: 12, january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
  july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};
const NUMBERS = {
  '1er': 1, premier: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
};
const FIELDS = ['text', 'today', 'intent', 'dates'];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

const utc = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const validIso = (s) => ISO.test(s) && utc(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8)).toISOString().slice(0, 10) === s;
const words = (s) => s.match(/[a-zéûè]+/g) ?? [];

/** The day `day` of `month` (the one not more than 120 days back), or the next day `day` from today. */
function resolve(today, day, month) {
  const [y, m, d] = [today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()];
  if (month) {
    const date = utc(y, month, day);
    return date < new Date(today.getTime() - 120 * 864e5) ? utc(y + 1, month, day) : date;
  }
  return d > day ? utc(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, day) : utc(y, m, day);
}

function monthNear(text, start, end) {
  const after = words(text.slice(end, end + 50)).find((w) => w in MONTHS);
  if (after) return MONTHS[after];
  const before = words(text.slice(Math.max(0, start - 80), start)).reverse().find((w) => w in MONTHS && w !== 'mar');
  return before ? MONTHS[before] : undefined;
}

const pattern = new RegExp(`\\b(${Object.keys(WEEKDAYS).join('|')})\\s+(\\d{1,2}|${Object.keys(NUMBERS).join('|')})(?![\\w-])`, 'g');
let errors = 0;
const seen = new Set();
const fail = (where, message) => { errors += 1; console.log(`${where}: ${message}`); };

for (const file of process.argv.slice(2)) {
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${file}:${index + 1}`;
    const row = JSON.parse(line);
    for (const field of FIELDS) if (!(field in row)) fail(where, `no ${field}`);
    if (!validIso(row.today)) return fail(where, `bad today ${row.today}`);
    for (const date of row.dates) if (!validIso(date)) fail(where, `bad date ${date}`);
    if (row.dates.join() !== [...new Set(row.dates)].sort().join()) fail(where, 'dates not sorted or repeated');
    if (seen.has(row.text)) fail(where, 'text repeated');
    seen.add(row.text);
    const text = row.text.toLowerCase();
    const today = utc(+row.today.slice(0, 4), +row.today.slice(5, 7), +row.today.slice(8));
    for (const match of text.matchAll(pattern)) {
      const day = NUMBERS[match[2]] ?? Number(match[2]);
      const near = monthNear(text, match.index, match.index + match[0].length);
      const year = text.slice(match.index + match[0].length, match.index + match[0].length + 20).match(/^\s*(?:er\s+)?[a-zéû]+\s+(\d{4})\b/);
      let date = year && near ? utc(Number(year[1]), near, day) : resolve(today, day, near);
      if (date.getUTCDay() !== WEEKDAYS[match[1]] && near) date = resolve(today, day, undefined);
      if (date.getUTCDate() !== day) fail(where, `no such day: ${match[0]}`);
      else if (date.getUTCDay() !== WEEKDAYS[match[1]]) {
        fail(where, `« ${match[0]} » is not a ${match[1]} (${date.toISOString().slice(0, 10)})`);
      }
    }
  });
}
console.log(`${seen.size} rows, ${errors} errors`);
process.exit(errors ? 1 : 0);
