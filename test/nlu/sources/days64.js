/* Day arithmetic for held-out sets 64 and 65 (written blind, branch blind64). Every expected day of those sets is
 * computed here from the row's `today`, never by hand and never by the recognizer. Dates are ISO strings in UTC. */
'use strict';

const fs = require('fs');
const path = require('path');

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

function parse(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
function iso(date) {
  return date.toISOString().slice(0, 10);
}
function add(isoDay, n) {
  const d = parse(isoDay);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}
function dow(isoDay) {
  return parse(isoDay).getUTCDay();
}
function wdIndex(name) {
  const i = WEEKDAYS.indexOf(name);
  if (i < 0) throw new Error(`unknown weekday ${name}`);
  return i;
}
/** A day given with its weekday: throws when the weekday is not that day's (the texts name both). */
function on(isoDay, weekday) {
  if (WEEKDAYS[dow(isoDay)] !== weekday) throw new Error(`${isoDay} is a ${WEEKDAYS[dow(isoDay)]}, not a ${weekday}`);
  return isoDay;
}
/** The next day named `weekday` strictly after today (a weekday said alone means the coming one). */
function next(today, weekday) {
  const want = wdIndex(weekday);
  if (dow(today) === want) throw new Error(`ambiguous: today ${today} is already a ${weekday}`);
  for (let i = 1; i <= 7; i++) if (dow(add(today, i)) === want) return add(today, i);
  throw new Error('unreachable');
}
/** The weekday of next week (Monday to Sunday after this week). */
function nextWeekDay(today, weekday) {
  const monday = add(mondayOf(today), 7);
  return add(monday, (wdIndex(weekday) + 6) % 7);
}
function mondayOf(isoDay) {
  return add(isoDay, -((dow(isoDay) + 6) % 7));
}
/** Every calendar day from a to b, both included. */
function range(a, b) {
  if (a > b) throw new Error(`empty range ${a}..${b}`);
  const out = [];
  for (let d = a; d <= b; d = add(d, 1)) out.push(d);
  return out;
}
function weekOf(isoDay) {
  const m = mondayOf(isoDay);
  return range(m, add(m, 6));
}
function nextWeek(today) {
  return weekOf(add(mondayOf(today), 7));
}
function month(y, m) {
  const first = `${y}-${String(m).padStart(2, '0')}-01`;
  const last = iso(new Date(Date.UTC(y, m, 0)));
  return range(first, last);
}
/** Days of `days` whose weekday is one of `weekdays`. */
function only(days, ...weekdays) {
  const want = weekdays.map(wdIndex);
  return days.filter((d) => want.includes(dow(d)));
}
function after(days, today) {
  return days.filter((d) => d > today);
}
function except(days, ...out) {
  const flat = out.flat();
  for (const d of flat) if (!days.includes(d)) throw new Error(`except ${d}: not in the set`);
  return days.filter((d) => !flat.includes(d));
}

const calendar = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../db/reference/school-calendars/zone-c.json'), 'utf8'));
/** Every calendar day of school holidays `name` (as in db/reference) of the school year starting in `startYear`. */
function holidays(name, startYear) {
  const years = calendar.years || calendar;
  const year = years.find((y) => (y.schoolYear || '').startsWith(String(startYear)));
  if (!year) throw new Error(`no school year ${startYear}`);
  const h = year.holidays.find((x) => x.name === name);
  if (!h) throw new Error(`no holidays ${name} in ${startYear}`);
  return range(h.from, add(h.resume, -1));
}
function firstHolidayDay(name, startYear) {
  return holidays(name, startYear)[0];
}

function sorted(days) {
  return [...new Set(days.flat())].sort();
}

module.exports = {
  WEEKDAYS, add, dow, on, next, nextWeekDay, mondayOf, range, weekOf, nextWeek, month, only, after, except,
  holidays, firstHolidayDay, sorted,
};
