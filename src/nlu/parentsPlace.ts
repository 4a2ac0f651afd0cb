/**
 * A place said at the parents' question of a civil-status act instead of their names: « Paris », « Maroc » (a big city, a
 * country: placeNames.ts, or a town the bot knows), « ma mère est née à Paris », « mes parents sont originaires du Maroc »,
 * « my mother was born in Lyon ». The form asks the parents' names, not where they were born: asked again, saying so. Names
 * said beside a place (« Jean Dupont et Anne Martin, née à Lyon ») are names: kept as typed.
 */
import { isKnownPlace } from '../domain/placeNames';
import { fold } from './yesNo';
import { namesATown } from './parentsTown';

/** « est née à », « sont nés au », « originaire de », « vient du », « was born in », « from »: the place that follows. */
const PLACE_CLAUSE =
  /\b(?:(?:est|sont|etait|etaient|a ete|ont ete|was|were|is|are)\s+)?(?:nee?s?|originaires?|venue?s?|vient|viennent|venait|venaient|habite|habitent|habitait|vit|vivent|born|from|lives?|lived)\s+(?:(?:a|au|aux|en|de|du|des|d|dans|in|at|from)\s+)?(?:la\s+|le\s+|l\s+|les\s+|the\s+)?([a-z][a-z -]{1,40})$/;
/** Who the answer is about, and the words that join: no names among them. */
const WHO_WORDS = new Set(['ma', 'mon', 'mes', 'sa', 'son', 'ses', 'leur', 'leurs', 'notre', 'nos', 'la', 'le', 'les', 'my', 'his', 'her', 'their', 'the', 'mere', 'maman', 'pere', 'papa', 'parents', 'parent', 'mother', 'mum', 'mom', 'father', 'dad', 'et', 'and', 'tous', 'toutes', 'deux', 'both', 'elle', 'il', 'ils', 'elles', 'she', 'he', 'they', 'eux']);

/** Whether a parents' answer says a place and no names. */
export function onlyAPlaceForParents(text: string, towns: readonly string[]): boolean {
  const said = fold(text.replace(/['’-]/g, ' ')).replace(/[.,;:!?]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!said) return false;
  // A town known, or words of one (« Poissy », « Carrières » of Carrières-sous-Poissy).
  const knownTown = (words: string) => isKnownPlace(words) || namesATown(words, towns);
  // « Paris », « à Paris », « Yvelines »: a place alone.
  const alone = said.replace(/^(?:a|au|aux|en|in)\s+/, '');
  if (knownTown(alone)) return true;
  const clause = PLACE_CLAUSE.exec(said);
  if (!clause) return false;
  const rest = said.slice(0, clause.index).split(' ').filter((w) => w && !WHO_WORDS.has(w));
  return rest.length === 0;
}
