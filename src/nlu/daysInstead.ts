/**
 * « non finalement les jeudis », « non plutôt le 12 », « en fait le mardi »: days said instead of those chosen, at a booking's
 * basket or calendar. The intent model may read the « non » as a cancellation; without words that cancel or take out
 * (« annuler », « enlever », « pas », « plus »), it is not one. On prepare()d text.
 */
import { prepare } from './frenchText';
import type { Understanding } from './understand';

/** What opens a change of mind. */
const OPENER = /^(?:(?:non|nan|no|ah|oh|euh|heu|bah|ben|bon|mais|alors|en fait|enfait|finalement|plutot|oups|pardon|attendez|attends)\s+)+/;
/** Words that cancel days or take them out. */
const CANCELS = /\b(?:annul\w*|supprim\w*|enlev\w*|retir\w*|desinscri\w*|decoch\w*|arret\w*|stop\w*|abandon\w*|oubli\w*|laiss\w* tomber|rien|aucune?|absente?s?|malade|pas|plus|sauf|sans|cancel\w*|remove|drop|without|not)\b/;

export function changesDaysOnly(said: string): boolean {
  const opener = OPENER.exec(said)?.[0];
  return opener !== undefined && !CANCELS.test(said.slice(opener.length));
}

/** The answer as read, its cancellation dropped when the days are only said instead (the intent then unknown: the step's own action holds). */
export function readAsDaysInstead(text: string, understood: Understanding): Understanding {
  return understood.intent === 'cancel_booking' && changesDaysOnly(prepare(text)) ? { ...understood, intent: 'unknown' } : understood;
}
