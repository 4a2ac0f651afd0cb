/** Day arithmetic for writing held-out sets by hand: every `dates` field is computed here from the row's today. */
const P = (s) => new Date(Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)));
const F = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => F(new Date(P(s).getTime() + n * 864e5));
const wd = (s) => P(s).getUTCDay();
const W = { lun: 1, mar: 2, mer: 3, jeu: 4, ven: 5, sam: 6, dim: 0 };
const w = (x) => (typeof x === 'number' ? x : W[x]);
/** The first day after today that is weekday x. */
const next = (t, x) => { let d = add(t, 1); while (wd(d) !== w(x)) d = add(d, 1); return d; };
/** Monday of the week of s. */
const monday = (s) => add(s, -((wd(s) + 6) % 7));
/** Weekday x of the week of s (Monday-based). */
const inWeek = (s, x) => add(monday(s), (w(x) + 6) % 7);
/** Weekday x of next week. */
const nextWeek = (t, x) => inWeek(add(monday(t), 7), x);
/** Every day from a to b. */
const range = (a, b) => { const out = []; for (let d = a; d <= b; d = add(d, 1)) out.push(d); return out; };
/** Every day from a to b that is one of the weekdays xs. */
const every = (xs, a, b) => range(a, b).filter((d) => xs.map(w).includes(wd(d)));
/** Monday to Sunday of the week of s. */
const week = (s) => range(monday(s), add(monday(s), 6));
/** The day n of the month: this month if not past, else next month (as scripts/check-nlu-set.js reads it). */
const dn = (t, n) => {
  const [y, m, d] = [+t.slice(0, 4), +t.slice(5, 7), +t.slice(8, 10)];
  const [yy, mm] = d > n ? (m === 12 ? [y + 1, 1] : [y, m + 1]) : [y, m];
  return `${yy}-${String(mm).padStart(2, '0')}-${String(n).padStart(2, '0')}`;
};
/** Day d of month m in the school year 2026-2027 (September-December 2026, January-August 2027). */
const md = (m, d) => `${m >= 8 ? 2026 : 2027}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const without = (days, ...out) => days.filter((d) => !out.includes(d));
const sorted = (days) => [...new Set(days)].sort();

/** Zone C school holidays 2026-2027 (../shared/data/school-calendar-zone-c.json): first day, last day. */
const HOLIDAYS = {
  toussaint: ['2026-10-17', '2026-11-01'], noel: ['2026-12-19', '2027-01-03'], hiver: ['2027-02-06', '2027-02-21'],
  printemps: ['2027-04-03', '2027-04-18'], ascension: ['2027-05-07', '2027-05-09'], ete: ['2027-07-03', '2027-08-31'],
};
/** Public holidays of the school year (Easter 28 March 2027). */
const PUBLIC = ['2026-11-01', '2026-11-11', '2026-12-25', '2027-01-01', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-08', '2027-05-17', '2027-07-14'];
/** The last day before the next school holidays after t. */
const beforeHolidays = (t) => add(Object.values(HOLIDAYS).map(([a]) => a).filter((a) => a > t).sort()[0], -1);

const WEEK = ['dim', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam'];
function write(file, rows) {
  const fs = require('node:fs');
  const out = rows.map(([style, today, intent, activity, text, dates]) => {
    const d = typeof dates === 'function' ? dates(today) : (dates ?? []);
    const ds = sorted(Array.isArray(d) ? d : [d]);
    return JSON.stringify({ text, today, intent, dates: ds, activity, style });
  });
  fs.writeFileSync(file, `${out.join('\n')}\n`);
  return out.length;
}
module.exports = { P, F, add, wd, next, monday, inWeek, nextWeek, range, every, week, dn, md, without, sorted, HOLIDAYS, PUBLIC, beforeHolidays, WEEK, write };
