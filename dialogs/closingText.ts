/**
 * The answer to a closing: « je vous en prie » to thanks, « au revoir » to a goodbye (both to both), and a wish
 * for the part of the day in Paris (« bonne journée », « bonne soirée », « bonne nuit »).
 */
import { parisMoment } from '../src/domain/parisTime';
import type { Translate } from '../src/i18n';
import { closingSays } from '../src/nlu/closing';
import { recognizeYesNo } from '../src/nlu/yesNo';

/** The part of the day a wish is for: the day until 18:00, the evening until midnight, the night until 5:00. */
export function wishPart(at: Date): 'day' | 'evening' | 'night' {
  const hour = Math.floor(parisMoment(at).minutes / 60);
  return hour < 5 ? 'night' : hour < 18 ? 'day' : 'evening';
}

export function closingText(t: Translate, text: string | undefined, at: Date): string {
  const says = closingSays(text);
  // A bare « non » to « Puis-je faire autre chose pour vous ? »: « D'accord. », not « je vous en prie ».
  const no = !says.thanks && !says.goodbye && recognizeYesNo(text ?? '')?.answer === 'no';
  const lines = no ? [t('commands.abortAtMenu')] : [...(says.thanks || !says.goodbye ? [t('menu.closing.welcome')] : []), ...(says.goodbye ? [t('menu.closing.goodbye')] : [])];
  return [...lines, t(`menu.closing.${wishPart(at)}`), t('menu.closing.writeAgain')].join(' ');
}
