/**
 * The welcome's first words as at the guichet: « Bonsoir » in the evening (from 18 h, Paris time, until 5 h) or when the
 * resident says it first (« bonsoir », « bsr »), « Bonjour » otherwise; with the name the channel vouches for.
 */
import type { Translate } from '../src/i18n';
import { parisMoment } from '../src/domain/parisTime';

const EVENING_FROM = 18 * 60;
const MORNING_FROM = 5 * 60;
const SAYS_EVENING = /^\W*(?:bonsoir|bsr|bonne soir[ée]e|good evening)\b/i;

/** Whether it is evening in Paris (from 18 h until 5 h). */
export const evening = (at: Date): boolean => {
  const { minutes } = parisMoment(at);
  return minutes >= EVENING_FROM || minutes < MORNING_FROM;
};

export function helloWords(t: Translate, at: Date, said: string | undefined, name: string | undefined): string {
  const late = evening(at) || SAYS_EVENING.test(said ?? '');
  if (name) return t(late ? 'welcome.helloNameEvening' : 'welcome.helloName', { name });
  return t(late ? 'welcome.helloEvening' : 'welcome.hello');
}
