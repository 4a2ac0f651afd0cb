/**
 * When the talk stops, said with its moment: « on en reste là pour aujourd'hui », « je vais arrêter pour ce soir »,
 * « restons-en là pour le moment », « ça suffit pour aujourd'hui »: a stop, and its « aujourd'hui » no day asked.
 * Read on prepared text; its own module, importing nothing: the intents and the date reader both read it.
 */
const VERB = '(?:(?:je|j|on|nous) (?:vais |va |allons )?)?(?:(?:m |s |nous )?(?:arreter|arrete|arretons)|stop|stopper|finir|terminer|en (?:rester|reste|restons)|restons en|(?:ca )?suffit|c est (?:tout|assez|fini))';

/** The stop and its moment (« en reste là pour aujourd'hui »): the words to set aside when reading days. */
export const STOP_FOR_NOW = new RegExp(`\\b${VERB}(?: la| ici)? pour (?:aujourd hui|ce soir|ce matin|cette fois|le moment|l instant|maintenant)\\b`);

/** What is left of a message once what does not change a stop is taken away, when it says nothing else (« on en reste là pour aujourd'hui »). */
export const STOP_FOR_NOW_ALONE = new RegExp(`^${STOP_FOR_NOW.source}$`);

/**
 * A stop said with a return (« laisse tomber je verrai plus tard », « j'arrête, je reviendrai demain », « on verra une autre fois »):
 * the task is put aside for « reprendre », not thrown away.
 */
const LATER = /\b(?:plus tard|une autre fois|tout a l heure|(?:je|j|on) (?:reviendrai|reviendra|revien|reviens|repasserai|repassera|finirai|finira|continuerai|continuera|reprendrai|reprendra|verrai|verra)\b|later|another time|come back)\b/;

export const saysLater = (prepared: string): boolean => LATER.test(prepared);

/** The same return said alone, a stop or not before it (« j'arrête je reviendrai demain », « je reviens plus tard », « on verra demain »). */
const RETURN = '(?:je|j|on) (?:reviendrai|reviendra|revien|reviens|repasserai|repassera|repasse|finirai|finira|continuerai|continuera|reprendrai|reprendra|verrai|verra)(?: ca)?';
const WHEN = '(?:plus tard|une autre fois|tout a l heure|demain|apres demain|ce soir|cet apres midi|la semaine prochaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const LATER_ALONE = new RegExp(`^(?:(?:ok|bon|bah|ben|bon ben|bon bah|d accord|merci) )*(?:(?:je|j|on) (?:m )?(?:arrete|arretes|stoppe)(?: la| ici)? (?:et )?)?${RETURN}(?: ${WHEN})?(?: merci)?$`);

/** A stop with a return (saysLater), or the return said alone: the task put aside for « reprendre ». */
export const saysReturnLater = (prepared: string, stop: boolean): boolean => (stop && saysLater(prepared)) || LATER_ALONE.test(prepared);
