/**
 * A request taken back at the end of its own message (« réserver le 15, non en fait annulez tout », « inscrire Léa le 15…
 * en fait non, oubliez »): the words after the last cue of a change of mind (« non en fait », « en fait non »,
 * « finalement », « , non »). On prepare()d text. The caller says whether those words give the request up.
 */
const CUE = /(?:^|\s)(?:(?:(?:ah|oh|bon|euh) )?(?:non|nan) ,? ?(?:en fait|finalement|plutot)|(?:en fait|finalement) ,? ?(?:non|nan)|, (?:non|nan|finalement|en fait))(?=\s|$)/g;

/** The words after the last cue of a change of mind, when something was said before it; undefined without one. */
export function takenBackTail(said: string): string | undefined {
  const cues = [...said.matchAll(CUE)];
  const last = cues.at(-1);
  if (!last || last.index === 0 || !said.slice(0, last.index).trim()) return undefined;
  return said.slice(last.index + last[0].length).trim();
}

/** An activity of ours named (« cantine », « garderie du soir », « étude »). */
const ACTIVITY_NAMED = /\b(?:cantine|garderie|etude|centre|accueil|repas|periscolaire|alsh)\b/;
/** A verb or a need that asks to book (« réserver », « inscrire », « besoin de », « je voudrais »): then « non, annuler » gives it up. */
const BOOKING_ASKED = /\b(?:reserv\w*|inscri\w*|ajout\w*|rajout\w*|mettre|mets|mettez|besoin|veux|voudrais|aimerais|souhaite\w*|book\w*|prendre)\b/;
/** « annuler », « annulez », « à annuler svp »: cancelling, and nothing else (not « annulez tout », « annule ma demande »). */
const CANCEL_ONLY = /^(?:a )?(?:annuler|annulez|annule|annulee?s?|annulation|supprimer|supprimez)(?: (?:svp|stp|merci|s il vous plait|s il te plait))*$/;

/**
 * « cantine demain pour Ibrahim, non, annuler », « garderie jeudi pour Léa : non, annulez svp »: an activity and its day named with no
 * verb of booking, then « non, annuler »: that booking is what to cancel, not the request given up (« réserver la cantine le 15, non,
 * annulez » gives up its own booking).
 */
export function cancelsItemNamed(said: string): boolean {
  const tail = takenBackTail(said);
  if (tail === undefined || !CANCEL_ONLY.test(tail.replace(/^[,;.! ]+/, ''))) return false;
  const before = said.slice(0, said.length - tail.length);
  return ACTIVITY_NAMED.test(before) && !BOOKING_ASKED.test(before);
}
