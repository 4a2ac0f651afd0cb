/**
 * An absence taken back, said as residents say it: « annule l'absence du 12 », « supprimez l'absence de Léa »,
 * « elle ne sera pas absente finalement » (the absence named), or « finalement Léa ira à la cantine lundi », « en fait
 * il mangera », « Hugo sera là lundi finalement », « elle va mieux » (the child goes after all). Read on prepare()d text.
 */

/** « annule l'absence », « oubliez l'absence », « elle ne sera plus absente »: the absence itself named and taken back. */
const UNDO_ABSENCE = /\b(?:annul\w*|retir\w*|supprim\w*|enlev\w*|efface\w*|oubli\w*)\b.{0,20}\babsences?\b|\b(?:sera|seront|est|sont) (?:finalement )?(?:plus|pas) absente?s?\b/;
/** What turns a sentence into a change of mind: opening it (« non », « finalement », « bon »…), or said anywhere (« … finalement »). */
const OPENING = /^(?:(?:non|nan|en fait|finalement|bon|ah|oh|oups|pardon|ben|bah|mais)\b[ ,.!]*)+/;
const ANYWHERE = /\b(?:finalement|en fait|au final|tout compte fait|apres tout)\b/;
/** Better again: the child goes, with no other word needed. */
const WELL_AGAIN = /\b(?:va mieux|vont mieux|(?:est|sont) gueri(?:e|s|es)?|(?:n est|ne sont) (?:plus|pas) malades?)\b/;
/** The child (a pronoun, « les deux », or a first name of the family) goes, eats, is there. */
const goes = (names: readonly string[]): RegExp =>
  new RegExp(`\\b(?:il|elle|ils|elles|les (?:deux|2)|tous les (?:deux|2)${names.map((n) => `|${n}`).join('')}) (?:y )?(?:ira|iront|va|vont|mangera|mangeront|sera la|seront la|sera presente?|seront presente?s|viendra|viendront|pourra venir|pourront venir)\\b|(?:^|\\b(?:finalement|en fait|non|mais|et) )si\\b`);

/** Whether the sentence can take an absence back at all, before the family's names are read (most turns cannot). */
export const mayTakeBack = (said: string): boolean => UNDO_ABSENCE.test(said) || WELL_AGAIN.test(said) || OPENING.test(said) || ANYWHERE.test(said);

/** How the absence is taken back: named (« annule l'absence »), or the child goes after all; undefined when it is not. */
export function absenceTakenBack(said: string, names: readonly string[] = []): 'named' | 'goes' | undefined {
  if (UNDO_ABSENCE.test(said)) return 'named';
  if (WELL_AGAIN.test(said)) return 'goes';
  const folded = names.map((n) => n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]+/g, ' ').trim()).filter(Boolean);
  return (OPENING.test(said) || ANYWHERE.test(said)) && goes(folded).test(said) ? 'goes' : undefined;
}
