/**
 * A day in a farewell or a wish is no day asked: « D'accord. Merci. À lundi. », « ok merci à demain », « bonne journée, à
 * jeudi ! », « see you on Monday », « thanks, see you tomorrow », « bon mercredi à vous », « have a nice Tuesday ».
 * Works on prepare()d text (English weekdays already French): the farewell at the end of the message, after thanks or
 * alone, or the wish anywhere, is taken out before the days are read.
 */
const DAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|tomorrow)';
const THANKS = '(?:^|\\b(?:merci(?: beaucoup| bien| encore)?|thanks?(?: you)?|d accord|ok|okay|parfait|super|cordialement|au revoir|bonne (?:journee|soiree)|bye)(?: ,)?) ';
const FAREWELL = new RegExp(`${THANKS}(?:et )?(?:a|see you(?: on)?) ${DAY}(?: prochain| matin| soir)?(?: ,? ?(?:merci|bonne (?:journee|soiree)|bye))?$`);
const WISH = new RegExp(`\\b(?:(?:je vous souhaite )?(?:un )?(?:tres )?bon|have a (?:nice|good|great)) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: a (?:vous|tous|toutes))?\\b`, 'g');

/** The prepared text without its farewell (« merci à lundi ») and its wishes (« bon mercredi à vous »). */
export function withoutSignOffs(prepared: string): string {
  return prepared.replace(FAREWELL, (m) => m.replace(new RegExp(`(?:a|see you(?: on)?) ${DAY}.*$`), '')).replace(WISH, '').replace(/ {2,}/g, ' ').trim();
}
