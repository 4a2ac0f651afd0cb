/**
 * Whether an answer to « Quels sont les noms et prénoms de ses parents ? » cannot be two parents' names: a town the bot
 * knows (a commune served, the event's place just given, a word of one, « à Poissy »), or a single word (« Poissy »,
 * « Martin »). Such an answer is asked again with a hint; « inconnu » and « je sais pas » are read before.
 */
import { normalize } from '../domain/text';
import { placeName } from './placeAnswer';

export function notParentsNames(text: string, towns: readonly string[]): boolean {
  const said = normalize(placeName(text));
  return said.split(' ').filter(Boolean).length < 2 || namesATown(said, towns);
}

/** Whether normalized words are a town the bot knows, or words of one (« carrieres » of Carrières-sous-Poissy). */
export function namesATown(said: string, towns: readonly string[]): boolean {
  const words = said.split(' ').filter(Boolean);
  return towns.some((town) => {
    const name = normalize(town);
    const known = new Set(name.split(' '));
    return name !== '' && (said === name || words.every((w) => known.has(w)));
  });
}
