/**
 * A stop said with words around it at a task's question (« en fait non laisse tomber », « oublie en fait »):
 * the task stops as with « annuler ». Not when the words answer the question: one of the options shown, or
 * « non », « rien » where a question takes « none » for an answer (src/nlu/noneAnswer.ts).
 */
import { namesAnOption, recognizeChoice } from '../src/nlu/choice';
import { prepare } from '../src/nlu/frenchText';
import { detectIntent, takesBack } from '../src/nlu/intents';
import { saysHasNone } from '../src/nlu/noneAnswer';
import { detectCommand } from '../src/nlu/commands';
import type { ChoiceOption } from './choicePrompt';

/** The words that make a stop clear: not a bare « non », « plus » or « fin » (« en fait non » may correct an answer). */
const CLEAR = /\b(?:laiss\w* (?:tout )?tomber|tout laisser tomber|oubli\w*|tant pis|annul\w*|arret\w*|stop\w*|abandon\w*|renon\w*|la peine|inutile|quitter|cancel|never ?mind|(?:veux|veut|voulons) (?:plus|rien)|(?:plus|pas) continuer)\b/;

/** In a booking, « annuler » words are its own business (« tout annuler », « annule le 11 »): days to cancel, not a stop. */
const BOOKING_CANCELS = /\bannul\w*\b/;

export function saysStop(text: string, options: readonly ChoiceOption[], booking = false): boolean {
  const said = prepare(text);
  if (detectIntent(said) !== 'abort' || !CLEAR.test(said) || saysHasNone(text)) return false;
  // « réserver le 15, non en fait annulez tout »: the request given up at the end of its message, a stop.
  if (booking && BOOKING_CANCELS.test(said) && !takesBack(said) && !/\b(?:laiss\w* (?:tout )?tomber|oubli\w*|tant pis|abandon\w*|stop\w*|arret\w*)\b/.test(said)) return false;
  return !namesAnOption(text, options) && recognizeChoice(text, options, true) === undefined;
}

/** « annuler » or a stop said with words around it, where the question itself reads it (questionAsked.ts, takesStop). */
export const saysStopHere = (text: string): boolean => detectCommand(text) === 'cancel' || saysStop(text, []);

/**
 * A paper promised for later (« plus tard », « je l'envoie demain », « pas encore », « je ne l'ai pas sous la main »),
 * on normalize()d text: the step that asks for it ends, the rest is kept.
 */
const LATER = /^(?:non|sans|aucun|pas maintenant|pas de certificat|je n en ai pas)$|\b(?:plus tard|tout a l heure|demain|apres demain|ce soir|cet apres midi|la semaine prochaine|une autre fois|dans (?:la journee|la semaine|un moment|quelques jours)|pas (?:encore|maintenant|tout de suite|sous la main|avec moi|sur moi)|je ne l ai pas|je l ai pas|later|tomorrow)\b/;
export const saysLater = (said: string): boolean => LATER.test(said);
