/**
 * Days added to what was just done, with nothing else said: « et le 26 aussi », « le 26 aussi svp »,
 * « pareil le 26 », « what about the 25th too », « and the 25th as well ». Said right after a booking is
 * confirmed, the same booking (same children, same activity) for those days.
 */
import { readDates } from './dates';
import { prepare } from './frenchText';

/** What tells the days are more of the same: « et … », « … aussi », « pareil … », « what about … ». */
const MORE = /^(?:et|and|what about|how about|pareil|idem|meme chose|same)\b|\b(?:aussi|egalement|en plus|pareil|idem|as well)\b/;
/** The words that may stand around such days. */
const AROUND = /\b(?:et|and|what about|how about|aussi|egalement|en plus|pareil|idem|meme chose|same|as well|on|pour|for|svp|stp|s il vous plait|please|merci|thanks|si possible|ok|alors|puis|then|le|la|les|the)\b|[?!,.]/g;

export function saysMoreDays(text: string, today: string): boolean {
  const said = prepare(text);
  if (!MORE.test(said)) return false;
  const reading = readDates(said, { today });
  return reading.dates.length > 0 && reading.unread.replace(AROUND, ' ').trim() === '';
}
